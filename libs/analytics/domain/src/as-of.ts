/**
 * The "as of" date of every figure that depends on a day (overdue, outstanding, status at a date).
 * It defaults to today, is never later than today, and a past period is judged at its end: the
 * as-of of a range is the earlier of its last day and today (DESIGN section 4).
 */

import { todayInEngland } from '@sli/shared/domain';

// Kept here too, where the dashboard and the analytics look for it; it lives with the record rules.
export { todayInEngland };

/** The earlier of two ISO dates. */
export function earlierOf(a: string, b: string): string {
  return a <= b ? a : b;
}

/**
 * The as-of date for a range ending on `to`: `to` when it is past, today when the range runs on
 * past today. An explicit `requested` date is honoured but never later than today.
 */
export function asOfFor(to: string | null | undefined, today: string = todayInEngland(), requested?: string | null): string {
  if (requested) return earlierOf(requested, today);
  return to ? earlierOf(to, today) : today;
}
