import { rate } from '@sli/analytics-domain';
import { scopeFilter, type MetricDefinition, type MetricScope } from '../common/metric-catalogue.types';
import { overallGradesBy } from './audit-quality.sql';

/** Graded cases of the case audits (every case-grading type) started in the scope's range. */
async function gradedCases(manager: Parameters<MetricDefinition['compute']>[0], scope: MetricScope) {
  const [row] = await overallGradesBy(manager, { by: 'all' }, scopeFilter(scope));
  return { total: row?.total ?? 0, goodOrBetter: (row?.outstanding ?? 0) + (row?.good ?? 0) };
}

/** Scalar metrics of this family, for OBA computed measures and the annual report. */
export const AUDITS_METRICS: MetricDefinition[] = [
  {
    key: 'audit-good-or-better',
    label: 'Audited cases graded good or better',
    quadrant: 'how-well',
    unit: 'percent',
    polarity: 'higher-is-better',
    async compute(manager, scope) {
      // (outstanding + good) / graded cases, of case audits started in the range; 0–100.
      const { total, goodOrBetter } = await gradedCases(manager, scope);
      const r = rate(goodOrBetter, total);
      return { value: r.value === null ? null : 100 * r.value, numerator: r.numerator, denominator: r.denominator };
    },
  },
  {
    key: 'audit-cases-graded',
    activity: true,
    label: 'Cases graded by case audits',
    quadrant: 'how-much',
    unit: 'count',
    polarity: 'higher-is-better',
    async compute(manager, scope) {
      const { total } = await gradedCases(manager, scope);
      return { value: total };
    },
  },
];
