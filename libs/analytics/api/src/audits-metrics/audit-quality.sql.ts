import type { EntityManager } from 'typeorm';
import type { MetricFilter, PeriodGrain } from '../common/metric-args';
import { periodStartSql, SqlParams } from '../common/sql-params';
import { AuditRoundBasis } from './audit-metrics.enums';
import { auditScopeSql, gradeCountsSql, type GradeCountRow } from './audit-metrics.scope';

/** What audit-quality figures are grouped by: the period of the audit's start, one audit, or nothing. */
export type AuditQualityKey = { by: 'period'; grain: PeriodGrain } | { by: 'audit' } | { by: 'partnership' } | { by: 'all' };

function keySql(key: AuditQualityKey): string {
  switch (key.by) {
    case 'period':
      return `(${periodStartSql(key.grain, 'a.started_on')})::text`;
    case 'audit':
      return 'a.id::text';
    case 'partnership':
      return 'a.partnership_id::text';
    case 'all':
      return `'all'`;
  }
}

export interface OverallGradesRow extends GradeCountRow {
  key: string;
  audits: number;
  graded_audits: number;
}

/**
 * Per key: audits in scope (by start date), how many have a graded case, and their graded cases by
 * overall grade. Good or better = (outstanding + good) / graded cases. Ordered by first start.
 */
export function overallGradesBy(
  manager: EntityManager,
  key: AuditQualityKey,
  filter: MetricFilter | undefined,
  types?: readonly string[],
): Promise<OverallGradesRow[]> {
  const p = new SqlParams();
  const sql = `
    SELECT ${keySql(key)} AS key, count(DISTINCT a.id)::int AS audits, count(DISTINCT c.audit_id)::int AS graded_audits,
      ${gradeCountsSql('c.overall_grade')}
    FROM audits a LEFT JOIN audit_cases c ON c.audit_id = a.id
    WHERE ${auditScopeSql(filter, p, { types, agency: 'involved' })}
    GROUP BY 1
    ORDER BY min(a.started_on), min(a.ref), 1`;
  return manager.query(sql, p.values);
}

export interface DomainGradesRow extends GradeCountRow {
  key: string;
  domain: string;
}

/** Per key and domain: graded cases of audits in scope by their grade in that domain. */
export function domainGradesBy(
  manager: EntityManager,
  key: AuditQualityKey,
  filter: MetricFilter | undefined,
  types?: readonly string[],
): Promise<DomainGradesRow[]> {
  const p = new SqlParams();
  const sql = `
    SELECT ${keySql(key)} AS key, g.domain, ${gradeCountsSql('g.grade')}
    FROM audits a
    JOIN audit_cases c ON c.audit_id = a.id
    JOIN audit_case_domain_grades g ON g.audit_case_id = c.id
    WHERE ${auditScopeSql(filter, p, { types, agency: 'involved' })}
    GROUP BY 1, 2`;
  return manager.query(sql, p.values);
}

export interface RoundRow extends GradeCountRow {
  partnership_id: string;
  label: string;
  started_on: string;
  audit_ids: string[];
  previous_label: string | null;
  previous_good_or_better: number | null;
  previous_total: number | null;
}

/**
 * A partnership's case audits round by round. A round is one audit (AUDIT) or the audits sharing
 * a round label (ROUND; unlabelled audits are left out). Only audits with graded cases take part,
 * so an audit still being graded does not break the sequence. Rounds are ordered by their first
 * start date, and each is paired (LAG) with the partnership's previous round: the change is the
 * difference of their shares good or better.
 */
export function roundsWithPrevious(
  manager: EntityManager,
  basis: AuditRoundBasis,
  filter: MetricFilter | undefined,
  types: readonly string[],
): Promise<RoundRow[]> {
  const p = new SqlParams();
  const scope = auditScopeSql(filter, p, { types, agency: 'involved' });
  const [roundKey, label, onlyLabelled] =
    basis === AuditRoundBasis.ROUND ? ['round', 'round', 'AND a.round IS NOT NULL'] : ['id::text', 'coalesce(round, ref)', ''];
  const sql = `
    WITH per_audit AS (
      SELECT a.id, a.partnership_id, a.round, a.ref, a.started_on, ${gradeCountsSql('c.overall_grade')}
      FROM audits a JOIN audit_cases c ON c.audit_id = a.id
      WHERE ${scope} ${onlyLabelled}
      GROUP BY a.id
    ), rounds AS (
      SELECT partnership_id, ${roundKey} AS round_key, min(${label}) AS label, min(started_on)::text AS started_on,
        array_agg(id::text ORDER BY started_on, ref) AS audit_ids,
        sum(total)::int AS total, sum(outstanding)::int AS outstanding, sum(good)::int AS good,
        sum(requires_improvement)::int AS requires_improvement, sum(inadequate)::int AS inadequate
      FROM per_audit
      GROUP BY partnership_id, ${roundKey}
    )
    SELECT partnership_id::text AS partnership_id, label, started_on, audit_ids, total, outstanding, good, requires_improvement, inadequate,
      lag(label) OVER w AS previous_label,
      lag(outstanding + good) OVER w AS previous_good_or_better,
      lag(total) OVER w AS previous_total
    FROM rounds
    WINDOW w AS (PARTITION BY partnership_id ORDER BY started_on, label, round_key)
    ORDER BY partnership_id, started_on, label, round_key`;
  return manager.query(sql, p.values);
}
