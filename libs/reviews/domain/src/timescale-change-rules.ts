import { longDate, notInFuture, onOrAfter, type FieldProblem } from '@sli/shared/domain';
import {
  completionClock,
  hasSixMonthClock,
  type ClockReview,
  type TimescaleChangeClock,
  type TimescaleChangeKindValue,
  type TimescaleReasonValue,
} from './completion-clock';

/** A pause or an extension of a review's timescale, as it would be saved. */
export interface TimescaleChangeFields extends TimescaleChangeClock {
  kind: TimescaleChangeKindValue;
  reason: TimescaleReasonValue;
  reasonDetails: string | null;
  /** An extension: who agreed it (the Panel, the board chair). Null for a pause. */
  agreedBy: string | null;
}

export const REASON_DETAILS_MAX = 2000;
export const AGREED_BY_MAX = 200;

/**
 * A pause or an extension of `review`, beside the review's `others` (its other pauses and extensions,
 * not this one), on `today`:
 * - it starts (is agreed) on or after the initiation, not in the future, and by the completion;
 * - the reason "other" needs details;
 * - rapid reviews run on their 15 working days: neither; extensions only where there is a six-month
 *   due date to move (LCSPR, SAR, DHR, PLR);
 * - a pause restarts after it started, not in the future, by the completion (a completed review is
 *   not paused); it does not overlap another pause;
 * - an extension names who agreed it and a due date after the one in force on the day it was agreed;
 *   one extension a day.
 */
export function timescaleChangeProblems(
  c: TimescaleChangeFields,
  review: ClockReview,
  others: readonly TimescaleChangeClock[],
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (review.type === 'rapid-review') {
    return [{ field: 'kind', message: 'A rapid review is not paused or extended: its 15 working days run on' }];
  }
  problems.push(
    ...onOrAfter('startsOn', c.startsOn, review.initiatedOn, 'the date the review was initiated'),
    ...notInFuture('startsOn', c.startsOn, today),
  );
  if (review.completedOn && c.startsOn > review.completedOn) {
    problems.push({ field: 'startsOn', message: `must be on or before the date the review was completed (${longDate(review.completedOn)})` });
  }
  const details = c.reasonDetails?.trim() ?? '';
  if (c.reason === 'other' && !details) problems.push({ field: 'reasonDetails', message: 'is required when the reason is other' });
  if (details.length > REASON_DETAILS_MAX) problems.push({ field: 'reasonDetails', message: `must be ${REASON_DETAILS_MAX} characters or fewer` });
  problems.push(...(c.kind === 'pause' ? pauseProblems(c, review, others, today) : extensionProblems(c, review, others)));
  return problems;
}

function pauseProblems(c: TimescaleChangeFields, review: ClockReview, others: readonly TimescaleChangeClock[], today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (c.agreedDueOn) problems.push({ field: 'agreedDueOn', message: 'is for an extension, not a pause' });
  if (c.agreedBy) problems.push({ field: 'agreedBy', message: 'is for an extension, not a pause' });
  if (c.endsOn && c.endsOn <= c.startsOn) {
    problems.push({ field: 'endsOn', message: `must be after the day the pause started (${longDate(c.startsOn)})` });
  }
  problems.push(...notInFuture('endsOn', c.endsOn, today));
  if (review.completedOn) {
    if (!c.endsOn) problems.push({ field: 'endsOn', message: `is required: the review was completed on ${longDate(review.completedOn)}, so the pause has ended` });
    else if (c.endsOn > review.completedOn) {
      problems.push({ field: 'endsOn', message: `must be on or before the date the review was completed (${longDate(review.completedOn)})` });
    }
  }
  const end = c.endsOn ?? '9999-12-31';
  const clash = others.find((o) => o.kind === 'pause' && o.startsOn < end && (o.endsOn === null || o.endsOn > c.startsOn));
  if (clash) {
    const until = clash.endsOn ? ` to ${longDate(clash.endsOn)}` : ', still open';
    problems.push({ field: 'startsOn', message: `overlaps the pause from ${longDate(clash.startsOn)}${until}: a review's pauses cannot overlap` });
  }
  return problems;
}

function extensionProblems(c: TimescaleChangeFields, review: ClockReview, others: readonly TimescaleChangeClock[]): FieldProblem[] {
  if (!hasSixMonthClock(review.type)) {
    return [{ field: 'kind', message: 'Only LCSPRs, SARs, DHRs and PLRs have a six-month due date for an extension to move' }];
  }
  const problems: FieldProblem[] = [];
  if (c.endsOn) problems.push({ field: 'endsOn', message: 'is for a pause, not an extension' });
  if (!c.agreedBy?.trim()) problems.push({ field: 'agreedBy', message: 'is required for an extension: who agreed it' });
  else if (c.agreedBy.trim().length > AGREED_BY_MAX) problems.push({ field: 'agreedBy', message: `must be ${AGREED_BY_MAX} characters or fewer` });
  if (others.some((o) => o.kind === 'extension' && o.startsOn === c.startsOn)) {
    problems.push({ field: 'startsOn', message: `Another extension was agreed on ${longDate(c.startsOn)}: record one extension a day` });
  }
  if (!c.agreedDueOn) {
    problems.push({ field: 'agreedDueOn', message: 'is required for an extension: the new due date agreed' });
    return problems;
  }
  // The due date in force on the day it was agreed, from what was recorded before it (later extensions aside).
  const before = others.filter((o) => !(o.kind === 'extension' && o.startsOn >= c.startsOn));
  const inForce = completionClock({ ...review, completedOn: null }, before, c.startsOn);
  if (inForce && c.agreedDueOn <= inForce.dueOn) {
    problems.push({ field: 'agreedDueOn', message: `must be after the due date in force when the extension was agreed (${longDate(inForce.dueOn)})` });
  }
  return problems;
}

/**
 * A review's own dates beside its pauses and extensions, when the review is changed: none of them may
 * start before the initiation, and a completed review is not paused (every pause restarted by the
 * completion, none started after it). The pause or extension's own rules say the rest when it is recorded.
 */
export function reviewTimescaleProblems(review: ClockReview, changes: readonly TimescaleChangeClock[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const first = changes.reduce<string | null>((min, c) => (min === null || c.startsOn < min ? c.startsOn : min), null);
  if (first && first < review.initiatedOn) {
    problems.push({ field: 'initiatedOn', message: `must be on or before its first pause or extension (${longDate(first)})` });
  }
  const done = review.completedOn;
  if (!done) return problems;
  const open = changes.find((c) => c.kind === 'pause' && c.endsOn === null);
  if (open) problems.push({ field: 'completedOn', message: `needs the pause from ${longDate(open.startsOn)} to have ended: record the day the review restarted first` });
  const last = changes.reduce<string | null>((max, c) => {
    const day = c.kind === 'pause' && c.endsOn ? c.endsOn : c.startsOn;
    return max === null || day > max ? day : max;
  }, null);
  if (!open && last && last > done) {
    problems.push({ field: 'completedOn', message: `must be on or after the review's last pause or extension (${longDate(last)})` });
  }
  return problems;
}
