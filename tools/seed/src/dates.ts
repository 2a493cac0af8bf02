import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '@sli/calendar-domain';
import type { IsoDate } from '@sli/exchange-domain';

/**
 * Dates as whole days since 1970-01-01 (UTC): arithmetic stays integer and cheap, and the bundle
 * gets `YYYY-MM-DD` only at the edge. Working days are weekdays that are not England & Wales bank
 * holidays; years past the shipped calendar count weekdays only.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const bankHolidays = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => toDay(h.date)));

export function toDay(date: IsoDate): Day {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

export function dayOf(year: number, month: number, dayOfMonth: number): Day {
  return Math.round(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY);
}

// A few thousand distinct days turn into millions of date strings at national scale: share them.
const isoCache = new Map<Day, IsoDate>();

export function iso(day: Day): IsoDate {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, text);
  }
  return text;
}

/** An ISO 8601 timestamp on `day` at `minuteOfDay` minutes past midnight UTC. */
export function timestamp(day: Day, minuteOfDay: number): string {
  return new Date(day * MS_PER_DAY + minuteOfDay * 60_000).toISOString();
}

/** Adds calendar months, keeping the day of the month where it exists (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastOfTarget = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(y, m, Math.min(d.getUTCDate(), lastOfTarget)) / MS_PER_DAY);
}

export function isWorkingDay(day: Day): boolean {
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return weekday !== 0 && weekday !== 6 && !bankHolidays.has(day);
}

/** Adding N working days to D counts forward from the day after D (DESIGN.md); N = 0 gives D. */
export function addWorkingDays(day: Day, count: number): Day {
  let d = day;
  for (let left = count; left > 0; ) {
    d++;
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days in (from, to]: the N for which addWorkingDays(from, N) lands on or before `to`. */
export function workingDaysBetween(from: Day, to: Day): number {
  let n = 0;
  for (let d = from + 1; d <= to; d++) if (isWorkingDay(d)) n++;
  return n;
}

/** `day` if it is a working day, else the next one. */
export function onWorkingDay(day: Day): Day {
  let d = day;
  while (!isWorkingDay(d)) d++;
  return d;
}

/** Financial years are named by the calendar year they start in: 2024 is 2024/25. */
export function yearStart(year: number): Day {
  return dayOf(year, 4, 1);
}

export function yearEnd(year: number): Day {
  return dayOf(year + 1, 3, 31);
}

/** The financial year holding `day`. */
export function yearOf(day: Day): number {
  const y = new Date(day * MS_PER_DAY).getUTCFullYear();
  return day >= yearStart(y) ? y : y - 1;
}

export function yearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** The first day of the financial quarter holding `day` (1 Apr, 1 Jul, 1 Oct or 1 Jan). */
export function quarterStart(day: Day): Day {
  const d = new Date(day * MS_PER_DAY);
  const month = d.getUTCMonth(); // 0-based; quarters start in months 0, 3, 6 and 9
  return dayOf(d.getUTCFullYear(), month - (month % 3) + 1, 1);
}

/** The four quarter starts of financial year `year`. */
export function quartersOf(year: number): Day[] {
  return [dayOf(year, 4, 1), dayOf(year, 7, 1), dayOf(year, 10, 1), dayOf(year + 1, 1, 1)];
}

/** 'May 2024' — for narrative text. */
export function monthYear(day: Day): string {
  const d = new Date(day * MS_PER_DAY);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
