import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { ReviewStatus } from '../review.enums';

@ObjectType({
  description:
    "A change of a review's status, kept for ever (the database only adds to it): the status and the day it took effect, so a year-end table shows the status at the year end.",
})
export class ReviewStatusChange {
  @Field(() => DateScalar, { description: 'The day the status took effect (the review’s own date for it where it has one).' })
  changedOn!: string;

  @Field(() => ReviewStatus)
  status!: ReviewStatus;

  @Field(() => Date, { description: 'When the change was written down.' })
  recordedAt!: Date;

  @Field(() => String, { description: 'Who recorded it (the request actor), or how it was derived.' })
  recordedBy!: string;

  @Field(() => Boolean, {
    description: "True when inferred from the review's dates (reviews recorded before status history was kept, or imported without it).",
  })
  derived!: boolean;
}
