import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, DateScalar } from '@sli/shared/api-core';
import { FamilyParticipation, RapidReviewOutcome, ReviewStatus, ReviewType, ReviewMethod } from '../review.enums';

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

  @Field(() => String, { nullable: true, description: 'Who carries out the review: the independent reviewer and others, named as professionals (never the child or family).' })
  reviewers!: string | null;

  @Field(() => ReviewMethod, { nullable: true })
  method!: ReviewMethod | null;

  @Field(() => String, { nullable: true, description: 'More about the method; required when it is OTHER.' })
  methodDetails!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the final report was sent to the national Panel and the Secretary of State (for an LCSPR at least 7 working days before publication).',
  })
  reportSharedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day publication is planned for, while it has not happened.' })
  plannedPublicationOn!: string | null;

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
