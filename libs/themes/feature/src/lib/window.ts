import { metricFilter, useFilters } from '@sli/shared/data-access';
import { formatDate } from '@sli/shared/ui';

/** How many financial years the trend, heatmap and co-occurrence cover, ending with the chosen year. */
export const YEARS = 5;

/**
 * The page's date window: the custom range when one is set, else the five financial years ending
 * with the chosen year (2021/22 to 2025/26 for 2025/26).
 */
export function pageWindow(custom: boolean, range: { from: string; to: string }): { from: string; to: string } {
  if (custom) return range;
  const start = Number(range.to.slice(0, 4)) - YEARS;
  return { from: `${start}-04-01`, to: range.to };
}

/** The shared filters as a MetricFilter over the page's window, and the chosen period for emerging themes. */
export function useThemesFilters() {
  const { filters, range, custom, search } = useFilters();
  const window = pageWindow(custom, range);
  return {
    filters,
    search,
    window,
    /** The MetricFilter over the page's window. */
    filter: metricFilter(filters, window),
    /** Without dates: the drill-down adds the figure's own dates. */
    baseFilter: { ...metricFilter(filters, range), from: null, to: null },
    /**
     * Emerging themes compare this period with the one before: the financial year, or the custom range.
     * financialYear is left out (undefined), not null, with a custom range: the API reads null as given.
     */
    emerging: custom
      ? { financialYear: undefined, filter: metricFilter(filters, range), label: `${formatDate(range.from)} to ${formatDate(range.to)}` }
      : { financialYear: filters.year, filter: { ...metricFilter(filters, range), from: null, to: null }, label: filters.year },
    custom,
  };
}

/** The later of two ISO dates. */
export const later = (a: string, b: string) => (a > b ? a : b);
/** The earlier of two ISO dates. */
export const earlier = (a: string, b: string) => (a < b ? a : b);
