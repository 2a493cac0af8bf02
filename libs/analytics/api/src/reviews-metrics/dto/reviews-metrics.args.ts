import { ArgsType, Field } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { MetricArgs } from '../../common/metric-args';
import {
  NotificationMetricFigure,
  NotificationMetricsDimension,
  RapidReviewMetricFigure,
  RapidReviewMetricsDimension,
  ReviewMetricFigure,
  ReviewMetricsDimension,
} from '../models/reviews-metrics.enums';

const AS_OF = {
  description: 'The date timeliness is judged on: a notification or rapid review done after it counts as not done yet.',
};
const PERIOD_START = {
  nullable: true,
  description: 'Any day of the period of `grain` to list (usually the row\'s period.start); the whole filter range when omitted.',
};
const KEY = {
  nullable: true,
  description: 'The row\'s key when `groupBy` is given; null or omitted then means the records with no value (e.g. no theme).',
};

@ArgsType()
export class NotificationMetricsArgs extends MetricArgs {
  @Field(() => NotificationMetricsDimension, { nullable: true, description: 'Split each period by this too.' })
  @IsOptional()
  @IsEnum(NotificationMetricsDimension)
  groupBy?: NotificationMetricsDimension;

  @Field(() => DateScalar, AS_OF)
  @IsString()
  asOf!: string;
}

@ArgsType()
export class RapidReviewMetricsArgs extends MetricArgs {
  @Field(() => RapidReviewMetricsDimension, { nullable: true, description: 'Split each period by this too.' })
  @IsOptional()
  @IsEnum(RapidReviewMetricsDimension)
  groupBy?: RapidReviewMetricsDimension;

  @Field(() => DateScalar, AS_OF)
  @IsString()
  asOf!: string;
}

@ArgsType()
export class ReviewMetricsArgs extends MetricArgs {
  @Field(() => ReviewMetricsDimension, { nullable: true, description: 'Split each period by this too.' })
  @IsOptional()
  @IsEnum(ReviewMetricsDimension)
  groupBy?: ReviewMetricsDimension;
}

@ArgsType()
export class NotificationsBehindMetricArgs extends NotificationMetricsArgs {
  @Field(() => NotificationMetricFigure)
  @IsEnum(NotificationMetricFigure)
  figure!: NotificationMetricFigure;

  @Field(() => DateScalar, PERIOD_START)
  @IsOptional()
  @IsString()
  periodStart?: string;

  @Field(() => String, KEY)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  key?: string | null;
}

@ArgsType()
export class RapidReviewsBehindMetricArgs extends RapidReviewMetricsArgs {
  @Field(() => RapidReviewMetricFigure)
  @IsEnum(RapidReviewMetricFigure)
  figure!: RapidReviewMetricFigure;

  @Field(() => DateScalar, PERIOD_START)
  @IsOptional()
  @IsString()
  periodStart?: string;

  @Field(() => String, KEY)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  key?: string | null;
}

@ArgsType()
export class ReviewsBehindMetricArgs extends ReviewMetricsArgs {
  @Field(() => ReviewMetricFigure)
  @IsEnum(ReviewMetricFigure)
  figure!: ReviewMetricFigure;

  @Field(() => DateScalar, PERIOD_START)
  @IsOptional()
  @IsString()
  periodStart?: string;

  @Field(() => String, KEY)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  key?: string | null;
}
