import type { ReviewRecord, ReviewTimescaleChangeRecord } from '@sli/exchange-domain';
import { addMonths, iso, toDay } from './dates';
import type { Sections } from './context';
import { hashString } from './random';

const SIX_MONTH_TYPES: readonly string[] = ['lcspr', 'sar', 'dhr', 'plr'];
const REASONS: readonly ReviewTimescaleChangeRecord['reason'][] = ['criminal-proceedings', 'criminal-proceedings', 'inquest', 'family-engagement'];

/**
 * Pauses on some demo reviews, chosen and dated from a hash of the review's ref, never from the
 * shared random stream, so every other record and figure of the demo stays as it was. Only reviews
 * already completed by their original six-month due date are paused, and each pause ends before the
 * completion: such a review stays completed within six months (a pause only moves its due date
 * later), so no rate, count or median changes; its page shows the pause and the moved due date.
 */
export function addDemoPauses(out: Sections): void {
  for (const review of out.reviews) {
    const pause = demoPause(review);
    if (pause) review.timescaleChanges = [pause];
  }
}

/** About one in four eligible reviews: paused 3 to 6 weeks after initiation, for 2 to 5 weeks. */
export function demoPause(review: ReviewRecord): ReviewTimescaleChangeRecord | null {
  if (!SIX_MONTH_TYPES.includes(review.type) || !review.completedOn) return null;
  const hash = hashString(`pause:${review.partnership}:${review.ref}`);
  if (hash % 4 !== 0) return null;
  const initiated = toDay(review.initiatedOn);
  const completed = toDay(review.completedOn);
  if (completed > addMonths(initiated, 6)) return null;
  const starts = initiated + 21 + ((hash >>> 4) % 22);
  const ends = starts + 14 + ((hash >>> 10) % 22);
  if (ends > completed) return null;
  return { kind: 'pause', reason: REASONS[(hash >>> 16) % REASONS.length] as ReviewTimescaleChangeRecord['reason'], startsOn: iso(starts), endsOn: iso(ends) };
}
