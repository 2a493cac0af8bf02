import { registerEnumType } from '@nestjs/graphql';

export enum EngagementParty {
  FAMILY = 'family',
  PRACTITIONER = 'practitioner',
}

/** A family member by role, never by name. */
export enum FamilyRole {
  CHILD_OR_ADULT = 'child-or-adult',
  MOTHER = 'mother',
  FATHER = 'father',
  STEP_PARENT = 'step-parent',
  GRANDPARENT = 'grandparent',
  SIBLING = 'sibling',
  PARTNER = 'partner',
  CARER = 'carer',
  OTHER_RELATIVE = 'other-relative',
}

export enum EngagementOutcome {
  OFFERED = 'offered',
  TOOK_PART = 'took-part',
  DECLINED = 'declined',
}

registerEnumType(EngagementParty, { name: 'EngagementParty', description: 'A family member or a practitioner.' });
registerEnumType(FamilyRole, {
  name: 'FamilyRole',
  description: 'A family member by role, never by name; CHILD_OR_ADULT is the child or adult at the centre of the review.',
});
registerEnumType(EngagementOutcome, { name: 'EngagementOutcome', description: 'Offered a part in the review (no answer yet), took part, or declined.' });
