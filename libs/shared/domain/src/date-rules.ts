import type { FieldProblem } from './field-problem';
import { longDate } from './long-date';

/*
 * Date rules every domain uses, worded for the person reading them beside the field. Dates are
 * `YYYY-MM-DD` text, so text order is date order. A rule says nothing when a date is missing: that
 * is a "required" rule's business.
 */

type MaybeDate = string | null | undefined;

/** `value` must not be before `earlier`, which the message names in words ("the date aware"). */
export function onOrAfter(field: string, value: MaybeDate, earlier: MaybeDate, earlierWords: string): FieldProblem[] {
  if (!value || !earlier || value >= earlier) return [];
  return [{ field, message: `must be on or after ${earlierWords} (${longDate(earlier)})` }];
}

/** A day that has already happened (or is today): a completion, a publication, a notification. */
export function notInFuture(field: string, value: MaybeDate, today: string): FieldProblem[] {
  if (!value || value <= today) return [];
  return [{ field, message: `cannot be in the future (today is ${longDate(today)})` }];
}
