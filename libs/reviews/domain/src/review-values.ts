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
