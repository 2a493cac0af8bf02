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

const REVIEW_TYPES: Record<string, string> = {
  'rapid-review': 'Rapid review',
  lcspr: 'LCSPR',
  'national-cspr': 'National CSPR',
  scr: 'Serious case review',
  plr: 'Practice learning review',
  sar: 'Safeguarding adults review',
  dhr: 'Domestic homicide review',
  'appreciative-inquiry': 'Appreciative inquiry',
  'single-agency': 'Single-agency review',
  'critical-incident': 'Critical incident review',
  'practice-learning-set': 'Practice learning set',
  'child-death': 'Child death review',
  thematic: 'Thematic review',
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
