import type { StatutoryMilestoneName, Timeliness } from '@sli/shared/data-access';
import { formatDate } from '@sli/shared/ui';
import type { ReviewDetail } from '../api/review-detail';
import { dueDateMovedBy } from './review-plan-words';

export interface MilestoneRow {
  step: string;
  /** What the deadline is, in words. */
  rule: string;
  dueOn: string | null;
  actualOn: string | null;
  status: Timeliness | null;
}

const MILESTONES: Record<StatutoryMilestoneName, [string, string]> = {
  INFORMATION_REQUESTED: ['Agencies asked for information', '2 working days after the notification'],
  AGENCIES_REPLIED: ['Agencies replied', 'each request by its own due date'],
  MEETING: ['Rapid review meeting', 'between working days 7 and 13'],
  OUTCOME_SENT: ['Outcome sent to the national panel', '2 working days after the meeting'],
};

/** The statutory steps of a review in order, each due date against what happened. */
export function milestoneRows(review: ReviewDetail): MilestoneRow[] {
  const rows: MilestoneRow[] = [];
  const n = review.notification;
  if (n) {
    rows.push({
      step: `Notified to the national panel (${n.ref})`,
      rule: `5 working days after the date aware, ${formatDate(n.dateAware)}`,
      dueOn: n.notificationDueOn,
      actualOn: n.dateNotified ?? null,
      status: n.notificationTimeliness,
    });
  }
  if (review.type === 'RAPID_REVIEW') {
    for (const m of review.milestones) {
      const [step, rule] = MILESTONES[m.name];
      rows.push({
        step,
        rule: m.earliestOn ? `${rule}: from ${formatDate(m.earliestOn)}` : rule,
        dueOn: m.dueOn,
        actualOn: m.actualOn ?? null,
        status: m.status,
      });
    }
    rows.push({
      step: 'Rapid review sent to the national panel',
      rule: '15 working days after the notification',
      dueOn: review.rapidReviewDueOn ?? null,
      actualOn: review.sentToPanelOn ?? null,
      status: review.rapidReviewTimeliness ?? null,
    });
  } else {
    rows.push({ step: 'Decision to initiate', rule: 'starts the clock', dueOn: null, actualOn: review.initiatedOn, status: null });
    if (review.termsAgreedOn) {
      rows.push({ step: 'Terms of reference agreed', rule: '–', dueOn: null, actualOn: review.termsAgreedOn, status: null });
    }
    rows.push({
      step: 'Review completed',
      rule: completionRule(review),
      dueOn: review.completionDueOn ?? null,
      actualOn: review.completedOn ?? null,
      status: review.completionTimeliness ?? null,
    });
  }
  if (review.type === 'RAPID_REVIEW' && review.completedOn) {
    rows.push({ step: 'Review completed', rule: '–', dueOn: null, actualOn: review.completedOn, status: null });
  }
  if (review.reportShareDueOn || review.reportSharedOn) {
    rows.push({
      step: 'Report sent to the Panel and the Secretary of State',
      rule: review.reportShareDueOn
        ? `at least 7 working days before ${review.publishedOn ? 'publication' : `the planned publication, ${formatDate(review.plannedPublicationOn)}`}`
        : '–',
      dueOn: review.reportShareDueOn ?? null,
      actualOn: review.reportSharedOn ?? null,
      status: review.reportShareTimeliness ?? null,
    });
  }
  if (review.publishedOn) {
    rows.push({ step: 'Report published', rule: '–', dueOn: null, actualOn: review.publishedOn, status: null });
  }
  if (review.publishedUntilEarliest) {
    rows.push({
      step: 'Report stays published until at least',
      rule: '12 months after publication',
      dueOn: review.publishedUntilEarliest,
      actualOn: null,
      status: null,
    });
  }
  return rows;
}

/** The six-month deadline in words, naming the original due date when a pause or an extension moved it. */
function completionRule(review: ReviewDetail): string {
  const clock = review.completionClock;
  if (!clock) return 'no statutory deadline for this type';
  const moved = dueDateMovedBy(review);
  return moved ? `6 calendar months after initiation (originally ${formatDate(clock.originalDueOn)}); moved: ${moved}` : '6 calendar months after initiation';
}
