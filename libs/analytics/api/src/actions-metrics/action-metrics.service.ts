import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ANALYTICS_READS, InputError, type FieldProblem, type Page, type PageArgs } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import type { MetricFilter } from '../common/metric-args';
import { ActionMetricsCell } from './action-metrics.enums';
import { actionRegister, decodeRegisterOffset } from './action-register';
import { actionCompletionSeries, actionSummary, listActions, periodBounds } from './action-metrics.queries';
import type { ActionCompletionSeriesArgs, ActionMetricsArgs, ActionPlanSummaryArgs, ActionRegisterArgs, ActionsBehindArgs } from './dto/action-metrics.args';
import type { ActionCompletionPeriod, ActionMetricsItem, ActionPlanSummaryRow } from './models/action-metrics.models';

/** Action plan analytics (DESIGN.md sections 2 and 4); the SQL lives in action-metrics.queries.ts. */
@Injectable()
export class ActionMetricsService {
  constructor(@InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource) {}

  async totals(args: ActionMetricsArgs): Promise<ActionPlanSummaryRow> {
    checkFilter(args.filter);
    const [row] = await actionSummary(this.dataSource.manager, args.filter, args.asOf, null);
    if (!row) throw new Error('an ungrouped summary always has one row');
    return row;
  }

  summary(args: ActionPlanSummaryArgs): Promise<ActionPlanSummaryRow[]> {
    checkFilter(args.filter);
    return actionSummary(this.dataSource.manager, args.filter, args.asOf, args.groupBy);
  }

  series(args: ActionCompletionSeriesArgs): Promise<ActionCompletionPeriod[]> {
    checkFilter(args.filter);
    return actionCompletionSeries(this.dataSource.manager, args.filter, args.grain, args.asOf);
  }

  overdue(args: ActionMetricsArgs, page: PageArgs): Promise<Page<ActionMetricsItem>> {
    checkFilter(args.filter);
    return listActions(this.dataSource.manager, { filter: args.filter, asOf: args.asOf, cell: ActionMetricsCell.OVERDUE }, page);
  }

  register(args: ActionRegisterArgs, page: PageArgs): Promise<Page<ActionMetricsItem> & { offset: number }> {
    if (page.after && args.offset !== undefined && args.offset !== null) {
      throw new InputError([{ field: 'offset', message: 'cannot be given with after: page by one or the other' }]);
    }
    return actionRegister(this.dataSource.manager, {
      filter: args.filter,
      asOf: args.asOf,
      statuses: args.statuses ?? undefined,
      brags: args.brags ?? undefined,
      reviewId: args.reviewId ?? undefined,
      group: args.group ? { by: args.group.by, key: args.group.key ?? null } : undefined,
      sort: args.sort,
      descending: args.descending,
      offset: page.after ? decodeRegisterOffset(page.after) : (args.offset ?? 0),
      first: page.first,
    });
  }

  behind(args: ActionsBehindArgs, page: PageArgs): Promise<Page<ActionMetricsItem>> {
    const problems = filterProblems(args.filter);
    if ((args.grain === undefined || args.grain === null) !== (args.periodStart === undefined || args.periodStart === null)) {
      problems.push({ field: args.grain ? 'periodStart' : 'grain', message: 'is required with grain and periodStart: give both or neither' });
    }
    if (problems.length > 0) throw new InputError(problems);
    return listActions(
      this.dataSource.manager,
      {
        filter: args.filter,
        asOf: args.asOf,
        cell: args.cell,
        status: args.status ?? undefined,
        brag: args.brag ?? undefined,
        group: args.group ? { by: args.group.by, key: args.group.key ?? null } : undefined,
        period: args.grain && args.periodStart ? periodBounds(args.grain, args.periodStart) : undefined,
      },
      page,
    );
  }
}

function filterProblems(filter: MetricFilter | undefined): FieldProblem[] {
  return filter?.from && filter.to && filter.to < filter.from ? [{ field: 'filter.to', message: 'must be on or after filter.from' }] : [];
}

function checkFilter(filter: MetricFilter | undefined): void {
  const problems = filterProblems(filter);
  if (problems.length > 0) throw new InputError(problems);
}
