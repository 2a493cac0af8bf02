import { periodsBetween, type Grain } from '@sli/analytics-domain';
import type { EntityManager } from 'typeorm';
import { PeriodGrain, type MetricFilter } from './metric-args';

/** Where and when a scalar metric is computed. */
export interface MetricScope {
  partnershipIds: string[];
  /** Inclusive range of the records' defining dates. */
  from: string;
  to: string;
  /** The "as of" date for figures that depend on today (overdue, outstanding). */
  asOf: string;
  /** The page filters, as each family's metric queries read them (omitted: not narrowed). */
  agencyId?: string | null;
  reviewTypes?: string[] | null;
  themeId?: string | null;
}

/** The metric filter of a scope: the same filter the family's GraphQL metric takes. */
export function scopeFilter(scope: MetricScope): MetricFilter {
  return {
    partnershipIds: scope.partnershipIds,
    from: scope.from,
    to: scope.to,
    ...(scope.agencyId ? { agencyId: scope.agencyId } : {}),
    ...(scope.reviewTypes ? { reviewTypes: scope.reviewTypes } : {}),
    ...(scope.themeId ? { themeId: scope.themeId } : {}),
  };
}

export interface MetricValue {
  /** Counts as counts; percentages from 0 to 100; null when there is nothing to measure. */
  value: number | null;
  numerator?: number;
  denominator?: number;
}

/**
 * One built-in metric reduced to a single number for a scope: what OBA computed measures and the
 * annual report's headline figures use. Keys are stable (measures store them).
 */
export interface MetricDefinition {
  key: string;
  label: string;
  quadrant: 'how-much' | 'how-well' | 'better-off';
  unit: 'count' | 'percent' | 'days' | 'score';
  polarity: 'higher-is-better' | 'lower-is-better';
  /**
   * A count of the partnership's activity (notifications, reviews started, people trained): more is
   * neither good nor bad news in itself, so pages describe its change (up, down) and never judge it.
   * `polarity` still orients OBA charts of it.
   */
  activity?: true;
  compute(manager: EntityManager, scope: MetricScope): Promise<MetricValue>;
  /**
   * The same figure for each partnership of `scope.partnershipIds` on its own, by id (a partnership
   * with no records has its empty value), grouped by partnership in the statements `compute` runs
   * once: the annual reports and OBA series of many partnerships use it instead of one `compute` each.
   */
  computeEach(manager: EntityManager, scope: MetricScope): Promise<Map<string, MetricValue>>;
  /**
   * `computeEach` for every period of `grain` in the scope's range at once, by period start then
   * partnership id (every period and partnership present; one with no records has its empty value),
   * in the statements `computeEach` runs once, grouped by period too. `scope.from` and `scope.to` are
   * the first and last days of whole periods. Only where a period's figure depends on nothing but the
   * records whose defining date falls in it and the one "as of" date: an OBA series of 40 quarters is
   * then one statement per family, not 40. Absent: the series computes each period with `computeEach`.
   */
  computeSeries?(manager: EntityManager, scope: MetricScope, grain: Grain): Promise<SeriesValues>;
}

/** Each period's values (by its first day), each a map of partnership id to value. */
export type SeriesValues = Map<string, Map<string, MetricValue>>;

/** Each partnership's value from rows keyed by partnership id; `empty` for one without a row. */
export function eachPartnership<R>(scope: MetricScope, rows: ReadonlyMap<string, R>, empty: R, value: (row: R) => MetricValue): Map<string, MetricValue> {
  return new Map(scope.partnershipIds.map((id) => [id, value(rows.get(id) ?? empty)]));
}

/** The SQL grain of a reporting grain (the same names). */
export function periodGrain(grain: Grain): PeriodGrain {
  switch (grain) {
    case 'month':
      return PeriodGrain.MONTH;
    case 'quarter':
      return PeriodGrain.QUARTER;
    case 'financial-year':
      return PeriodGrain.FINANCIAL_YEAR;
    case 'calendar-year':
      return PeriodGrain.CALENDAR_YEAR;
  }
}

/**
 * Each period's and partnership's value from rows keyed by period start and partnership id
 * (`seriesKey`): every period of `grain` in the scope's range, `empty` for a cell without a row.
 */
export function eachPeriodAndPartnership<R>(
  scope: MetricScope,
  grain: Grain,
  rows: ReadonlyMap<string, R>,
  empty: R,
  value: (row: R) => MetricValue,
): SeriesValues {
  return new Map(
    periodsBetween(scope.from, scope.to, grain).map((p) => [
      p.start,
      new Map(scope.partnershipIds.map((id) => [id, value(rows.get(seriesKey(p.start, id)) ?? empty)])),
    ]),
  );
}

/** The key of one period's (by its first day, as text) and partnership's row. */
export const seriesKey = (periodStart: string, partnershipId: string) => `${periodStart}|${partnershipId}`;
