import type { EntityManager } from 'typeorm';
import type { MetricFilter } from '../common/metric-args';
import { SqlParams } from '../common/sql-params';
import { auditScopeSql } from './audit-metrics.scope';

export const SECTION11_TYPES = ['section-11'] as const;

/** A standard's place in its tool, for sorting in SQL. */
const STANDARD_POSITION = '(SELECT position FROM tool_standards WHERE id = s.tool_standard_id)';

/** Ratings ranked red < amber < green, so moderation up or down is a comparison of ranks. */
const rank = (column: string) => `array_position(ARRAY['red', 'amber', 'green'], ${column})`;

/** Moderation's effect on a rating, as the Section11ModerationChange values. */
export const MODERATION_SQL = `CASE
    WHEN s.moderated_rating IS NULL THEN 'not-moderated'
    WHEN ${rank('s.moderated_rating')} > ${rank('s.self_rating')} THEN 'up'
    WHEN ${rank('s.moderated_rating')} < ${rank('s.self_rating')} THEN 'down'
    ELSE 'unchanged' END`;

/** The rating that stands: moderation has the last word, until then the agency's own. */
export const FINAL_RATING_SQL = 'coalesce(s.moderated_rating, s.self_rating)';

/**
 * FROM and WHERE of the section 11 assessments (alias `s`) of the section 11 audits (alias `a`) in
 * scope: partnership, start date, theme as for every audit; agencyId keeps that agency's assessments.
 */
export function section11FromSql(filter: MetricFilter | undefined, p: SqlParams, auditId?: string): string {
  const where = [auditScopeSql(filter, p, { types: SECTION11_TYPES, agency: 'none' })];
  if (filter?.agencyId) where.push(`s.agency_id = ${p.add(filter.agencyId)}::uuid`);
  if (auditId) where.push(`a.id = ${p.add(auditId)}::uuid`);
  // An agency asked for its return counts once it has returned it: a draft (or a return reopened) is the
  // agency's work in progress, so the figures do not move as it types. Ratings the business unit recorded
  // without asking count as before.
  where.push(`NOT EXISTS (SELECT 1 FROM audit_agency_returns ar WHERE ar.audit_id = a.id AND ar.agency_id = s.agency_id AND ar.returned_on IS NULL)`);
  return `FROM audits a JOIN section11_assessments s ON s.audit_id = a.id WHERE ${where.join(' AND ')}`;
}

/** Section 11 audits in scope, by start date; with agencyId, only those that agency assessed itself in. */
export async function section11AuditIds(manager: EntityManager, filter: MetricFilter | undefined, auditId?: string): Promise<string[]> {
  const p = new SqlParams();
  const where = [auditScopeSql(filter, p, { types: SECTION11_TYPES, agency: 'none' })];
  if (filter?.agencyId) {
    where.push(`EXISTS (SELECT 1 FROM section11_assessments s WHERE s.audit_id = a.id AND s.agency_id = ${p.add(filter.agencyId)}::uuid)`);
  }
  if (auditId) where.push(`a.id = ${p.add(auditId)}::uuid`);
  const rows: { id: string }[] = await manager.query(
    `SELECT a.id::text AS id FROM audits a WHERE ${where.join(' AND ')} ORDER BY a.started_on, a.ref`,
    p.values,
  );
  return rows.map((r) => r.id);
}

export interface Section11CellRow {
  auditId: string;
  assessmentId: string;
  agencyId: string;
  standard: string;
  selfRating: string;
  moderatedRating: string | null;
  finalRating: string;
  moderation: string;
}

/** The grid's cells: every assessment in scope, by audit, agency name and standard. */
export function section11Cells(manager: EntityManager, filter: MetricFilter | undefined, auditId?: string): Promise<Section11CellRow[]> {
  const p = new SqlParams();
  const sql = `
    SELECT a.id::text AS "auditId", s.id::text AS "assessmentId", s.agency_id::text AS "agencyId", s.standard,
      s.self_rating AS "selfRating", s.moderated_rating AS "moderatedRating",
      ${FINAL_RATING_SQL} AS "finalRating", ${MODERATION_SQL} AS moderation
    ${section11FromSql(filter, p, auditId)}
    ORDER BY a.started_on, a.id, (SELECT name FROM agencies WHERE id = s.agency_id), s.agency_id, ${STANDARD_POSITION}`;
  return manager.query(sql, p.values);
}

export interface Section11StandardRow {
  audit_id: string;
  code: string;
  title: string;
}

/**
 * Each audit's standards in its tool's order: those of the audit's tool, or for an audit with no
 * tool, of the tool its assessments rate against.
 */
export function section11Standards(manager: EntityManager, auditIds: string[]): Promise<Section11StandardRow[]> {
  return manager.query(
    `SELECT a.id::text AS audit_id, ts.code, ts.title
     FROM audits a
     JOIN tool_standards ts ON ts.tool_id = coalesce(a.tool_id,
       (SELECT u.tool_id FROM section11_assessments x JOIN tool_standards u ON u.id = x.tool_standard_id WHERE x.audit_id = a.id LIMIT 1))
     WHERE a.id = ANY ($1::uuid[])
     ORDER BY a.id, ts.position`,
    [auditIds],
  );
}

export interface Section11CountRow {
  audit_id: string;
  standard: string | null;
  agency_id: string | null;
  /** GROUPING(standard, agency_id): 1 = per standard, 2 = per agency, 3 = the whole audit. */
  grouping: number;
  total: number;
  red: number;
  amber: number;
  green: number;
  moderated: number;
  up: number;
  down: number;
}

/**
 * Per audit, in one pass (GROUPING SETS): assessments per standard, per agency and in all, by
 * final rating (moderated, else self), with how many were moderated and how many moderation moved
 * up (e.g. amber to green) or down.
 */
export function section11Counts(manager: EntityManager, filter: MetricFilter | undefined, auditId?: string): Promise<Section11CountRow[]> {
  const p = new SqlParams();
  const sql = `
    SELECT s.audit_id::text AS audit_id, s.standard, s.agency_id::text AS agency_id, GROUPING(s.standard, s.agency_id)::int AS grouping,
      count(*)::int AS total,
      count(*) FILTER (WHERE ${FINAL_RATING_SQL} = 'red')::int AS red,
      count(*) FILTER (WHERE ${FINAL_RATING_SQL} = 'amber')::int AS amber,
      count(*) FILTER (WHERE ${FINAL_RATING_SQL} = 'green')::int AS green,
      count(s.moderated_rating)::int AS moderated,
      count(*) FILTER (WHERE ${rank('s.moderated_rating')} > ${rank('s.self_rating')})::int AS up,
      count(*) FILTER (WHERE ${rank('s.moderated_rating')} < ${rank('s.self_rating')})::int AS down
    ${section11FromSql(filter, p, auditId)}
    GROUP BY GROUPING SETS ((s.audit_id, s.standard), (s.audit_id, s.agency_id), (s.audit_id))
    ORDER BY 1, (SELECT name FROM agencies WHERE id = s.agency_id), 3`;
  return manager.query(sql, p.values);
}
