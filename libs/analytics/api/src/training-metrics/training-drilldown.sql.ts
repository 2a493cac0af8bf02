import type { Page, PageArgs } from '@sli/shared/api-core';
import type { TrainingAttendanceEntity, TrainingSessionEntity } from '@sli/training-api';
import type { EntityManager } from 'typeorm';
import type { MetricFilter } from '../common/metric-args';
import { pageOfSql } from '../common/sql-page';
import { SqlParams } from '../common/sql-params';
import { TrainingAttendanceMeasure, TrainingMetricsGroupBy } from './training-metrics.enums';
import { bookingScopeSql, groupSql, sessionScopeSql } from './training-metrics.scope';

export interface TrainingBehind {
  /** Already narrowed to the period asked. */
  filter: MetricFilter;
  groupBy: TrainingMetricsGroupBy;
  groupKey?: string;
}

/** The group condition on a booking `t` / agency `ag` / course `co`, as the figures group them. */
function groupWhere(q: TrainingBehind, p: SqlParams): string {
  if (q.groupBy === TrainingMetricsGroupBy.NONE || q.groupKey === undefined) return 'TRUE';
  return `${groupSql(q.groupBy).key} = ${p.add(q.groupKey)}`;
}

/**
 * The sessions behind a row's `sessions` and `places`: sessions in scope, of the row's course; with
 * an agency or sector group or an agency filter, those with a booking of that group / agency.
 */
export function sessionsBehind(manager: EntityManager, q: TrainingBehind, page: PageArgs): Promise<Page<TrainingSessionEntity & { sortKey: string }>> {
  const p = new SqlParams();
  const where = [sessionScopeSql(q.filter, p)];
  const g = groupSql(q.groupBy);
  if (g.perBooking || q.filter.agencyId) {
    where.push(`EXISTS (SELECT 1 FROM training_attendances t JOIN agencies ag ON ag.id = t.agency_id
      WHERE t.session_id = s.id AND ${bookingScopeSql(q.filter, p)} AND ${groupWhere(q, p)})`);
  } else {
    where.push(groupWhere(q, p));
  }
  const sql = `
    SELECT s.id, s.partnership_id AS "partnershipId", s.ref, s.course_id AS "courseId", s.session_date AS "sessionDate",
      s.capacity, s.delivery, s.created_at AS "createdAt", s.updated_at AS "updatedAt", s.session_date::text AS "sortKey"
    FROM training_sessions s JOIN training_courses co ON co.id = s.course_id
    WHERE ${where.join(' AND ')}`;
  return pageOfSql(manager, sql, p, page, { sqlType: 'date', direction: 'DESC' });
}

/** Which bookings a measure counts; the impact measures as of `day` (a `$n` placeholder). */
function measureWhere(measure: TrainingAttendanceMeasure, day: string | null): string {
  const followUp = (extra: string) =>
    `EXISTS (SELECT 1 FROM training_follow_ups f WHERE f.attendance_id = t.id AND f.sent_on <= ${day}::date ${extra})`;
  switch (measure) {
    case TrainingAttendanceMeasure.BOOKED:
      return 'TRUE';
    case TrainingAttendanceMeasure.ATTENDED:
      return 't.attended';
    case TrainingAttendanceMeasure.DID_NOT_ATTEND:
      return 'NOT t.attended';
    case TrainingAttendanceMeasure.MULTI_AGENCY_ATTENDED:
      return 't.attended AND co.multi_agency';
    case TrainingAttendanceMeasure.EVALUATED:
      return `EXISTS (SELECT 1 FROM training_evaluations e WHERE e.attendance_id = t.id AND e.submitted_on <= ${day}::date)`;
    case TrainingAttendanceMeasure.FOLLOW_UP_SENT:
      return followUp('');
    case TrainingAttendanceMeasure.FOLLOW_UP_RESPONDED:
      return followUp(`AND f.responded_on <= ${day}::date`);
    case TrainingAttendanceMeasure.CHANGED_PRACTICE:
      return followUp(`AND f.responded_on <= ${day}::date AND f.changed_practice`);
  }
}

/** The bookings behind a reach or impact figure, by reference. */
export function attendancesBehind(
  manager: EntityManager,
  q: TrainingBehind & { measure: TrainingAttendanceMeasure; asOf?: string },
  page: PageArgs,
): Promise<Page<TrainingAttendanceEntity & { sortKey: string }>> {
  const p = new SqlParams();
  const day = q.asOf ? p.add(q.asOf) : null;
  const sql = `
    SELECT t.id, t.partnership_id AS "partnershipId", t.ref, t.session_id AS "sessionId", t.agency_id AS "agencyId", t.attended,
      t.role, t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.ref AS "sortKey"
    FROM training_sessions s
    JOIN training_courses co ON co.id = s.course_id
    JOIN training_attendances t ON t.session_id = s.id
    JOIN agencies ag ON ag.id = t.agency_id
    WHERE ${sessionScopeSql(q.filter, p)} AND ${bookingScopeSql(q.filter, p)} AND ${groupWhere(q, p)}
      AND ${measureWhere(q.measure, day)}`;
  return pageOfSql(manager, sql, p, page, { sqlType: 'text', direction: 'ASC' });
}
