import { Module } from '@nestjs/common';
import { ActionMetricsResolver } from './action-metrics.resolver';
import { ActionMetricsService } from './action-metrics.service';

/** Action plan metrics: summaries by committee, owner, source and theme; overdue lists; completion over time. */
@Module({
  providers: [ActionMetricsService, ActionMetricsResolver],
  exports: [ActionMetricsService],
})
export class ActionsMetricsModule {}
