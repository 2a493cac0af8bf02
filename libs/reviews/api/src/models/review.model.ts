import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, DateScalar } from '@sli/shared/api-core';
import { FamilyParticipation, RapidReviewOutcome, ReviewStatus, ReviewType } from '../review.enums';

@ObjectType({ description: 'A review of any type, rapid reviews included with their milestones.' })
export class Review {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: "The source's own reference, unique in the partnership." })
  ref!: string;

  @Field(() => ReviewType)
  type!: ReviewType;

  @Field(() => String)
  title!: string;

  @Field(() => ReviewStatus)
  status!: ReviewStatus;

  @Field(() => ID, { nullable: true, description: 'The notification this review arose from.' })
  notificationId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The review (usually a rapid review) that led to this one.' })
  sourceReviewId!: string | null;

  @Field(() => DateScalar, { description: 'The date of the decision to initiate: the date that places the review in a period.' })
  initiatedOn!: string;

  @Field(() => DateScalar, { nullable: true })
  termsAgreedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  completedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the review was closed without publication.' })
  unpublishedReason!: string | null;

  @Field(() => Boolean)
  independentReviewer!: boolean;

  @Field(() => FamilyParticipation)
  familyParticipation!: FamilyParticipation;

  @Field(() => Int, { nullable: true })
  practitionersInvolved!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Rapid reviews: the date agencies were asked for information.' })
  infoRequestedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Rapid reviews: the date of the rapid review meeting.' })
  meetingOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Rapid reviews: the date the outcome was sent to the national panel.' })
  sentToPanelOn!: string | null;

  @Field(() => RapidReviewOutcome, { nullable: true })
  rapidReviewOutcome!: RapidReviewOutcome | null;

  @Field(() => Boolean, { nullable: true, description: 'Rapid reviews: whether a national review was recommended.' })
  nationalReviewRecommended!: boolean | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class ReviewConnection extends Connection(Review) {}
