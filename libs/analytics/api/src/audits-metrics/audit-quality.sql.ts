import type { EntityManager } from 'typeorm';
import type { MetricFilter, PeriodGrain } from '../common/metric-args';
import { periodStartSql, SqlParams } from '../common/sql-params';
import { AuditRoundBasis } from './audit-metrics.enums';
import { auditScopeSql, gradeCountsSql, type GradeCountRow } from './audit-metrics.scope';

/** What audit-quality figures are grouped by: the period of the audit's start, one audit, or nothing. */
export type AuditQualityKey =
  | { by: 'period'; grain: PeriodGrain }
  | { by: 'audit' }
  | { by: 'partnership' }
  /** The period's first day and the partnership id as `start|id` (the metric catalogue's seriesKey). */
  | { by: 'period-and-partnership'; grain: PeriodGrain }
  | { by: 'all' };

function keySql(key: AuditQualityKey): string {
  switch (key.by) {
    case 'period':
      return `(${periodStartSql(key.grain, 'a.started_on')})::text`;
    case 'audit':
      return 'a.id::text';
    case 'partnership':
      return 'a.partnership_id::text';
    case 'period-and-partnership':
      return `(${periodStartSql(key.grain, 'a.started_on')})::text || '|' || a.partnership_id::text`;
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

/** Per key and domain: graded cases of audits in scope by their overall (multi-agency, no agency) grade in that domain. */
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
    JOIN audit_case_domain_grades g ON g.audit_case_id = c.id AND g.agency_id IS NULL
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
  /** The round's theme codes, sorted; empty when its audits have none. */
  themes: string[];
  previous_themes: string[] | null;
  /** `tool_key:code,code,…` of the round's tool version; null when no audit of the round has a tool. */
  tool_sig: string | null;
  previous_tool_sig: string | null;
}

/**
 * A partnership's case audits round by round. A round is one audit (AUDIT) or the audits sharing
 * a round label (ROUND; unlabelled audits are left out). Only audits with graded cases take part,
 * so an audit still being graded does not break the sequence. Rounds are ordered by their first
 * start date, and each is paired (LAG) with the partnership's previous round: the change is the
 * difference of their shares good or better. Each round carries its themes and its tool (key and
 * standard codes) so the caller can tell whether the two rounds may be compared at all.
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
      SELECT a.id, a.partnership_id, a.round, a.ref, a.started_on, ${gradeCountsSql('c.overall_grade')},
        (SELECT t.tool_key || ':' || string_agg(s.code, ',' ORDER BY s.code)
         FROM assurance_tools t JOIN tool_standards s ON s.tool_id = t.id WHERE t.id = a.tool_id GROUP BY t.tool_key) AS tool_sig
      FROM audits a JOIN audit_cases c ON c.audit_id = a.id
      WHERE ${scope} ${onlyLabelled}
      GROUP BY a.id
    ), rounds AS (
      SELECT partnership_id, ${roundKey} AS round_key, min(${label}) AS label, min(started_on)::text AS started_on,
        array_agg(id::text ORDER BY started_on, ref) AS audit_ids,
        sum(total)::int AS total, sum(outstanding)::int AS outstanding, sum(good)::int AS good,
        sum(requires_improvement)::int AS requires_improvement, sum(inadequate)::int AS inadequate,
        coalesce((SELECT array_agg(DISTINCT th.code ORDER BY th.code) FROM audit_themes x JOIN themes th ON th.id = x.theme_id
                  WHERE x.audit_id = ANY (array_agg(per_audit.id))), '{}') AS themes,
        -- One tool for the whole round, or a mixture that compares with nothing.
        CASE WHEN bool_and(tool_sig IS NULL) THEN NULL
             WHEN bool_and(tool_sig IS NOT NULL) AND count(DISTINCT tool_sig) = 1 THEN min(tool_sig)
             ELSE 'mixed-' || min(id::text) || ':' END AS tool_sig
      FROM per_audit
      GROUP BY partnership_id, ${roundKey}
    )
    SELECT partnership_id::text AS partnership_id, label, started_on, audit_ids, total, outstanding, good, requires_improvement, inadequate,
      lag(label) OVER w AS previous_label,
      lag(outstanding + good) OVER w AS previous_good_or_better,
      lag(total) OVER w AS previous_total,
      themes, lag(themes) OVER w AS previous_themes, tool_sig, lag(tool_sig) OVER w AS previous_tool_sig
    FROM rounds
    WINDOW w AS (PARTITION BY partnership_id ORDER BY started_on, label, round_key)
    ORDER BY partnership_id, started_on, label, round_key`;
  return manager.query(sql, p.values);
}
