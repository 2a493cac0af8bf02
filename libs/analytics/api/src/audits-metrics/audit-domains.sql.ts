import type { EntityManager } from 'typeorm';
import type { MetricFilter } from '../common/metric-args';
import { SqlParams } from '../common/sql-params';
import { auditScopeSql, gradeCountsSql, type GradeCountRow } from './audit-metrics.scope';

export interface DomainCatalogueRow {
  code: string;
  name: string;
  /** Retired in every partnership asked. */
  retired: boolean;
}

/**
 * The audit domains of the partnerships asked (every one the caller may read when none is named), one
 * row per code: the name of the first partnership by id, retired only when retired in all; in
 * reading order (the smallest position any partnership gives the code, then the code).
 */
export function domainCatalogue(m: EntityManager, partnershipIds: readonly string[] | undefined): Promise<DomainCatalogueRow[]> {
  const p = new SqlParams();
  const where = partnershipIds ? `WHERE partnership_id = ANY(${p.add([...partnershipIds])}::uuid[])` : '';
  return m.query(
    `SELECT code, (array_agg(name ORDER BY partnership_id))[1] AS name, bool_and(retired) AS retired
     FROM audit_domains ${where}
     GROUP BY code
     ORDER BY min(position), code`,
    p.values,
  );
}

export interface AgencyDomainGradesRow extends GradeCountRow {
  agency_id: string;
  agency_name: string;
  domain: string;
}

export interface AgencyGradesQuery {
  filter?: MetricFilter;
  types?: readonly string[];
  auditId?: string;
  round?: string;
}

/**
 * Per agency and domain: the agencies' own grades (not the overall multi-agency grade) on the cases
 * of the audits in scope (auditScopeSql, then the audit or round asked). The filter's agencyId keeps
 * that agency's grades. By agency name.
 */
export function agencyDomainGrades(m: EntityManager, q: AgencyGradesQuery): Promise<AgencyDomainGradesRow[]> {
  const p = new SqlParams();
  const where = [auditScopeSql(q.filter, p, { types: q.types, agency: 'none' })];
  if (q.auditId) where.push(`a.id = ${p.add(q.auditId)}::uuid`);
  if (q.round) where.push(`a.round = ${p.add(q.round)}`);
  if (q.filter?.agencyId) where.push(`g.agency_id = ${p.add(q.filter.agencyId)}::uuid`);
  return m.query(
    `SELECT g.agency_id::text AS agency_id, ag.name AS agency_name, g.domain, ${gradeCountsSql('g.grade')}
     FROM audits a
     JOIN audit_cases c ON c.audit_id = a.id
     JOIN audit_case_domain_grades g ON g.audit_case_id = c.id
     JOIN agencies ag ON ag.id = g.agency_id
     WHERE ${where.join(' AND ')}
     GROUP BY 1, 2, 3
     ORDER BY ag.name COLLATE "C", 1`,
    p.values,
  );
}
