import { Args, Query, Resolver } from '@nestjs/graphql';
import { NotificationConnection, ReviewConnection } from '@sli/reviews-api';
import { PageArgs } from '@sli/shared/api-core';
import {
  NotificationMetricsArgs,
  NotificationsBehindMetricArgs,
  RapidReviewMetricsArgs,
  RapidReviewsBehindMetricArgs,
  ReviewMetricsArgs,
  ReviewsBehindMetricArgs,
} from './dto/reviews-metrics.args';
import { NotificationMetricsRow, RapidReviewMetricsRow, ReviewMetricsRow } from './models/reviews-metrics.models';
import { ReviewsMetricsService } from './reviews-metrics.service';

@Resolver()
export class ReviewsMetricsResolver {
  constructor(private readonly service: ReviewsMetricsService) {}

  @Query(() => [NotificationMetricsRow], {
    description:
      'Serious incident notifications per period (by date aware), optionally by partnership, harm, age band or theme: counts, and timeliness against the 5-working-day rule as of asOf.',
  })
  notificationMetrics(@Args() args: NotificationMetricsArgs): Promise<NotificationMetricsRow[]> {
    return this.service.notificationMetrics(args);
  }

  @Query(() => [RapidReviewMetricsRow], {
    description:
      "Rapid reviews per period (by their notification's date aware), optionally by partnership, harm, age band, theme or agency: sent to the panel within 15 working days, as of asOf.",
  })
  rapidReviewMetrics(@Args() args: RapidReviewMetricsArgs): Promise<RapidReviewMetricsRow[]> {
    return this.service.rapidReviewMetrics(args);
  }

  @Query(() => [ReviewMetricsRow], {
    description:
      'Reviews started, completed and published per period (each by its own date), optionally by partnership, type, theme or agency; median working days to complete; completed within 6 months; family participation.',
  })
  reviewMetrics(@Args() args: ReviewMetricsArgs): Promise<ReviewMetricsRow[]> {
    return this.service.reviewMetrics(args);
  }

  @Query(() => NotificationConnection, { description: 'The notifications behind one figure of notificationMetrics (same filter, grain, groupBy and asOf).' })
  notificationsBehindMetric(@Args() args: NotificationsBehindMetricArgs, @Args() page: PageArgs): Promise<NotificationConnection> {
    return this.service.notificationsBehind(args, page);
  }

  @Query(() => ReviewConnection, { description: 'The rapid reviews behind one figure of rapidReviewMetrics (same filter, grain, groupBy and asOf).' })
  rapidReviewsBehindMetric(@Args() args: RapidReviewsBehindMetricArgs, @Args() page: PageArgs): Promise<ReviewConnection> {
    return this.service.rapidReviewsBehind(args, page);
  }

  @Query(() => ReviewConnection, { description: 'The reviews behind one figure of reviewMetrics (same filter, grain and groupBy).' })
  reviewsBehindMetric(@Args() args: ReviewsBehindMetricArgs, @Args() page: PageArgs): Promise<ReviewConnection> {
    return this.service.reviewsBehind(args, page);
  }
}
