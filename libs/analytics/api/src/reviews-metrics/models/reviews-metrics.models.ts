import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PeriodModel, RateModel } from '../../common/metric.models';

@ObjectType({ isAbstract: true })
abstract class ReviewsMetricsCell {
  @Field(() => PeriodModel, { nullable: true, description: 'Null only when figures are not split by period.' })
  period!: PeriodModel | null;

  @Field(() => String, {
    nullable: true,
    description: 'The dimension value: a partnership, theme or agency id, or a kebab-case value (`death`, `under-1`, `lcspr`); null for "all" and for records with no value.',
  })
  key!: string | null;

  @Field(() => String, { description: 'A readable name for the key.' })
  label!: string;
}

@ObjectType({ description: 'Serious incident notifications of one period (and dimension value), placed by date aware; timeliness as of asOf.' })
export class NotificationMetricsRow extends ReviewsMetricsCell {
  @Field(() => Int, { description: 'Notifications whose date aware is in the period.' })
  notifications!: number;

  @Field(() => Int, { description: 'Of those, notified as of asOf: onTime + late.' })
  notified!: number;

  @Field(() => Int, { description: 'Notified within 5 working days of the date aware.' })
  onTime!: number;

  @Field(() => Int, { description: 'Notified after the 5th working day.' })
  late!: number;

  @Field(() => Int, { description: 'Not notified as of asOf, and past the 5th working day.' })
  overdue!: number;

  @Field(() => Int, { description: 'Not notified as of asOf, still within 5 working days.' })
  due!: number;

  @Field(() => RateModel, { description: 'onTime / notified. Not-yet-notified notifications are left out; see overdue.' })
  onTimeRate!: RateModel;
}

@ObjectType({ description: "Rapid reviews of one period (and dimension value), placed by their notification's date aware; timeliness as of asOf." })
export class RapidReviewMetricsRow extends ReviewsMetricsCell {
  @Field(() => Int, { description: "Rapid reviews whose notification's date aware (initiation without a notification) is in the period." })
  rapidReviews!: number;

  @Field(() => Int, { description: 'Of those, sent to the panel as of asOf: onTime + late.' })
  sent!: number;

  @Field(() => Int, { description: 'Sent within 15 working days of the notification.' })
  onTime!: number;

  @Field(() => Int, { description: 'Sent after the 15th working day.' })
  late!: number;

  @Field(() => Int, { description: 'Not sent as of asOf, and past the 15th working day.' })
  overdue!: number;

  @Field(() => Int, { description: 'Not sent as of asOf, still within 15 working days.' })
  due!: number;

  @Field(() => RateModel, { description: 'onTime / sent. Rapid reviews not yet sent are left out; see overdue.' })
  onTimeRate!: RateModel;
}

@ObjectType({
  description: 'Reviews of one period (and dimension value). Each count places a review by its own date: started by initiation, completed by completion, published by publication.',
})
export class ReviewMetricsRow extends ReviewsMetricsCell {
  @Field(() => Int, { description: 'Reviews initiated in the period.' })
  started!: number;

  @Field(() => Int, { description: 'Reviews completed in the period.' })
  completed!: number;

  @Field(() => Int, { description: 'Reviews published in the period.' })
  published!: number;

  @Field(() => Float, { nullable: true, description: 'Median working days from initiation to completion of the reviews completed in the period.' })
  medianWorkingDaysToComplete!: number | null;

  @Field(() => RateModel, { description: 'Of the LCSPR, SAR, DHR and PLR completed in the period, those completed within 6 calendar months of initiation.' })
  completedWithinSixMonths!: RateModel;

  @Field(() => RateModel, { description: 'Of the reviews completed in the period where family participation applies (not rapid reviews, not those where it was recorded as not appropriate), those where the family took part.' })
  familyParticipation!: RateModel;
}
