import { AuditType, CASE_AUDIT_TYPES, RagRating } from './audit.enums';

/* The record rules (dates in order, one grade per domain and agency) live in @sli/audits-domain. */

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
