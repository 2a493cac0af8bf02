import { rate } from '@sli/analytics-domain';
import { scopeFilter, type MetricDefinition, type MetricScope } from '../common/metric-catalogue.types';
import { TrainingMetricsGroupBy } from './training-metrics.enums';
import { impactRows, reachRows } from './training-metrics.sql';

type Manager = Parameters<MetricDefinition['compute']>[0];

const filterOf = scopeFilter;

/** Reach over sessions held in the scope's range, in one bucket. */
async function reach(manager: Manager, scope: MetricScope) {
  const [row] = await reachRows(manager, filterOf(scope), null, TrainingMetricsGroupBy.NONE);
  return { sessions: row?.sessions ?? 0, bookings: row?.bookings ?? 0, attendances: row?.attendances ?? 0, dna: row?.did_not_attend ?? 0 };
}

async function impact(manager: Manager, scope: MetricScope) {
  const [row] = await impactRows(manager, filterOf(scope), null, TrainingMetricsGroupBy.NONE, scope.asOf);
  return row;
}

const percent = (numerator: number, denominator: number) => {
  const r = rate(numerator, denominator);
  return { value: r.value === null ? null : 100 * r.value, numerator, denominator };
};

/** Scalar metrics of this family, for OBA computed measures and the annual report. */
export const TRAINING_METRICS: MetricDefinition[] = [
  {
    key: 'training-sessions',
    activity: true,
    label: 'Training sessions held',
    quadrant: 'how-much',
    unit: 'count',
    polarity: 'higher-is-better',
    async compute(manager, scope) {
      return { value: (await reach(manager, scope)).sessions };
    },
  },
  {
    key: 'training-reach',
    activity: true,
    label: 'Practitioners attending training',
    quadrant: 'how-much',
    unit: 'count',
    polarity: 'higher-is-better',
    async compute(manager, scope) {
      // Bookings attended (attended = true) at sessions held in the range.
      return { value: (await reach(manager, scope)).attendances };
    },
  },
  {
    key: 'training-dna-rate',
    label: 'Training places booked but not attended',
    quadrant: 'how-well',
    unit: 'percent',
    polarity: 'lower-is-better',
    async compute(manager, scope) {
      // did not attend / bookings, 0–100.
      const r = await reach(manager, scope);
      return percent(r.dna, r.bookings);
    },
  },
  {
    key: 'training-confidence-change',
    label: 'Mean change in confidence after training (1–5 scale)',
    quadrant: 'better-off',
    unit: 'score',
    polarity: 'higher-is-better',
    async compute(manager, scope) {
      // Sum of (after − before) / evaluations submitted by asOf; numerator and denominator are that sum and n.
      const row = await impact(manager, scope);
      const n = row?.evaluations ?? 0;
      const sum = (row?.confidence_after_sum ?? 0) - (row?.confidence_before_sum ?? 0);
      return { value: n > 0 ? sum / n : null, numerator: sum, denominator: n };
    },
  },
  {
    key: 'training-practice-change',
    label: 'Training attendees reporting changed practice at follow-up',
    quadrant: 'better-off',
    unit: 'percent',
    polarity: 'higher-is-better',
    async compute(manager, scope) {
      // changed practice / follow-ups responded to by asOf, of sessions held in the range; 0–100.
      const row = await impact(manager, scope);
      return percent(row?.changed_practice ?? 0, row?.follow_ups_responded ?? 0);
    },
  },
];
