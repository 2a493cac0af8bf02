import { registerEnumType } from '@nestjs/graphql';

export enum AuditType {
  MULTI_AGENCY_CASE = 'multi-agency-case',
  SINGLE_AGENCY = 'single-agency',
  THEMATIC = 'thematic',
  SECTION_11 = 'section-11',
}

/** Ofsted's four-point scale; REQUIRES_IMPROVEMENT is "requires improvement to be good". */
export enum OfstedGrade {
  OUTSTANDING = 'outstanding',
  GOOD = 'good',
  REQUIRES_IMPROVEMENT = 'requires-improvement',
  INADEQUATE = 'inadequate',
}

export enum RagRating {
  RED = 'red',
  AMBER = 'amber',
  GREEN = 'green',
}

/** Audit types whose work is grading cases; a section 11 audit holds assessments instead. */
export const CASE_AUDIT_TYPES: readonly AuditType[] = [AuditType.MULTI_AGENCY_CASE, AuditType.SINGLE_AGENCY, AuditType.THEMATIC];

registerEnumType(AuditType, { name: 'AuditType', description: 'Multi-agency case, single-agency, thematic or section 11 audit.' });
registerEnumType(OfstedGrade, { name: 'OfstedGrade', description: "Ofsted's scale: outstanding, good, requires improvement to be good, inadequate." });
registerEnumType(RagRating, { name: 'RagRating', description: 'Red, amber or green.' });
