import { rate, type Grain } from '@sli/analytics-domain';
import type { EntityManager } from 'typeorm';
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
import { actionSummary } from './action-metrics.queries';
import { actionTotalsByPeriod } from './action-totals-series.sql';
import { ActionPlanGroupBy } from './action-metrics.enums';
import type { ActionPlanSummaryRow } from './models/action-metrics.models';

type Totals = Pick<ActionPlanSummaryRow, 'open' | 'overdue' | 'completedOnTime' | 'impactEvidenced'>;

/** A partnership with no actions in the scope. */
const NO_ACTIONS: Totals = { open: 0, overdue: 0, completedOnTime: rate(0, 0), impactEvidenced: rate(0, 0) };

/** The overall action figures for a scope: actions due from scope.from to scope.to, as of scope.asOf. */
async function totals(manager: EntityManager, scope: MetricScope): Promise<Totals> {
  const [row] = await actionSummary(manager, scopeFilter(scope), scope.asOf, null);
  if (!row) throw new Error('an ungrouped summary always has one row');
  return row;
}

/** The same figures for each partnership of the scope, in one statement grouped by partnership. */
async function totalsEach(manager: EntityManager, scope: MetricScope): Promise<Map<string, Totals>> {
  const rows = await actionSummary(manager, scopeFilter(scope), scope.asOf, ActionPlanGroupBy.PARTNERSHIP);
  return new Map(rows.map((r) => [r.key as string, r]));
}

/** The same figures for each period of `grain` (by due date) and partnership, in one statement grouped by both. */
async function totalsSeries(manager: EntityManager, scope: MetricScope, grain: Grain): Promise<Map<string, Totals>> {
  const rows = await actionTotalsByPeriod(manager, scopeFilter(scope), periodGrain(grain), scope.asOf);
  return new Map(rows.map((r) => [seriesKey(r.periodStart, r.partnershipId), r]));
}

/**
 * `compute`, `computeEach` and `computeSeries` of a metric read from the action totals. `widened`
 * widens the scope past the period (every year to the date): then a period's figure is not that of the
 * actions due in it, and the series computes it period by period.
 */
function fromTotals(value: (t: Totals) => MetricValue, widened?: (s: MetricScope) => MetricScope): Pick<MetricDefinition, 'compute' | 'computeEach' | 'computeSeries'> {
  const scoped = widened ?? ((s: MetricScope) => s);
  return {
    compute: async (m, s) => value(await totals(m, scoped(s))),
    computeEach: async (m, s) => eachPartnership(s, await totalsEach(m, scoped(s)), NO_ACTIONS, value),
    ...(widened ? {} : { computeSeries: async (m: EntityManager, s: MetricScope, grain: Grain) => eachPeriodAndPartnership(s, grain, await totalsSeries(m, s, grain), NO_ACTIONS, value) }),
  };
}

const percent = (r: { numerator: number; denominator: number; value: number | null }): MetricValue => ({
  value: r.value === null ? null : r.value * 100,
  numerator: r.numerator,
  denominator: r.denominator,
});

/** Scalar metrics of this family, for OBA computed measures and the annual report. */
export const ACTIONS_METRICS: MetricDefinition[] = [
  {
    key: 'actions-open',
    activity: true,
    label: 'Actions open (not started or in progress), due in the period',
    quadrant: 'how-much',
    unit: 'count',
    polarity: 'lower-is-better',
    ...fromTotals((t) => ({ value: t.open })),
  },
  {
    key: 'actions-overdue',
    label: 'Actions due in the period that are overdue on the date: open and past their due date',
    quadrant: 'how-well',
    unit: 'count',
    polarity: 'lower-is-better',
    ...fromTotals((t) => ({ value: t.overdue })),
  },
  {
    key: 'actions-overdue-any-year',
    label: 'Actions overdue on the date, whatever year they were due: open and past their due date',
    quadrant: 'how-well',
    unit: 'count',
    polarity: 'lower-is-better',
    // Every action due before asOf, so the range's start does not apply (the overdue list's default).
    ...fromTotals((t) => ({ value: t.overdue }), (s) => ({ ...s, from: '0001-01-01', to: s.asOf })),
  },
  {
    key: 'actions-completed-on-time',
    label: 'Actions due in the period completed on or before their due date (%)',
    quadrant: 'how-well',
    unit: 'percent',
    polarity: 'higher-is-better',
    ...fromTotals((t) => percent(t.completedOnTime)),
  },
  {
    key: 'actions-impact-evidenced',
    label: 'Completed actions with evidence of impact (%)',
    quadrant: 'better-off',
    unit: 'percent',
    polarity: 'higher-is-better',
    ...fromTotals((t) => percent(t.impactEvidenced)),
  },
];
