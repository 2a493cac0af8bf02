import type { ReviewTypeValue } from './review-values';

/*
 * The six-month clock of an LCSPR, SAR, DHR or PLR (DESIGN.md section 2): due 6 calendar months after
 * the decision to initiate; the clock stops while the review is paused; an agreed extension moves the
 * due date without hiding the original. Dates are `YYYY-MM-DD` text.
 *
 * The arithmetic, as of a day D (a pause or extension recorded after D is not known on D):
 * - a pause runs from the day it started up to, not including, the day the review restarted
 *   (`endsOn`); a pause still open on D counts to D inclusive. Paused days = those days, up to D;
 * - with no extension agreed by D: due = original due date + every paused day;
 * - with an extension agreed by D: due = the latest extension's agreed due date + the days paused
 *   after the day it was agreed (those before were known to whoever agreed it).
 * A completed review's clock stops on its completion day, so D is at most the completion day.
 */

export type TimescaleChangeKindValue = 'pause' | 'extension';
export type TimescaleReasonValue = 'criminal-proceedings' | 'inquest' | 'family-engagement' | 'new-information' | 'other';

export const TIMESCALE_REASON_WORDS: Record<TimescaleReasonValue, string> = {
  'criminal-proceedings': 'criminal proceedings',
  inquest: "coroner's inquest",
  'family-engagement': 'family engagement',
  'new-information': 'new information',
  other: 'other',
};

/** LCSPR, SAR, DHR and PLR are expected to complete within 6 calendar months of the decision to initiate. */
export const COMPLETION_WITHIN_MONTHS = 6;
export const SIX_MONTH_TYPES: readonly ReviewTypeValue[] = ['lcspr', 'sar', 'dhr', 'plr'];

/** A pause or an extension, as far as the clock reads it. */
export interface TimescaleChangeClock {
  kind: TimescaleChangeKindValue;
  /** A pause: the day it started. An extension: the day it was agreed. */
  startsOn: string;
  /** A pause: the day the review restarted (null while paused). Null for an extension. */
  endsOn: string | null;
  /** An extension: the due date agreed. Null for a pause. */
  agreedDueOn: string | null;
}

export interface ClockReview {
  type: ReviewTypeValue;
  initiatedOn: string;
  completedOn: string | null;
}

export interface CompletionClock {
  /** 6 calendar months after initiation: the statutory due date before any pause or extension. */
  originalDueOn: string;
  /** The due date as of the day asked about: the original (or the agreed extension) moved on by the pauses. */
  dueOn: string;
  /** Calendar days the clock has stopped, every pause, up to the day asked about. */
  pausedDays: number;
  /** Paused on the day asked about. */
  onPause: boolean;
  /** The day the extension in force was agreed; null when none is. */
  extensionAgreedOn: string | null;
}

const DAY_MS = 86_400_000;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(toTime(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** Adds calendar months, clamping to the month's end (31 Aug + 6 months = 28/29 Feb), as PostgreSQL's `date + interval` does. */
export function addCalendarMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

export function hasSixMonthClock(type: ReviewTypeValue): boolean {
  return SIX_MONTH_TYPES.includes(type);
}

/** The days of `pause` the clock stood still, after `after` (exclusive; null: from its start) up to `asOf` inclusive. */
export function pausedDaysOf(pause: TimescaleChangeClock, asOf: string, after: string | null = null): number {
  const from = after !== null && after >= pause.startsOn ? addDays(after, 1) : pause.startsOn;
  const dayAfterAsOf = addDays(asOf, 1);
  const until = pause.endsOn !== null && pause.endsOn < dayAfterAsOf ? pause.endsOn : dayAfterAsOf;
  return Math.max(0, daysFrom(from, until));
}

/**
 * The six-month clock as of `asOf`; null for a review type without one. Changes recorded after `asOf`
 * (started or agreed later) are not counted, so the answer for a past day never changes later.
 */
export function completionClock(review: ClockReview, changes: readonly TimescaleChangeClock[], asOf: string): CompletionClock | null {
  if (!hasSixMonthClock(review.type)) return null;
  const day = review.completedOn !== null && review.completedOn < asOf ? review.completedOn : asOf;
  const known = changes.filter((c) => c.startsOn <= day);
  const pauses = known.filter((c) => c.kind === 'pause');
  const extension = known
    .filter((c) => c.kind === 'extension' && c.agreedDueOn !== null)
    .reduce<TimescaleChangeClock | null>((latest, c) => (latest === null || c.startsOn > latest.startsOn ? c : latest), null);
  const originalDueOn = addCalendarMonths(review.initiatedOn, COMPLETION_WITHIN_MONTHS);
  const anchor = extension?.agreedDueOn ?? originalDueOn;
  const movedBy = pauses.reduce((sum, p) => sum + pausedDaysOf(p, day, extension?.startsOn ?? null), 0);
  return {
    originalDueOn,
    dueOn: addDays(anchor, movedBy),
    pausedDays: pauses.reduce((sum, p) => sum + pausedDaysOf(p, day), 0),
    onPause: day !== review.completedOn && pauses.some((p) => p.endsOn === null || p.endsOn > day),
    extensionAgreedOn: extension?.startsOn ?? null,
  };
}
