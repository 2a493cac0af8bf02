import { notInFuture, onOrAfter, type FieldProblem } from '@sli/shared/domain';
import { RAPID_REVIEW_FIELDS, REVIEW_STATUS_WORDS, type ReviewStatusValue, type ReviewTypeValue } from './review-values';

/** The fields of a review its rules read, as it would be saved (an update merged with what it leaves alone). */
export interface ReviewRuleFields {
  type: ReviewTypeValue;
  status: ReviewStatusValue;
  initiatedOn: string;
  termsAgreedOn?: string | null;
  completedOn: string | null;
  publishedOn: string | null;
  unpublishedReason: string | null;
  infoRequestedOn: string | null;
  meetingOn: string | null;
  sentToPanelOn: string | null;
  rapidReviewOutcome: string | null;
  nationalReviewRecommended: boolean | null;
}

/** The notification a review arises from, as far as the review's rules look at it. */
export interface ReviewNotification {
  dateNotified: string | null;
}

/**
 * A review's rules on `today` (in England): its dates in order (initiated, terms agreed, completed,
 * published) and none of the done ones in the future; each status with the fields it implies; the
 * rapid review milestones on rapid reviews only, in order (information requested, meeting, sent to
 * the Panel), and sent to the Panel no earlier than its notification was made (`notification`, when
 * it has one).
 */
export function reviewProblems(r: ReviewRuleFields, today: string, notification: ReviewNotification | null = null): FieldProblem[] {
  const problems: FieldProblem[] = [
    ...onOrAfter('termsAgreedOn', r.termsAgreedOn, r.initiatedOn, 'the date the review was initiated'),
    ...notInFuture('termsAgreedOn', r.termsAgreedOn, today),
    ...onOrAfter('completedOn', r.completedOn, r.initiatedOn, 'the date the review was initiated'),
    ...notInFuture('completedOn', r.completedOn, today),
  ];
  if (r.publishedOn) {
    if (!r.completedOn) problems.push({ field: 'publishedOn', message: 'needs the completion date: a review is published after it is completed' });
    problems.push(...onOrAfter('publishedOn', r.publishedOn, r.completedOn, 'the completion date'), ...notInFuture('publishedOn', r.publishedOn, today));
  }
  const status = REVIEW_STATUS_WORDS[r.status];
  if ((r.status === 'completed' || r.status === 'published') && !r.completedOn) {
    problems.push({ field: 'completedOn', message: `is required when the status is ${status}` });
  }
  if (r.status === 'published' && !r.publishedOn) problems.push({ field: 'publishedOn', message: `is required when the status is ${status}` });
  if (r.status === 'closed-unpublished' && !r.unpublishedReason) {
    problems.push({ field: 'unpublishedReason', message: `is required when the status is ${status}` });
  }
  if (r.type !== 'rapid-review') {
    for (const field of RAPID_REVIEW_FIELDS) {
      if (r[field] !== null && r[field] !== undefined) problems.push({ field, message: 'applies to rapid reviews only' });
    }
    return problems;
  }
  problems.push(
    ...notInFuture('infoRequestedOn', r.infoRequestedOn, today),
    ...onOrAfter('meetingOn', r.meetingOn, r.infoRequestedOn, 'the date agencies were asked for information'),
    ...notInFuture('meetingOn', r.meetingOn, today),
    ...onOrAfter('sentToPanelOn', r.sentToPanelOn, r.meetingOn, 'the meeting date'),
    ...notInFuture('sentToPanelOn', r.sentToPanelOn, today),
  );
  if (r.sentToPanelOn && notification) {
    if (!notification.dateNotified) {
      problems.push({ field: 'sentToPanelOn', message: 'needs its notification to have been made: record the date notified first' });
    } else {
      problems.push(...onOrAfter('sentToPanelOn', r.sentToPanelOn, notification.dateNotified, 'the date its notification was made'));
    }
  }
  return problems;
}
