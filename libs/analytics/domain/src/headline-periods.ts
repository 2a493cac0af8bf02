import { earlierOf } from './as-of';
import { financialYearLabel, financialYearOf, financialYearRange } from './periods';

/** A range of records' dates and the day its "as of" figures are judged on. */
export interface JudgedPeriod {
  /** `2024/25` for a whole financial year, else `1 Jan 2025 to 30 Jun 2025` style dates as `from to to`. */
  label: string;
  from: string;
  to: string;
  asOf: string;
}

/** The same day a year earlier (29 February becomes 28 February). */
export function yearEarlier(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function label(from: string, to: string): string {
  const fy = financialYearOf(from);
  const range = financialYearRange(financialYearLabel(fy));
  return range.start === from && range.end === to ? financialYearLabel(fy) : `${from} to ${to}`;
}

/**
 * The periods a headline compares, each judged on its own day (DESIGN section 4: a past period at
 * its end, the current one at the as-of date), so a year's figure reads the same on every page:
 * - current: the chosen range, judged on `asOf`;
 * - previous: the same dates a year earlier, judged on the earlier of its end and `asOf`;
 * - trend: the last `years` financial years to the one holding `to` (oldest first), each cut at
 *   `to` and judged on the earlier of its end and `asOf`.
 */
export function headlinePeriods(from: string, to: string, asOf: string, years: number): { current: JudgedPeriod; previous: JudgedPeriod; trend: JudgedPeriod[] } {
  const prevFrom = yearEarlier(from);
  const prevTo = yearEarlier(to);
  const lastYear = financialYearOf(to);
  const trend = Array.from({ length: years }, (_, i) => {
    const fy = financialYearRange(financialYearLabel(lastYear - years + 1 + i));
    const end = earlierOf(fy.end, to);
    return { label: financialYearLabel(fy.startYear), from: fy.start, to: end, asOf: earlierOf(end, asOf) };
  });
  return {
    current: { label: label(from, to), from, to, asOf },
    previous: { label: label(prevFrom, prevTo), from: prevFrom, to: prevTo, asOf: earlierOf(prevTo, asOf) },
    trend,
  };
}
