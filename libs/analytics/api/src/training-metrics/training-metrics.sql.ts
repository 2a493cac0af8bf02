import type { EntityManager } from 'typeorm';
import type { MetricFilter, PeriodGrain } from '../common/metric-args';
import { periodStartSql, SqlParams } from '../common/sql-params';
import { TrainingMetricsGroupBy } from './training-metrics.enums';
import { bookingScopeSql, groupSql, sessionScopeSql } from './training-metrics.scope';

/**
 * The bookings of session `s` (alias `t`) that pass `bookingScope`, read through the session_id
 * index one session at a time. `OFFSET 0` keeps the subquery from being flattened into a plain join:
 * flattened, the planner hashed the whole table instead (a year of the national data's 150
 * partnerships is 61k of its 612k bookings, and every row scanned pays the row-level security check),
 * 1.3 s for the year's reach where the look-ups take 0.4 s.
 */
const sessionBookingsSql = (bookingScope: string) =>
  `(SELECT t.* FROM training_attendances t WHERE t.session_id = s.id AND ${bookingScope} OFFSET 0) t`;

/** Period of the session date, as text; `null` grain puts everything in one bucket (catalogue scalars). */
const periodSql = (grain: PeriodGrain | null) => (grain ? `(${periodStartSql(grain, 's.session_date')})::text` : `'all'`);

interface GroupedRow {
  period_start: string;
  group_key: string | null;
  group_label: string | null;
}

export interface ReachRow extends GroupedRow {
  sessions: number;
  places: number;
  bookings: number;
  attendances: number;
  did_not_attend: number;
  multi_agency_sessions: number;
  multi_agency_attendances: number;
}

/**
 * Reach per period of the session date and group. Sessions and places (capacity) count each
 * session once per group; when grouped by agency or sector, or filtered by agency, they are the
 * sessions that agency booked on. Bookings are places booked; attendances, bookings attended;
 * did not attend, bookings not attended. DNA rate = did not attend / bookings; multi-agency
 * share = attendances at multi-agency courses / attendances.
 */
export function reachRows(
  manager: EntityManager,
  filter: MetricFilter | undefined,
  grain: PeriodGrain | null,
  by: TrainingMetricsGroupBy,
): Promise<ReachRow[]> {
  const p = new SqlParams();
  const g = groupSql(by);
  const sessionScope = sessionScopeSql(filter, p);
  const bookingScope = bookingScopeSql(filter, p);
  // Without a booking-level grouping or agency filter, a session with no bookings still counts.
  const needsBooking = g.perBooking || Boolean(filter?.agencyId);
  const sql = `
    WITH per_session AS (
      SELECT ${periodSql(grain)} AS period_start, ${g.key} AS group_key, ${g.label} AS group_label,
        s.id, s.capacity, co.multi_agency,
        count(t.id)::int AS bookings,
        count(*) FILTER (WHERE t.attended)::int AS attendances,
        count(*) FILTER (WHERE NOT t.attended)::int AS did_not_attend
      FROM training_sessions s
      JOIN training_courses co ON co.id = s.course_id
      LEFT JOIN LATERAL ${sessionBookingsSql(bookingScope)} ON true
      LEFT JOIN agencies ag ON ag.id = t.agency_id
      ${g.join}
      WHERE ${sessionScope} ${needsBooking ? 'AND t.id IS NOT NULL' : ''}
      GROUP BY 1, 2, 3, s.id, co.multi_agency
    )
    SELECT period_start, group_key, group_label,
      count(*)::int AS sessions,
      sum(capacity)::int AS places,
      sum(bookings)::int AS bookings,
      sum(attendances)::int AS attendances,
      sum(did_not_attend)::int AS did_not_attend,
      count(*) FILTER (WHERE multi_agency)::int AS multi_agency_sessions,
      coalesce(sum(attendances) FILTER (WHERE multi_agency), 0)::int AS multi_agency_attendances
    FROM per_session
    GROUP BY 1, 2, 3
    ORDER BY 1, 3, 2`;
  return manager.query(sql, p.values);
}

export interface ImpactRow extends GroupedRow {
  attendances: number;
  evaluations: number;
  confidence_before_sum: number;
  confidence_after_sum: number;
  satisfaction_responses: number;
  satisfaction_sum: number;
  follow_ups_sent: number;
  follow_ups_responded: number;
  changed_practice: number;
}

/** The impact figures of the bookings `t` with their evaluations `e` and follow-ups `f` as of `day` (a `$n`). */
const impactColumns = (day: string) => `count(*) FILTER (WHERE t.attended)::int AS attendances,
      count(e.attendance_id)::int AS evaluations,
      coalesce(sum(e.confidence_before), 0)::int AS confidence_before_sum,
      coalesce(sum(e.confidence_after), 0)::int AS confidence_after_sum,
      count(e.satisfaction)::int AS satisfaction_responses,
      coalesce(sum(e.satisfaction), 0)::int AS satisfaction_sum,
      count(f.attendance_id)::int AS follow_ups_sent,
      count(*) FILTER (WHERE f.responded_on <= ${day}::date)::int AS follow_ups_responded,
      count(*) FILTER (WHERE f.responded_on <= ${day}::date AND f.changed_practice)::int AS changed_practice`;

/** A booking's evaluation and follow-up, each only once it existed on `day`. */
const impactJoins = (day: string) => `LEFT JOIN training_evaluations e ON e.attendance_id = t.id AND e.submitted_on <= ${day}::date
    LEFT JOIN training_follow_ups f ON f.attendance_id = t.id AND f.sent_on <= ${day}::date`;

/**
 * Impact per period of the session date and group, over the bookings in scope, as of a date:
 * evaluations submitted by asOf (their count n and the sums of confidence before, after and
 * satisfaction: means are sum / n, so mean change = mean of (after − before)); follow-ups sent by
 * asOf, those responded to by asOf, and those reporting changed practice. Practice change =
 * changed / responded; response rate = responded / sent.
 */
export function impactRows(
  manager: EntityManager,
  filter: MetricFilter | undefined,
  grain: PeriodGrain | null,
  by: TrainingMetricsGroupBy,
  asOf: string,
): Promise<ImpactRow[]> {
  const p = new SqlParams();
  const g = groupSql(by);
  const day = p.add(asOf);
  const sql = `
    SELECT ${periodSql(grain)} AS period_start, ${g.key} AS group_key, ${g.label} AS group_label,
      ${impactColumns(day)}
    FROM training_sessions s
    JOIN training_courses co ON co.id = s.course_id
    CROSS JOIN LATERAL ${sessionBookingsSql(bookingScopeSql(filter, p))}
    JOIN agencies ag ON ag.id = t.agency_id
    ${g.join}
    ${impactJoins(day)}
    WHERE ${sessionScopeSql(filter, p)}
    GROUP BY 1, 2, 3
    ORDER BY 1, 3, 2`;
  return manager.query(sql, p.values);
}

/**
 * `impactRows` by period and partnership (no label) over every session in the range at once, for a metric's
 * series: an OBA series reads the whole history, where looking each session's bookings up one by one (as a
 * year's figures do) took 9.3 s across the national data's 612k bookings and sorted 82 MB on disk to group
 * by the partnership's name. Here every booking is joined by hash and grouped by period and partnership id
 * in memory: 1.9 s. Same counts (one-number.int-spec.ts checks the series against each period's figures).
 */
export function impactSeriesRows(manager: EntityManager, filter: MetricFilter | undefined, grain: PeriodGrain, asOf: string): Promise<ImpactRow[]> {
  const p = new SqlParams();
  const day = p.add(asOf);
  const sql = `
    SELECT ${periodSql(grain)} AS period_start, s.partnership_id::text AS group_key, NULL::text AS group_label,
      ${impactColumns(day)}
    FROM training_sessions s
    JOIN training_courses co ON co.id = s.course_id
    JOIN training_attendances t ON t.session_id = s.id AND ${bookingScopeSql(filter, p)}
    JOIN agencies ag ON ag.id = t.agency_id
    ${impactJoins(day)}
    WHERE ${sessionScopeSql(filter, p)}
    GROUP BY s.partnership_id, 1`;
  return manager.query(sql, p.values);
}
