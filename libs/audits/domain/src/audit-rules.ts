import { notInFuture, onOrAfter, repeatedItems, type FieldProblem } from '@sli/shared/domain';

export interface AuditRuleFields {
  startedOn?: string | null;
  completedOn?: string | null;
}

/** An audit finishes on or after it starts, and not in the future (`today` in England). */
export function auditProblems(a: AuditRuleFields, today: string): FieldProblem[] {
  return [...onOrAfter('completedOn', a.completedOn, a.startedOn, 'the start date'), ...notInFuture('completedOn', a.completedOn, today)];
}

/**
 * A case has at most one grade per domain overall (no agency) and one per domain for each agency;
 * each repeat is named by its place in the list (`domainGrades[i].domain`). The agency is an id
 * (the API) or a ref (the bundle): either way, equal values are the same agency.
 */
export function repeatedDomainProblems(grades: readonly { domain: string; agencyId?: string | null; agency?: string | null }[]): FieldProblem[] {
  return repeatedItems(grades, 'domainGrades', 'domain', (g) => `${g.domain}\n${g.agencyId ?? g.agency ?? ''}`, 'domain and agency');
}
