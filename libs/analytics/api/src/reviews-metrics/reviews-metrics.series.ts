import { type Grain, periodsBetween } from '@sli/analytics-domain';
import { InputError } from '@sli/shared/api-core';
import { PeriodGrain } from '../common/metric-args';
import type { PeriodModel } from '../common/metric.models';
import { type DimensionKind, knownKeys, labelOf } from './reviews-metrics.labels';
import type { AggregateRow } from './sql/metric-facts';

const GRAIN: Record<PeriodGrain, Grain> = {
  [PeriodGrain.MONTH]: 'month',
  [PeriodGrain.QUARTER]: 'quarter',
  [PeriodGrain.FINANCIAL_YEAR]: 'financial-year',
  [PeriodGrain.CALENDAR_YEAR]: 'calendar-year',
};

/** More periods than this in one answer is surely a mistake (a century of months). */
const MAX_PERIODS = 1200;

export const grainOf = (grain: PeriodGrain): Grain => GRAIN[grain];

export interface Cell {
  period: PeriodModel | null;
  key: string | null;
  label: string;
}

export interface SeriesOptions {
  grain: PeriodGrain | null;
  from?: string;
  to?: string;
  dimension: DimensionKind | null;
  /** Keys to show even with no records (e.g. the partnerships filtered on), with their labels. */
  alwaysKeys?: ReadonlyMap<string, string>;
}

/**
 * Turns aggregate rows into a full time series: every period of the range (the filter's, else the
 * data's) times every key (all values of an enumerated dimension, else the keys found plus
 * `alwaysKeys`, else the "no value" key), with `toRow(cell, undefined)` where there were no records.
 */
export function fillSeries<F extends string, R>(
  rows: readonly AggregateRow<F>[],
  opts: SeriesOptions,
  toRow: (cell: Cell, row: AggregateRow<F> | undefined) => R,
): R[] {
  const byCell = new Map(rows.map((r) => [cellId(r.period_start, r.key), r]));

  const keys = new Map<string | null, string>();
  const known = opts.dimension ? knownKeys(opts.dimension) : null;
  for (const [key, label] of Object.entries(known ?? {})) keys.set(key, label);
  for (const [key, label] of opts.alwaysKeys ?? []) keys.set(key, label);
  const found = [...rows]
    .filter((r) => !keys.has(r.key))
    .map((r) => [r.key, labelOf(opts.dimension, r.key, r.label)] as const)
    .sort(([ka, a], [kb, b]) => (ka === null ? 1 : kb === null ? -1 : a.localeCompare(b)));
  for (const [key, label] of found) keys.set(key, label);
  // With no breakdown, or a breakdown by records of which there are none, every period still shows.
  if (opts.dimension === null || keys.size === 0) keys.set(null, labelOf(opts.dimension, null, null));

  const out: R[] = [];
  for (const period of periodsOf(rows, opts)) {
    for (const [key, label] of keys) {
      out.push(toRow({ period, key, label }, byCell.get(cellId(period?.start ?? null, key))));
    }
  }
  return out;
}

function periodsOf(rows: readonly AggregateRow<string>[], opts: SeriesOptions): (PeriodModel | null)[] {
  if (opts.grain === null) return [null];
  const starts = rows.map((r) => r.period_start).filter((s): s is string => s !== null).sort();
  const from = opts.from ?? starts[0];
  const to = opts.to ?? starts[starts.length - 1];
  if (!from || !to || to < from) return [];
  const grain = opts.grain;
  const periods = periodsBetween(from, to, GRAIN[grain]);
  if (periods.length > MAX_PERIODS) {
    throw new InputError([{ field: 'grain', message: `would give ${periods.length} periods; narrow the range or use a longer grain` }]);
  }
  return periods.map((p) => ({ ...p, grain }));
}

const cellId = (periodStart: string | null, key: string | null) => `${periodStart ?? ''}\u0000${key ?? '\u0001'}`;
