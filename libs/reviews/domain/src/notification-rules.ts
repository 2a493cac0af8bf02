import { longDate, notInFuture, onOrAfter, type FieldProblem } from '@sli/shared/domain';

export interface NotificationRuleFields {
  dateAware: string;
  dateNotified: string | null;
}

/** A rapid review arising from the notification, as far as the notification's rules look at it. */
export interface RapidReviewSent {
  ref: string;
  sentToPanelOn: string | null;
}

/**
 * A notification's rules on the record as it would be saved, on `today` (in England): it is made on
 * or after the day the local authority became aware, neither day is in the future, and it is made no
 * later than any of its rapid reviews was sent to the Panel (`rapidReviews`, when it has some).
 */
export function notificationProblems(n: NotificationRuleFields, today: string, rapidReviews: readonly RapidReviewSent[] = []): FieldProblem[] {
  const problems = [
    ...notInFuture('dateAware', n.dateAware, today),
    ...onOrAfter('dateNotified', n.dateNotified, n.dateAware, 'the date aware'),
    ...notInFuture('dateNotified', n.dateNotified, today),
  ];
  const earliest = rapidReviews
    .filter((r): r is RapidReviewSent & { sentToPanelOn: string } => r.sentToPanelOn !== null)
    .sort((a, b) => a.sentToPanelOn.localeCompare(b.sentToPanelOn))[0];
  if (n.dateNotified !== null && earliest && n.dateNotified > earliest.sentToPanelOn) {
    problems.push({
      field: 'dateNotified',
      message: `must be on or before the day its rapid review ${earliest.ref} was sent to the Panel (${longDate(earliest.sentToPanelOn)})`,
    });
  }
  return problems;
}
