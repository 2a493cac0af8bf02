import { Module } from '@nestjs/common';
import { TrainingModule } from '@sli/training-api';
import { TrainingMetricsResolver } from './training-metrics.resolver';
import { TrainingMetricsService } from './training-metrics.service';

/** Training reach and impact, Kirkpatrick's levels, and the sessions and bookings behind each figure. */
@Module({
  // TrainingModule registers the session and booking types (and their fields) the drill-downs return.
  imports: [TrainingModule],
  providers: [TrainingMetricsService, TrainingMetricsResolver],
  exports: [TrainingMetricsService],
})
export class TrainingMetricsModule {}
