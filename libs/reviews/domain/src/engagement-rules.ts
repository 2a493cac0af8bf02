import { notInFuture, onOrAfter, type FieldProblem } from '@sli/shared/domain';

export type EngagementPartyValue = 'family' | 'practitioner';
export type FamilyRoleValue = 'child-or-adult' | 'mother' | 'father' | 'step-parent' | 'grandparent' | 'sibling' | 'partner' | 'carer' | 'other-relative';
export type EngagementOutcomeValue = 'offered' | 'took-part' | 'declined';

/** One entry of a review's engagement log, as it would be saved. */
export interface EngagementFields {
  engagedOn: string;
  party: EngagementPartyValue;
  familyRole: FamilyRoleValue | null;
  agencyId: string | null;
}

/**
 * An entry of the family and practitioner engagement log: on a day from the initiation, not in the
 * future; a family member named by role only, a practitioner by agency (never both).
 */
export function engagementProblems(e: EngagementFields, review: { initiatedOn: string }, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [
    ...onOrAfter('engagedOn', e.engagedOn, review.initiatedOn, 'the date the review was initiated'),
    ...notInFuture('engagedOn', e.engagedOn, today),
  ];
  if (e.party === 'family') {
    if (!e.familyRole) problems.push({ field: 'familyRole', message: 'is required for a family member: their role, never a name' });
    if (e.agencyId) problems.push({ field: 'agencyId', message: 'is for a practitioner, not a family member' });
  } else {
    if (!e.agencyId) problems.push({ field: 'agencyId', message: "is required for a practitioner: the practitioner's agency" });
    if (e.familyRole) problems.push({ field: 'familyRole', message: 'is for a family member, not a practitioner' });
  }
  return problems;
}
