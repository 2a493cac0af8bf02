import { Module } from '@nestjs/common';
import { ReviewsMetricsResolver } from './reviews-metrics.resolver';
import { ReviewsMetricsService } from './reviews-metrics.service';

/** Notifications, rapid reviews and reviews metrics, with drill-down to their records. */
@Module({
  providers: [ReviewsMetricsService, ReviewsMetricsResolver],
  exports: [ReviewsMetricsService],
})
export class ReviewsMetricsModule {}
