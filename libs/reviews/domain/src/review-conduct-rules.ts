import { longDate, notInFuture, onOrAfter, type FieldProblem } from '@sli/shared/domain';
import type { ReviewTypeValue } from './review-values';

/** How a review is carried out. */
export type ReviewMethodValue = 'learning-together' | 'systems' | 'hybrid' | 'appreciative-inquiry' | 'other';

export const REVIEW_METHOD_WORDS: Record<ReviewMethodValue, string> = {
  'learning-together': 'SCIE Learning Together',
  systems: 'Another systems method',
  hybrid: 'Hybrid',
  'appreciative-inquiry': 'Appreciative inquiry',
  other: 'Other',
};

/** The fields a review's reviewer, method and publication steps are read from. */
export interface ReviewConductFields {
  type: ReviewTypeValue;
  initiatedOn: string;
  publishedOn: string | null;
  reviewers?: string | null;
  method?: ReviewMethodValue | null;
  methodDetails?: string | null;
  reportSharedOn?: string | null;
  plannedPublicationOn?: string | null;
}

export const CONDUCT_FIELDS = ['reviewers', 'method', 'methodDetails', 'reportSharedOn', 'plannedPublicationOn'] as const;

/**
 * Who reviews, how, and the steps to publication: none of it on a rapid review (its outcome goes to
 * the Panel, not a report); the method "other" says what it is; the report goes to the Panel and the
 * Secretary of State after the initiation, not in the future and no later than publication; a planned
 * publication falls after the initiation.
 */
export function reviewConductProblems(r: ReviewConductFields, today: string): FieldProblem[] {
  if (r.type === 'rapid-review') {
    return CONDUCT_FIELDS.filter((f) => r[f] !== null && r[f] !== undefined).map((field) => ({ field, message: 'does not apply to a rapid review' }));
  }
  const problems: FieldProblem[] = [];
  if (r.method === 'other' && !r.methodDetails?.trim()) problems.push({ field: 'methodDetails', message: 'are required when the method is other' });
  problems.push(
    ...onOrAfter('reportSharedOn', r.reportSharedOn, r.initiatedOn, 'the date the review was initiated'),
    ...notInFuture('reportSharedOn', r.reportSharedOn, today),
    ...onOrAfter('plannedPublicationOn', r.plannedPublicationOn, r.initiatedOn, 'the date the review was initiated'),
  );
  if (r.reportSharedOn && r.publishedOn && r.reportSharedOn > r.publishedOn) {
    problems.push({ field: 'reportSharedOn', message: `must be on or before the publication date (${longDate(r.publishedOn)}): the report goes to the Panel first` });
  }
  return problems;
}
