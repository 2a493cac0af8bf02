import { rate, type Grain } from '@sli/analytics-domain';
import type { EntityManager } from 'typeorm';
import {
  eachPartnership,
  eachPeriodAndPartnership,
  periodGrain,
  scopeFilter,
  type MetricDefinition,
  type MetricScope,
  type MetricValue,
} from '../common/metric-catalogue.types';
import { overallGradesBy, type OverallGradesRow } from './audit-quality.sql';

interface Graded {
  total: number;
  goodOrBetter: number;
}

const graded = (row: OverallGradesRow | undefined): Graded => ({ total: row?.total ?? 0, goodOrBetter: (row?.outstanding ?? 0) + (row?.good ?? 0) });

/**
 * `compute`, `computeEach` and `computeSeries` of a metric over the graded cases of the case audits
 * (every case-grading type) started in the scope's range: one statement, grouped by partnership for
 * `computeEach`, and by the period of the audit's start too for `computeSeries`.
 */
function fromGradedCases(value: (g: Graded) => MetricValue): Pick<MetricDefinition, 'compute' | 'computeEach' | 'computeSeries'> {
  return {
    compute: async (m: EntityManager, s: MetricScope) => value(graded((await overallGradesBy(m, { by: 'all' }, scopeFilter(s)))[0])),
    computeEach: async (m: EntityManager, s: MetricScope) => {
      const rows = await overallGradesBy(m, { by: 'partnership' }, scopeFilter(s));
      return eachPartnership(s, new Map(rows.map((r) => [r.key, graded(r)])), graded(undefined), value);
    },
    computeSeries: async (m: EntityManager, s: MetricScope, grain: Grain) => {
      const rows = await overallGradesBy(m, { by: 'period-and-partnership', grain: periodGrain(grain) }, scopeFilter(s));
      return eachPeriodAndPartnership(s, grain, new Map(rows.map((r) => [r.key, graded(r)])), graded(undefined), value);
    },
  };
}

/** Scalar metrics of this family, for OBA computed measures and the annual report. */
export const AUDITS_METRICS: MetricDefinition[] = [
  {
    key: 'audit-good-or-better',
    label: 'Audited cases graded good or better',
    quadrant: 'how-well',
    unit: 'percent',
    polarity: 'higher-is-better',
    // (outstanding + good) / graded cases, of case audits started in the range; 0–100.
    ...fromGradedCases(({ total, goodOrBetter }) => {
      const r = rate(goodOrBetter, total);
      return { value: r.value === null ? null : 100 * r.value, numerator: r.numerator, denominator: r.denominator };
    }),
  },
  {
    key: 'audit-cases-graded',
    activity: true,
    label: 'Cases graded by case audits',
    quadrant: 'how-much',
    unit: 'count',
    polarity: 'higher-is-better',
    ...fromGradedCases(({ total }) => ({ value: total })),
  },
];
