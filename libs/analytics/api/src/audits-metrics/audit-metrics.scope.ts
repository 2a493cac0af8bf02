import { CASE_AUDIT_TYPES } from '@sli/audits-api';
import type { MetricFilter } from '../common/metric-args';
import type { SqlParams } from '../common/sql-params';

export interface AuditScopeOptions {
  /** Audit types (kebab-case values) to include; every case-grading type when omitted. */
  types?: readonly string[];
  /**
   * How `agencyId` applies: `involved` keeps audits the agency leads or takes part in (the audits
   * list's rule); `none` leaves it to the caller (section 11 filters assessments by their agency).
   */
  agency: 'involved' | 'none';
}

/**
 * The WHERE clause choosing audits (alias `a`) for audit metrics. Filters that apply:
 * partnershipIds; from/to on the audit's start date (`started_on`, the date an audit is counted
 * by); agencyId (see options); themeId through audit_themes. reviewTypes does not apply to audits
 * and is ignored.
 */
export function auditScopeSql(filter: MetricFilter | undefined, p: SqlParams, options: AuditScopeOptions): string {
  const where = [`a.type = ANY(${p.add([...(options.types ?? CASE_AUDIT_TYPES)])}::text[])`];
  if (filter?.partnershipIds) where.push(`a.partnership_id = ANY(${p.add(filter.partnershipIds)}::uuid[])`);
  if (filter?.from) where.push(`a.started_on >= ${p.add(filter.from)}::date`);
  if (filter?.to) where.push(`a.started_on <= ${p.add(filter.to)}::date`);
  if (filter?.agencyId && options.agency === 'involved') {
    const agency = p.add(filter.agencyId);
    where.push(
      `(a.lead_agency_id = ${agency}::uuid OR EXISTS (SELECT 1 FROM audit_agencies l WHERE l.audit_id = a.id AND l.agency_id = ${agency}::uuid))`,
    );
  }
  if (filter?.themeId) {
    where.push(`EXISTS (SELECT 1 FROM audit_themes t WHERE t.audit_id = a.id AND t.theme_id = ${p.add(filter.themeId)}::uuid)`);
  }
  return where.join(' AND ');
}

/** SQL aggregates counting grades in `column` (NULLs, from outer joins, are not counted). */
export function gradeCountsSql(column: string): string {
  return `count(${column})::int AS total,
    count(*) FILTER (WHERE ${column} = 'outstanding')::int AS outstanding,
    count(*) FILTER (WHERE ${column} = 'good')::int AS good,
    count(*) FILTER (WHERE ${column} = 'requires-improvement')::int AS requires_improvement,
    count(*) FILTER (WHERE ${column} = 'inadequate')::int AS inadequate`;
}

export interface GradeCountRow {
  total: number;
  outstanding: number;
  good: number;
  requires_improvement: number;
  inadequate: number;
}
