import type { AgencySector } from '@sli/shared/data-access';

/** Each agency sector in words, in the order the form lists them. */
export const SECTORS: Record<AgencySector, string> = {
  POLICE: 'Police',
  HEALTH: 'Health',
  CHILDRENS_SOCIAL_CARE: 'Children’s social care',
  ADULT_SOCIAL_CARE: 'Adult social care',
  EDUCATION: 'Education',
  PROBATION: 'Probation',
  YOUTH_JUSTICE: 'Youth justice',
  HOUSING: 'Housing',
  AMBULANCE: 'Ambulance',
  VOLUNTARY_COMMUNITY: 'Voluntary and community',
  OTHER: 'Other',
};
