import { financialYearLabel, financialYearOf } from '@sli/analytics-domain';
import { metricFilter, previousYear, useFilters, yearRange, type Filters } from '@sli/shared/data-access';
import { formatDate } from '@sli/shared/ui';

/** How many financial years the sparklines show. */
export const TREND_YEARS = 5;

type Filter = ReturnType<typeof metricFilter>;

/** What the overview compares: the chosen period, the one before it, and the years behind them. */
export interface Scope {
  /** A custom from/to range rather than a financial year. */
  custom: boolean;
  current: Filter;
  previous: Filter;
  /** The last TREND_YEARS financial years, to the end of the chosen period. */
  trend: Filter;
  asOf: string;
  /** "2025/26", or "1 Jan 2025 to 30 Jun 2025". */
  currentLabel: string;
  /** "2024/25", or "1 Jan 2024 to 30 Jun 2024". */
  previousLabel: string;
  /** Financial-year labels of the trend, oldest first. */
  trendLabels: string[];
}

/** The same day a year earlier (29 February becomes 28 February). */
export function yearEarlier(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function rangeLabel(range: { from: string; to: string }): string {
  return `${formatDate(range.from)} to ${formatDate(range.to)}`;
}

/**
 * `custom`: a From or To date is in force rather than the whole financial year. `asOf`: the filters'
 * as-of date (never after today).
 */
export function buildScope(filters: Filters, range: { from: string; to: string }, custom: boolean, asOf: string): Scope {
  const previousRange = custom
    ? { from: yearEarlier(range.from), to: yearEarlier(range.to) }
    : yearRange(previousYear(filters.year));
  const lastYear = financialYearOf(range.to);
  const trendLabels = Array.from({ length: TREND_YEARS }, (_, i) => financialYearLabel(lastYear - TREND_YEARS + 1 + i));
  const trendFrom = yearRange(trendLabels[0] as string).from;
  return {
    custom,
    current: metricFilter(filters, range),
    previous: metricFilter(filters, previousRange),
    trend: metricFilter(filters, { from: trendFrom, to: range.to }),
    asOf,
    currentLabel: custom ? rangeLabel(range) : filters.year,
    previousLabel: custom ? rangeLabel(previousRange) : previousYear(filters.year),
    trendLabels,
  };
}

export function useScope(): Scope & { filters: Filters; search: string } {
  const { filters, range, custom, asOf, search } = useFilters();
  return { ...buildScope(filters, range, custom, asOf), filters, search };
}
