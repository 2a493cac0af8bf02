import { rate } from '@sli/analytics-domain';
import type { EntityManager } from 'typeorm';
import type { MetricFilter, PeriodGrain } from '../common/metric-args';
import { periodStartSql, SqlParams } from '../common/sql-params';
import { ActionMetricsCell } from './action-metrics.enums';
import { actionsFrom, cellSql, filterSql } from './action-metrics.sql';
import type { ActionPlanSummaryRow } from './models/action-metrics.models';

/** The action figures the metric catalogue reads, of one period and partnership. */
export interface ActionPeriodTotals extends Pick<ActionPlanSummaryRow, 'open' | 'overdue' | 'completedOnTime' | 'impactEvidenced'> {
  /** First day of the period of the actions' due date. */
  periodStart: string;
  partnershipId: string;
}

const int = (v: unknown) => Number(v ?? 0);

/**
 * `actionSummary`'s open, overdue, completed-on-time and impact-evidenced figures as of `asOf`, for each
 * period of `grain` (an action falls in the period of its due date) and partnership, in one statement:
 * the same cells and rates, so each period's figures are the summary's for that period's range. Only
 * periods and partnerships with actions have a row.
 */
export async function actionTotalsByPeriod(
  m: EntityManager,
  filter: MetricFilter,
  grain: PeriodGrain,
  asOf: string,
): Promise<ActionPeriodTotals[]> {
  const p = new SqlParams();
  const at = p.add(asOf);
  const asOfParam = () => at;
  const count = (name: string, cell: ActionMetricsCell) => `count(*) FILTER (WHERE ${cellSql(cell, asOfParam)}) AS ${name}`;
  const conditions = filterSql(filter, p);
  // The summary's shape: the actions as of the day in a subquery, counted outside it.
  const sql = `
    SELECT a.period_start, a.partnership_id,
      ${count('open', ActionMetricsCell.OPEN)},
      ${count('completed', ActionMetricsCell.COMPLETED)},
      ${count('overdue', ActionMetricsCell.OVERDUE)},
      ${count('on_time', ActionMetricsCell.COMPLETED_ON_TIME)},
      ${count('impact', ActionMetricsCell.IMPACT_EVIDENCED)}
    FROM (
      SELECT a.id, a.status, a.due_on, a.completed_on, a.partnership_id::text AS partnership_id,
        (${periodStartSql(grain, 'a.due_on')})::text AS period_start
      FROM ${actionsFrom(at)}
      ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
    ) a
    GROUP BY 1, 2`;
  const rows = (await m.query(sql, p.values)) as Record<string, unknown>[];
  return rows.map((r) => ({
    periodStart: String(r['period_start']),
    partnershipId: String(r['partnership_id']),
    open: int(r['open']),
    overdue: int(r['overdue']),
    completedOnTime: rate(int(r['on_time']), int(r['completed']) + int(r['overdue'])),
    impactEvidenced: rate(int(r['impact']), int(r['completed'])),
  }));
}
