import { financialYearLabel, financialYearOf, yearEarlier } from '@sli/analytics-domain';
import { metricFilter, previousYear, useFilters, type Filters } from '@sli/shared/data-access';
import { formatDate } from '@sli/shared/ui';
import { TREND_YEARS } from './headline-keys';


type Filter = ReturnType<typeof metricFilter>;

/** What the overview compares: the chosen period (the API adds the one before and the trend years). */
export interface Scope {
  /** A custom from/to range rather than a financial year. */
  custom: boolean;
  current: Filter;
  /** The as-of date asked for; the API never judges later than today. */
  asOf: string;
  /** "2025/26", or "1 Jan 2025 to 30 Jun 2025". */
  currentLabel: string;
  /** "2024/25", or "1 Jan 2024 to 30 Jun 2024". */
  previousLabel: string;
  /** Financial-year labels of the trend, oldest first. */
  trendLabels: string[];
}

export function rangeLabel(range: { from: string; to: string }): string {
  return `${formatDate(range.from)} to ${formatDate(range.to)}`;
}

/**
 * `custom`: a From or To date is in force rather than the whole financial year. `asOf`: the filters'
 * as-of date (never after today).
 */
export function buildScope(filters: Filters, range: { from: string; to: string }, custom: boolean, asOf: string): Scope {
  const lastYear = financialYearOf(range.to);
  return {
    custom,
    current: metricFilter(filters, range),
    asOf,
    currentLabel: custom ? rangeLabel(range) : filters.year,
    previousLabel: custom ? rangeLabel({ from: yearEarlier(range.from), to: yearEarlier(range.to) }) : previousYear(filters.year),
    trendLabels: Array.from({ length: TREND_YEARS }, (_, i) => financialYearLabel(lastYear - TREND_YEARS + 1 + i)),
  };
}

export function useScope(): Scope & { filters: Filters; search: string } {
  const { filters, range, custom, asOf, search } = useFilters();
  return { ...buildScope(filters, range, custom, asOf), filters, search };
}
