import type { ActionRecord, AttendanceRecord, MeasureRecord, NotificationRecord, ReviewRecord } from '@sli/exchange-domain';
import type { EntityManager } from 'typeorm';
import { compact, EXPORT_QUERIES } from '../export-queries';
import type { ActionPlanData } from './action-plan-rows';
import type { MeasureData } from './measure-value-rows';
import type { NotificationData } from './notification-rows';
import type { ReviewData } from './review-rows';
import type { TrainingRegisterData } from './training-register-rows';

/*
 * What a sheet's rows are matched against, read as the export reads it (the bundle's own shape), so
 * a row merged onto a record held is exactly what a re-import of an export would send.
 */

export async function actionPlanData(m: EntityManager, partnership: string): Promise<ActionPlanData> {
  const [agencies, reviews, audits, recommendations, actions] = await Promise.all([
    m.query(`SELECT a.ref, a.name FROM agencies a JOIN partnerships p ON p.id = a.partnership_id WHERE p.ref = $1 ORDER BY a.name`, [partnership]),
    m.query(`SELECT r.ref FROM reviews r JOIN partnerships p ON p.id = r.partnership_id WHERE p.ref = $1`, [partnership]),
    m.query(`SELECT au.ref FROM audits au JOIN partnerships p ON p.id = au.partnership_id WHERE p.ref = $1`, [partnership]),
    m.query(
      `SELECT rc.ref, r.ref AS review, au.ref AS audit, rc.text FROM recommendations rc JOIN partnerships p ON p.id = rc.partnership_id
       LEFT JOIN reviews r ON r.id = rc.review_id LEFT JOIN audits au ON au.id = rc.audit_id WHERE p.ref = $1`,
      [partnership],
    ),
    m.query(EXPORT_QUERIES.actions.sql, [[partnership]]),
  ]) as [{ ref: string; name: string }[], { ref: string }[], { ref: string }[], ActionPlanData['recommendations'], Record<string, unknown>[]];
  const held = new Map<string, ActionRecord>();
  for (const row of actions) {
    // Status updates are history the import only adds to: they need not be sent again.
    const { updates: _updates, ...record } = compact(row, EXPORT_QUERIES.actions.defaults) as unknown as ActionRecord;
    held.set(record.ref, record);
  }
  return {
    partnership,
    agencies,
    reviews: new Set(reviews.map((r) => r.ref)),
    audits: new Set(audits.map((a) => a.ref)),
    recommendations,
    actions: held,
  };
}

export async function measureData(m: EntityManager, partnership: string): Promise<MeasureData> {
  const rows: Record<string, unknown>[] = await m.query(EXPORT_QUERIES.measures.sql, [[partnership]]);
  const measures = new Map<string, MeasureRecord>();
  for (const row of rows) {
    const record = compact(row, EXPORT_QUERIES.measures.defaults) as unknown as MeasureRecord;
    measures.set(record.ref, record);
  }
  return { partnership, measures };
}

const themesOf = (m: EntityManager, partnership: string): Promise<{ code: string; name: string }[]> =>
  m.query(`SELECT t.code, t.name FROM themes t JOIN partnerships p ON p.id = t.partnership_id WHERE p.ref = $1 ORDER BY t.name`, [partnership]);

export async function notificationData(m: EntityManager, partnership: string): Promise<NotificationData> {
  const [themes, rows] = (await Promise.all([themesOf(m, partnership), m.query(EXPORT_QUERIES.notifications.sql, [[partnership]])])) as [
    { code: string; name: string }[],
    Record<string, unknown>[],
  ];
  const notifications = new Map<string, NotificationRecord>();
  for (const row of rows) {
    const record = compact(row, EXPORT_QUERIES.notifications.defaults) as unknown as NotificationRecord;
    notifications.set(record.ref, record);
  }
  return { partnership, themes, notifications };
}

export async function reviewData(m: EntityManager, partnership: string): Promise<ReviewData> {
  const [agencies, themes, notifications, rows] = (await Promise.all([
    m.query(`SELECT a.ref, a.name FROM agencies a JOIN partnerships p ON p.id = a.partnership_id WHERE p.ref = $1 ORDER BY a.name`, [partnership]),
    themesOf(m, partnership),
    m.query(`SELECT n.ref FROM notifications n JOIN partnerships p ON p.id = n.partnership_id WHERE p.ref = $1 ORDER BY n.ref`, [partnership]),
    m.query(EXPORT_QUERIES.reviews.sql, [[partnership]]),
  ])) as [{ ref: string; name: string }[], { code: string; name: string }[], { ref: string }[], Record<string, unknown>[]];
  const reviews = new Map<string, ReviewRecord>();
  for (const row of rows) {
    // The status history is the database's to keep: a row never sends it.
    const { statusHistory: _history, ...record } = compact(row, EXPORT_QUERIES.reviews.defaults) as unknown as ReviewRecord;
    reviews.set(record.ref, record);
  }
  return { partnership, agencies, themes, notifications: notifications.map((n) => n.ref), reviews };
}

export async function trainingRegisterData(m: EntityManager, partnership: string): Promise<TrainingRegisterData> {
  const [[settings], agencies, courses, sessions, rows] = (await Promise.all([
    m.query(`SELECT follow_up_weeks AS "followUpWeeks" FROM partnerships WHERE ref = $1`, [partnership]),
    m.query(`SELECT a.ref, a.name, a.sector FROM agencies a JOIN partnerships p ON p.id = a.partnership_id WHERE p.ref = $1 ORDER BY a.name`, [partnership]),
    m.query(`SELECT tc.ref, tc.title FROM training_courses tc JOIN partnerships p ON p.id = tc.partnership_id WHERE p.ref = $1 ORDER BY tc.title`, [partnership]),
    m.query(
      `SELECT ts.ref, tc.ref AS course, ts.session_date::text AS "sessionDate" FROM training_sessions ts JOIN partnerships p ON p.id = ts.partnership_id
       JOIN training_courses tc ON tc.id = ts.course_id WHERE p.ref = $1 ORDER BY ts.session_date, ts.ref`,
      [partnership],
    ),
    m.query(EXPORT_QUERIES.attendances.sql, [[partnership]]),
  ])) as [{ followUpWeeks: number }[], TrainingRegisterData['agencies'], TrainingRegisterData['courses'], TrainingRegisterData['sessions'], Record<string, unknown>[]];
  const attendances = new Map<string, AttendanceRecord>();
  for (const row of rows) {
    const record = compact(row, EXPORT_QUERIES.attendances.defaults) as unknown as AttendanceRecord;
    attendances.set(record.ref, record);
  }
  return { partnership, followUpWeeks: Number(settings?.followUpWeeks ?? 8), agencies, courses, sessions, attendances };
}
