import { asOfFor, todayInEngland } from './as-of';
import { financialYearLabel, financialYearOf, financialYearRange } from './periods';

/**
 * The period and "as of" date a reader chose with the dashboard's filters: a financial year, or
 * a From and/or To date, and optionally an explicit as-of date (DESIGN section 4).
 */
export interface PeriodChoice {
  /** Financial year label such as 2025/26. */
  year: string;
  from?: string | null;
  to?: string | null;
  /** An explicit as-of date; never honoured beyond today. */
  asOf?: string | null;
}

/** Why the as-of date is what it is, for the words beside it. */
export type AsOfReason = 'today' | 'period-end' | 'chosen';

export interface ChosenPeriod {
  from: string;
  to: string;
  /** A From or To date is in force, rather than the whole financial year. */
  custom: boolean;
  asOf: string;
  asOfReason: AsOfReason;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD (what a date input gives). */
export function isCalendarDate(value: string | null | undefined): value is string {
  if (!value) return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === value;
}

/** The first and last day of a financial year label; the current financial year when the label is not one. */
function yearBounds(label: string, today: string): { start: string; end: string } {
  try {
    return financialYearRange(label);
  } catch {
    return financialYearRange(financialYearLabel(financialYearOf(today)));
  }
}

/**
 * The date range and as-of date of a choice. From and To together make the range; either alone
 * replaces that end of the financial year's range (To alone: from the year's start to To), and
 * when it falls outside the year the other end comes from its own financial year, so the range
 * never runs backwards. Malformed dates are ignored. The as-of date is the chosen one, else the
 * range's last day, and never later than today: a past period is judged at its end, the current
 * one at today.
 */
export function chosenPeriod(choice: PeriodChoice, today: string = todayInEngland()): ChosenPeriod {
  const year = yearBounds(choice.year, today);
  const from = isCalendarDate(choice.from) ? choice.from : null;
  const to = isCalendarDate(choice.to) ? choice.to : null;
  let range: { from: string; to: string };
  if (from && to) range = { from, to };
  else if (from) range = { from, to: from <= year.end ? year.end : yearBounds(financialYearLabel(financialYearOf(from)), today).end };
  else if (to) range = { from: to >= year.start ? year.start : yearBounds(financialYearLabel(financialYearOf(to)), today).start, to };
  else range = { from: year.start, to: year.end };

  const requested = isCalendarDate(choice.asOf) ? choice.asOf : null;
  const asOf = asOfFor(range.to, today, requested);
  const asOfReason: AsOfReason = requested && requested <= today ? 'chosen' : asOf === today ? 'today' : 'period-end';
  return { ...range, custom: Boolean(from || to), asOf, asOfReason };
}
