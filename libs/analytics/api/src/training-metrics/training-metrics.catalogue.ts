import { rate, type Grain } from '@sli/analytics-domain';
import {
  eachPartnership,
  eachPeriodAndPartnership,
  periodGrain,
  scopeFilter,
  seriesKey,
  type MetricDefinition,
  type MetricScope,
  type MetricValue,
} from '../common/metric-catalogue.types';
import { TrainingMetricsGroupBy } from './training-metrics.enums';
import { impactRows, impactSeriesRows, reachRows, type ImpactRow, type ReachRow } from './training-metrics.sql';

type Manager = Parameters<MetricDefinition['compute']>[0];
type Family = Pick<MetricDefinition, 'compute' | 'computeEach' | 'computeSeries'>;

/** Rows by period (the session date's) and partnership: training's figures of a period are its sessions'. */
const byPeriodAndPartnership = <R extends { period_start: string; group_key: string | null }, V>(rows: readonly R[], of: (row: R) => V) =>
  new Map(rows.map((r) => [seriesKey(r.period_start, r.group_key as string), of(r)]));

interface Reach {
  sessions: number;
  bookings: number;
  attendances: number;
  dna: number;
}

const reachOf = (row: ReachRow | undefined): Reach => ({
  sessions: row?.sessions ?? 0,
  bookings: row?.bookings ?? 0,
  attendances: row?.attendances ?? 0,
  dna: row?.did_not_attend ?? 0,
});

/** `compute`, `computeEach` and `computeSeries` of a metric over the reach of the sessions held in the scope's range. */
function fromReach(value: (r: Reach) => MetricValue): Family {
  return {
    compute: async (m: Manager, s: MetricScope) => value(reachOf((await reachRows(m, scopeFilter(s), null, TrainingMetricsGroupBy.NONE))[0])),
    computeEach: async (m: Manager, s: MetricScope) => {
      const rows = await reachRows(m, scopeFilter(s), null, TrainingMetricsGroupBy.PARTNERSHIP);
      return eachPartnership(s, new Map(rows.map((r) => [r.group_key as string, reachOf(r)])), reachOf(undefined), value);
    },
    computeSeries: async (m: Manager, s: MetricScope, grain: Grain) => {
      const rows = await reachRows(m, scopeFilter(s), periodGrain(grain), TrainingMetricsGroupBy.PARTNERSHIP);
      return eachPeriodAndPartnership(s, grain, byPeriodAndPartnership(rows, reachOf), reachOf(undefined), value);
    },
  };
}

/** `compute`, `computeEach` and `computeSeries` of a metric over the evaluations and follow-ups of those sessions, as of the scope's date. */
function fromImpact(value: (r: ImpactRow | undefined) => MetricValue): Family {
  return {
    compute: async (m: Manager, s: MetricScope) => value((await impactRows(m, scopeFilter(s), null, TrainingMetricsGroupBy.NONE, s.asOf))[0]),
    computeEach: async (m: Manager, s: MetricScope) => {
      const rows = await impactRows(m, scopeFilter(s), null, TrainingMetricsGroupBy.PARTNERSHIP, s.asOf);
      return eachPartnership<ImpactRow | undefined>(s, new Map(rows.map((r) => [r.group_key as string, r])), undefined, value);
    },
    computeSeries: async (m: Manager, s: MetricScope, grain: Grain) => {
      const rows = await impactSeriesRows(m, scopeFilter(s), periodGrain(grain), s.asOf);
      return eachPeriodAndPartnership<ImpactRow | undefined>(s, grain, byPeriodAndPartnership(rows, (r) => r), undefined, value);
    },
  };
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
    ...fromReach((r) => ({ value: r.sessions })),
  },
  {
    key: 'training-reach',
    activity: true,
    label: 'Practitioners attending training',
    quadrant: 'how-much',
    unit: 'count',
    polarity: 'higher-is-better',
    // Bookings attended (attended = true) at sessions held in the range.
    ...fromReach((r) => ({ value: r.attendances })),
  },
  {
    key: 'training-dna-rate',
    label: 'Training places booked but not attended',
    quadrant: 'how-well',
    unit: 'percent',
    polarity: 'lower-is-better',
    // did not attend / bookings, 0–100.
    ...fromReach((r) => percent(r.dna, r.bookings)),
  },
  {
    key: 'training-confidence-change',
    label: 'Mean change in confidence after training (1–5 scale)',
    quadrant: 'better-off',
    unit: 'score',
    polarity: 'higher-is-better',
    // Sum of (after − before) / evaluations submitted by asOf; numerator and denominator are that sum and n.
    ...fromImpact((row) => {
      const n = row?.evaluations ?? 0;
      const sum = (row?.confidence_after_sum ?? 0) - (row?.confidence_before_sum ?? 0);
      return { value: n > 0 ? sum / n : null, numerator: sum, denominator: n };
    }),
  },
  {
    key: 'training-practice-change',
    label: 'Training attendees reporting changed practice at follow-up',
    quadrant: 'better-off',
    unit: 'percent',
    polarity: 'higher-is-better',
    // changed practice / follow-ups responded to by asOf, of sessions held in the range; 0–100.
    ...fromImpact((row) => percent(row?.changed_practice ?? 0, row?.follow_ups_responded ?? 0)),
  },
];
