import { notInFuture, onOrAfter, repeatedItems, type FieldProblem } from '@sli/shared/domain';

export interface AuditRuleFields {
  startedOn?: string | null;
  completedOn?: string | null;
}

/** An audit finishes on or after it starts, and not in the future (`today` in England). */
export function auditProblems(a: AuditRuleFields, today: string): FieldProblem[] {
  return [...onOrAfter('completedOn', a.completedOn, a.startedOn, 'the start date'), ...notInFuture('completedOn', a.completedOn, today)];
}

/** A case has at most one grade per domain; each repeat is named by its place in the list (`domainGrades[i].domain`). */
export function repeatedDomainProblems(grades: readonly { domain: string }[]): FieldProblem[] {
  return repeatedItems(grades, 'domainGrades', 'domain', (g) => g.domain);
}
