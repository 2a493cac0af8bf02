import { Args, Query, Resolver } from '@nestjs/graphql';
import { PageArgs } from '@sli/shared/api-core';
import { ActionMetricsService } from './action-metrics.service';
import { ActionCompletionSeriesArgs, ActionMetricsArgs, ActionPlanSummaryArgs, ActionRegisterArgs, ActionsBehindArgs } from './dto/action-metrics.args';
import { ActionCompletionPeriod, ActionMetricsItemConnection, ActionPlanSummaryRow, ActionRegisterPage } from './models/action-metrics.models';

@Resolver()
export class ActionMetricsResolver {
  constructor(private readonly service: ActionMetricsService) {}

  @Query(() => ActionPlanSummaryRow, {
    description: 'Action plan figures for every action the filter selects (by due date), as of a date: open, completed, overdue, by status and BRAG, and the on-time and impact rates.',
  })
  actionMetrics(@Args() args: ActionMetricsArgs): Promise<ActionPlanSummaryRow> {
    return this.service.totals(args);
  }

  @Query(() => [ActionPlanSummaryRow], {
    description: 'The same figures, one row per review, review type, owner agency, sector, committee, theme or partnership; rows by label, "none recorded" last.',
  })
  actionPlanSummary(@Args() args: ActionPlanSummaryArgs): Promise<ActionPlanSummaryRow[]> {
    return this.service.summary(args);
  }

  @Query(() => ActionMetricsItemConnection, { description: 'Open actions due before asOf, most overdue first, with days overdue.' })
  overdueActions(@Args() args: ActionMetricsArgs, @Args() page: PageArgs): Promise<ActionMetricsItemConnection> {
    return this.service.overdue(args, page);
  }

  @Query(() => [ActionCompletionPeriod], {
    description: 'Per period of due dates: actions due, completed on time, completed late, outstanding and overdue as of asOf; empty periods as zeros.',
  })
  actionCompletionSeries(@Args() args: ActionCompletionSeriesArgs): Promise<ActionCompletionPeriod[]> {
    return this.service.series(args);
  }

  @Query(() => ActionMetricsItemConnection, {
    description: 'The actions behind one figure of actionMetrics, actionPlanSummary or actionCompletionSeries: the same filter and asOf, the cell, and the status, BRAG, group or period it is in. By due date.',
  })
  actionsBehind(@Args() args: ActionsBehindArgs, @Args() page: PageArgs): Promise<ActionMetricsItemConnection> {
    return this.service.behind(args, page);
  }

  @Query(() => ActionRegisterPage, {
    description:
      'The action register: every action the filters select (status and BRAG as of asOf, owner agency, review, theme, summary row, due between filter.from and filter.to), sorted on the server, a page at a time by offset or after.',
  })
  actionRegister(@Args() args: ActionRegisterArgs, @Args() page: PageArgs): Promise<ActionRegisterPage> {
    return this.service.register(args, page);
  }
}
