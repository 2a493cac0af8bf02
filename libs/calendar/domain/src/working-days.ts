/**
 * Working days: weekdays that are not England & Wales bank holidays. Dates are `YYYY-MM-DD`
 * strings and all arithmetic is on UTC day numbers, so no time zone or clock change can move a date.
 *
 * The definitions rest on one count, C(d) = the working days from an origin up to and including d:
 * - workingDaysBetween(a, b) = C(b) − C(a): the working days after a up to and including b,
 *   negative when b < a (so it is additive: between(a, b) + between(b, c) = between(a, c));
 * - addWorkingDays(d, n) is the working day w with C(w) = C(d) + n, i.e. the nth working day after d
 *   (d itself when n = 0), so between(d, addWorkingDays(d, n)) = n for every d and n.
 *   Counting back, a weekend or holiday stands where the working day before it does:
 *   Friday − 1 and Saturday − 1 are both Thursday, just as Friday + 1 and Saturday + 1 are both Monday.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 (a Thursday); throws on anything but a real calendar date. */
function dayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a calendar date written YYYY-MM-DD: ${JSON.stringify(date)}`);
  }
  return ms / MS_PER_DAY;
}

function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;
const isWeekendDay = (day: number) => weekdayOf(day) >= 5;

/** True for Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  return isWeekendDay(dayNumber(date));
}

/** True when `date` is a weekday and not in `holidays` (a set of `YYYY-MM-DD` dates). */
export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  return !isWeekendDay(dayNumber(date)) && !holidays.has(date);
}

/**
 * The nth working day after `from` (counting from the day after it); `from` itself when n is 0.
 * A negative n counts back: the working day that lies n working days before `from`.
 */
export function addWorkingDays(from: string, days: number, holidays: ReadonlySet<string>): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number, got ${days}`);
  let day = dayNumber(from);
  if (days === 0) return from;
  const isWorking = (d: number) => !isWeekendDay(d) && !holidays.has(isoDate(d));
  if (days > 0) {
    for (let left = days; left > 0; ) {
      day += 1;
      if (isWorking(day)) left -= 1;
    }
    return isoDate(day);
  }
  // Find the working day with C = C(from) + days: the (|days| + 1)th working day counting back
  // from `from` inclusive (the first of which has the same count as `from`).
  for (let left = -days + 1; ; day -= 1) {
    if (isWorking(day)) {
      left -= 1;
      if (left === 0) return isoDate(day);
    }
  }
}

/** The working days after `a` up to and including `b`; negative (the same count) when b < a. */
export function workingDaysBetween(a: string, b: string, holidays: ReadonlySet<string>): number {
  const start = dayNumber(a);
  const end = dayNumber(b);
  if (end < start) return 0 - workingDaysBetween(b, a, holidays); // 0 − x, never −0
  // Weekdays in (start, end]: five per whole week, then the days left over one by one.
  const span = end - start;
  let count = Math.floor(span / 7) * 5;
  for (let d = start + Math.floor(span / 7) * 7 + 1; d <= end; d += 1) {
    if (!isWeekendDay(d)) count += 1;
  }
  // Less the holidays in that range that fell on a weekday (ISO dates compare as text).
  for (const h of holidays) {
    if (h > a && h <= b && !isWeekendDay(dayNumber(h))) count -= 1;
  }
  return count;
}
