import { InputError } from '@sli/shared/api-core';
import { periodOf, periodsBetween } from '@sli/analytics-domain';
import type { MetricFilter, PeriodGrain } from './metric-args';
import type { PeriodModel } from './metric.models';

/** Rejects a range that ends before it starts, naming the field. */
export function assertRange(filter: MetricFilter | undefined): void {
  if (filter?.from && filter.to && filter.to < filter.from) {
    throw new InputError([{ field: 'filter.to', message: 'must be on or after filter.from' }]);
  }
}

/**
 * The periods a time series shows, so periods without records appear with zeros: every period of
 * [from, to]; a bound the filter leaves open is taken from the earliest / latest period with data.
 */
export function seriesPeriods(filter: MetricFilter | undefined, grain: PeriodGrain, dataStarts: readonly string[]): PeriodModel[] {
  const sorted = [...dataStarts].sort();
  const from = filter?.from ?? sorted[0] ?? filter?.to;
  const to = filter?.to ?? sorted[sorted.length - 1] ?? filter?.from;
  if (!from || !to) return [];
  return periodsBetween(from, to, grain) as PeriodModel[];
}

/**
 * The filter narrowed to one period (for a drill-down behind a figure of a time series): the
 * period of `grain` containing `periodStart`, intersected with the filter's own range.
 */
export function narrowToPeriod(filter: MetricFilter | undefined, grain: PeriodGrain, periodStart: string | undefined): MetricFilter {
  if (!periodStart) return { ...filter };
  const p = periodOf(periodStart, grain);
  const from = filter?.from && filter.from > p.start ? filter.from : p.start;
  const to = filter?.to && filter.to < p.end ? filter.to : p.end;
  return { ...filter, from, to };
}
