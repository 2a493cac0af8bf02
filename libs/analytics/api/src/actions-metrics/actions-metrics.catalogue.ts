import type { EntityManager } from 'typeorm';
import { scopeFilter, type MetricDefinition, type MetricScope, type MetricValue } from '../common/metric-catalogue.types';
import { actionSummary } from './action-metrics.queries';
import type { ActionPlanSummaryRow } from './models/action-metrics.models';

/** The overall action figures for a scope: actions due from scope.from to scope.to, as of scope.asOf. */
async function totals(manager: EntityManager, scope: MetricScope): Promise<ActionPlanSummaryRow> {
  const [row] = await actionSummary(manager, scopeFilter(scope), scope.asOf, null);
  if (!row) throw new Error('an ungrouped summary always has one row');
  return row;
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
    compute: async (m, scope) => ({ value: (await totals(m, scope)).open }),
  },
  {
    key: 'actions-overdue',
    label: 'Actions due in the period that are overdue on the date: open and past their due date',
    quadrant: 'how-well',
    unit: 'count',
    polarity: 'lower-is-better',
    compute: async (m, scope) => ({ value: (await totals(m, scope)).overdue }),
  },
  {
    key: 'actions-overdue-any-year',
    label: 'Actions overdue on the date, whatever year they were due: open and past their due date',
    quadrant: 'how-well',
    unit: 'count',
    polarity: 'lower-is-better',
    // Every action due before asOf, so the range's start does not apply (the overdue list's default).
    compute: async (m, scope) => ({ value: (await totals(m, { ...scope, from: '0001-01-01', to: scope.asOf })).overdue }),
  },
  {
    key: 'actions-completed-on-time',
    label: 'Actions due in the period completed on or before their due date (%)',
    quadrant: 'how-well',
    unit: 'percent',
    polarity: 'higher-is-better',
    compute: async (m, scope) => percent((await totals(m, scope)).completedOnTime),
  },
  {
    key: 'actions-impact-evidenced',
    label: 'Completed actions with evidence of impact (%)',
    quadrant: 'better-off',
    unit: 'percent',
    polarity: 'higher-is-better',
    compute: async (m, scope) => percent((await totals(m, scope)).impactEvidenced),
  },
];
