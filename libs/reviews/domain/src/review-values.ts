/*
 * The values of a review's and a notification's fields the rules read, as the API's enums and the
 * bundle hold them (kebab-case), with the words a person reads.
 */

export type ReviewTypeValue =
  | 'rapid-review'
  | 'lcspr'
  | 'national-cspr'
  | 'scr'
  | 'plr'
  | 'sar'
  | 'dhr'
  | 'appreciative-inquiry'
  | 'single-agency'
  | 'critical-incident'
  | 'practice-learning-set'
  | 'child-death'
  | 'thematic';

/** Each review type's full name, as the filter, the annual report and the downloads print it; in the order the filter lists them. */
export const REVIEW_TYPE_WORDS: Record<ReviewTypeValue, string> = {
  'rapid-review': 'Rapid review',
  lcspr: 'Local child safeguarding practice review',
  'national-cspr': 'National child safeguarding practice review',
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
};

/** The same names as a business unit writes them in a table's cell: "LCSPR", "National CSPR". */
export const REVIEW_TYPE_SHORT_WORDS: Record<ReviewTypeValue, string> = { ...REVIEW_TYPE_WORDS, lcspr: 'LCSPR', 'national-cspr': 'National CSPR' };

export type ReviewStatusValue = 'proposed' | 'scoping' | 'in-progress' | 'report-drafted' | 'completed' | 'published' | 'closed-unpublished';

/** A review's status in words, as a sentence ends: "when the status is closed without publication". */
export const REVIEW_STATUS_WORDS: Record<ReviewStatusValue, string> = {
  proposed: 'proposed',
  scoping: 'scoping',
  'in-progress': 'in progress',
  'report-drafted': 'report drafted',
  completed: 'completed',
  published: 'published',
  'closed-unpublished': 'closed without publication',
};

/** Fields a review may hold only when it is a rapid review. */
export const RAPID_REVIEW_FIELDS = ['infoRequestedOn', 'meetingOn', 'sentToPanelOn', 'rapidReviewOutcome', 'nationalReviewRecommended'] as const;
