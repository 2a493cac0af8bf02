import { REVIEW_TYPE_SHORT_WORDS } from '@sli/reviews-domain';
import { ActionPlanGroupBy } from './action-metrics.enums';

const SECTORS: Record<string, string> = {
  police: 'Police',
  health: 'Health',
  'childrens-social-care': "Children's social care",
  'adult-social-care': 'Adult social care',
  education: 'Education',
  probation: 'Probation',
  'youth-justice': 'Youth justice',
  housing: 'Housing',
  ambulance: 'Ambulance',
  'voluntary-community': 'Voluntary and community',
  other: 'Other',
};

/** Review types in short words, and audit types, as an action's source type reads. */
const REVIEW_TYPES: Record<string, string> = {
  ...REVIEW_TYPE_SHORT_WORDS,
  'audit:multi-agency-case': 'Multi-agency case audit',
  'audit:single-agency': 'Single-agency audit',
  'audit:thematic': 'Thematic audit',
  'audit:section-11': 'Section 11 audit',
};

const NONE: Record<ActionPlanGroupBy, string> = {
  [ActionPlanGroupBy.PARTNERSHIP]: 'No partnership',
  [ActionPlanGroupBy.REVIEW]: 'No source',
  [ActionPlanGroupBy.REVIEW_TYPE]: 'No source',
  [ActionPlanGroupBy.OWNER_AGENCY]: 'No owner',
  [ActionPlanGroupBy.AGENCY_SECTOR]: 'No sector',
  [ActionPlanGroupBy.COMMITTEE]: 'No committee recorded',
  [ActionPlanGroupBy.THEME]: 'No theme',
};

/** A readable label for a group: the database's name where there is one, else a fixed wording of its code. */
export function groupLabel(by: ActionPlanGroupBy, key: string | null, sqlLabel: string | null): string {
  if (key === null) return NONE[by];
  if (by === ActionPlanGroupBy.AGENCY_SECTOR) return SECTORS[key] ?? key;
  if (by === ActionPlanGroupBy.REVIEW_TYPE) return REVIEW_TYPES[key] ?? key;
  return sqlLabel ?? key;
}
