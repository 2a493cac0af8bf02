import { countWhenAsked, InputError, type Page } from '@sli/shared/api-core';
import type { EntityManager } from 'typeorm';
import type { MetricFilter } from '../common/metric-args';
import { encodeOffset } from '../common/offset-cursor';
import { SqlParams } from '../common/sql-params';
import { AuditListSort } from './audit-metrics.enums';
import { auditScopeSql, gradeCountsSql, type GradeCountRow } from './audit-metrics.scope';
import type { DomainGradesRow } from './audit-quality.sql';

/** Which case audits the list shows, in what order, and which slice of them. */
export interface AuditListQuery {
  filter?: MetricFilter;
  types?: readonly string[];
  sort: AuditListSort;
  descending: boolean;
  offset: number;
  first: number;
}

export interface AuditListRow extends GradeCountRow {
  key: string;
}

/** The expression each sort orders by (over the per-audit rows); text in byte order, so both databases agree. */
const SORT_SQL: Record<AuditListSort, string> = {
  [AuditListSort.startedOn]: 'started_on',
  [AuditListSort.ref]: 'ref COLLATE "C"',
  [AuditListSort.title]: 'title COLLATE "C"',
  [AuditListSort.type]: 'type COLLATE "C"',
  [AuditListSort.gradedCases]: 'total',
  [AuditListSort.goodOrBetter]: '(outstanding + good)::float8 / nullif(total, 0)',
};

/**
 * The case audits of the audit-quality figures (the same scope: auditScopeSql), one row per audit
 * with its graded cases by overall grade, sorted on the server and paged by offset. Ties go by
 * reference then id, ascending, so pages never overlap; an audit not yet graded has no share good
 * or better and comes last whichever way that column runs.
 */
export async function auditList(m: EntityManager, q: AuditListQuery): Promise<Page<AuditListRow>> {
  if (!Number.isInteger(q.offset) || q.offset < 0) throw new InputError([{ field: 'offset', message: 'must be a whole number, 0 or more' }]);
  const c = new SqlParams();
  const counting = auditScopeSql(q.filter, c, { types: q.types, agency: 'involved' });
  const totalCount = countWhenAsked(async () => {
    const [counted] = (await m.query(`SELECT count(*)::int AS n FROM audits a WHERE ${counting}`, c.values)) as { n: number }[];
    return counted?.n ?? 0;
  });

  const p = new SqlParams();
  const scope = auditScopeSql(q.filter, p, { types: q.types, agency: 'involved' });
  const rows = (await m.query(
    `WITH per_audit AS (
       SELECT a.id, a.ref, a.title, a.type, a.started_on, ${gradeCountsSql('c.overall_grade')}
       FROM audits a LEFT JOIN audit_cases c ON c.audit_id = a.id
       WHERE ${scope}
       GROUP BY a.id
     )
     SELECT id::text AS key, total, outstanding, good, requires_improvement, inadequate
     FROM per_audit
     ORDER BY ${SORT_SQL[q.sort]} ${q.descending ? 'DESC' : 'ASC'} NULLS LAST, ref COLLATE "C", id
     OFFSET ${p.add(q.offset)} LIMIT ${p.add(q.first + 1)}`,
    p.values,
  )) as AuditListRow[];
  const hasNextPage = rows.length > q.first;
  const nodes = rows.slice(0, q.first);
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage, endCursor: hasNextPage ? encodeOffset(q.offset + nodes.length) : undefined },
  };
}

/** Graded cases of these audits by their overall (multi-agency) grade in each domain. */
export function domainGradesOfAudits(m: EntityManager, auditIds: readonly string[]): Promise<DomainGradesRow[]> {
  if (auditIds.length === 0) return Promise.resolve([]);
  return m.query(
    `SELECT c.audit_id::text AS key, g.domain, ${gradeCountsSql('g.grade')}
     FROM audit_cases c JOIN audit_case_domain_grades g ON g.audit_case_id = c.id AND g.agency_id IS NULL
     WHERE c.audit_id = ANY($1::uuid[])
     GROUP BY 1, 2`,
    [[...auditIds]],
  );
}
