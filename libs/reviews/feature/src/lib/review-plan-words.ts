import { daysFrom } from '@sli/reviews-domain';
import type { EngagementOutcome, FamilyRole, ReviewMethod, TimescaleReason } from '@sli/shared/data-access';
import { formatDate } from '@sli/shared/ui';
import type { ReviewDetail } from '../api/review-detail';

/** How a review is carried out, as the form and the review page say it. */
export const REVIEW_METHODS: Record<ReviewMethod, string> = {
  LEARNING_TOGETHER: 'SCIE Learning Together',
  SYSTEMS: 'Another systems method',
  HYBRID: 'Hybrid',
  APPRECIATIVE_INQUIRY: 'Appreciative inquiry',
  OTHER: 'Other',
};

/** A family member by role, as the form and the review page say it. */
export const FAMILY_ROLES: Record<FamilyRole, string> = {
  CHILD_OR_ADULT: 'The child or adult at the centre of the review',
  MOTHER: 'Mother',
  FATHER: 'Father',
  STEP_PARENT: 'Step-parent',
  GRANDPARENT: 'Grandparent',
  SIBLING: 'Sibling',
  PARTNER: 'Partner',
  CARER: 'Carer',
  OTHER_RELATIVE: 'Other relative',
};

export const ENGAGEMENT_OUTCOMES: Record<EngagementOutcome, string> = {
  OFFERED: 'Offered, no answer yet',
  TOOK_PART: 'Took part',
  DECLINED: 'Declined',
};

/** Why a review was paused or extended, as the form and the review page say it. */
export const TIMESCALE_REASONS: Record<TimescaleReason, string> = {
  CRIMINAL_PROCEEDINGS: 'Criminal proceedings',
  INQUEST: "Coroner's inquest",
  FAMILY_ENGAGEMENT: 'Family engagement',
  NEW_INFORMATION: 'New information',
  OTHER: 'Other',
};

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/**
 * How the due date came to be what it is, in words: "30 Nov 2026 as agreed on 3 Aug 2026, moved on 67
 * days paused since", "the clock stopped for 30 days while paused", or null when nothing moved it.
 */
export function dueDateMovedBy(review: ReviewDetail): string | null {
  const clock = review.completionClock;
  if (!clock || clock.dueOn === clock.originalDueOn) return null;
  const extension = review.timescaleChanges.find((c) => c.kind === 'EXTENSION' && c.startsOn === clock.extensionAgreedOn);
  if (!extension?.agreedDueOn) return `the clock stopped for ${days(clock.pausedDays)} while paused`;
  const since = daysFrom(extension.agreedDueOn, clock.dueOn);
  const agreed = `${formatDate(extension.agreedDueOn)} as agreed on ${formatDate(extension.startsOn)}`;
  return since > 0 ? `${agreed}, moved on ${days(since)} paused since` : agreed;
}
