import { registerEnumType } from '@nestjs/graphql';

export enum PartnershipKind {
  CHILDREN = 'children',
  ADULTS = 'adults',
  COMMUNITY_SAFETY = 'community-safety',
  JOINT = 'joint',
}

export enum AgencySector {
  POLICE = 'police',
  HEALTH = 'health',
  CHILDRENS_SOCIAL_CARE = 'childrens-social-care',
  ADULT_SOCIAL_CARE = 'adult-social-care',
  EDUCATION = 'education',
  PROBATION = 'probation',
  YOUTH_JUSTICE = 'youth-justice',
  HOUSING = 'housing',
  AMBULANCE = 'ambulance',
  VOLUNTARY_COMMUNITY = 'voluntary-community',
  OTHER = 'other',
}

registerEnumType(PartnershipKind, { name: 'PartnershipKind', description: 'Children, adults, community safety, or a joint board.' });
registerEnumType(AgencySector, { name: 'AgencySector' });
