import { metricFilter, useFilters, type MetricFilter } from '@sli/shared/data-access';

/** What every figure on the page is about: the filter, the as-of date, and the review when one is chosen. */
export interface Scope {
  filter: MetricFilter;
  asOf: string;
  reviewId: string | null;
}

/**
 * The page filters as the analytics filter. A review's action plan is shown whole, whatever the due
 * dates of its actions, so the date range only sets the as-of date then.
 */
export function useScope(reviewId: string | null): Scope {
  const { filters, range, asOf } = useFilters();
  const filter = metricFilter(filters, range);
  return { filter: reviewId ? { ...filter, from: null, to: null } : filter, asOf, reviewId };
}
