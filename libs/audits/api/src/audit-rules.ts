import type { FieldProblem } from '@sli/shared/api-core';
import { AuditDomain, AuditType, CASE_AUDIT_TYPES, RagRating } from './audit.enums';

/** An audit cannot finish before it starts. Dates are `YYYY-MM-DD`, so text order is date order. */
export function auditDateProblems(startedOn: string | null | undefined, completedOn: string | null | undefined): FieldProblem[] {
  if (startedOn && completedOn && completedOn < startedOn) {
    return [{ field: 'completedOn', message: 'must be on or after startedOn' }];
  }
  return [];
}

/** A case has at most one grade per domain; names each repeat by its position in the list. */
export function duplicateDomainProblems(grades: readonly { domain: AuditDomain }[]): FieldProblem[] {
  const seen = new Set<AuditDomain>();
  const problems: FieldProblem[] = [];
  grades.forEach((g, i) => {
    if (seen.has(g.domain)) problems.push({ field: `domainGrades[${i}].domain`, message: `repeats the domain ${g.domain}` });
    seen.add(g.domain);
  });
  return problems;
}

/** What kind of child record an audit of this type may hold. */
export function acceptsCases(type: AuditType): boolean {
  return CASE_AUDIT_TYPES.includes(type);
}

export function acceptsSection11Assessments(type: AuditType): boolean {
  return type === AuditType.SECTION_11;
}

/** Moderation has the last word; until then the agency's own rating stands. */
export function finalRating(a: { selfRating: RagRating; moderatedRating: RagRating | null }): RagRating {
  return a.moderatedRating ?? a.selfRating;
}

const DOMAIN_ORDER = Object.values(AuditDomain);

/** Domains in the order practitioners read them (recognition first, impact last), not alphabetical. */
export function byDomainOrder(a: { domain: AuditDomain }, b: { domain: AuditDomain }): number {
  return DOMAIN_ORDER.indexOf(a.domain) - DOMAIN_ORDER.indexOf(b.domain);
}
