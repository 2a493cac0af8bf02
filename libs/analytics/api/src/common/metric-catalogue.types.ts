import type { EntityManager } from 'typeorm';

/** Where and when a scalar metric is computed. */
export interface MetricScope {
  partnershipIds: string[];
  /** Inclusive range of the records' defining dates. */
  from: string;
  to: string;
  /** The "as of" date for figures that depend on today (overdue, outstanding). */
  asOf: string;
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
  compute(manager: EntityManager, scope: MetricScope): Promise<MetricValue>;
}
