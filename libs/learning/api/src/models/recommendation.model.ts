import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, DateScalar } from '@sli/shared/api-core';
import { RecommendationResponse } from '../learning.enums';

@ObjectType({ description: 'What should change, from one review or one audit, optionally answering one of its findings.' })
export class Recommendation {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: "The source's own reference, unique in the partnership." })
  ref!: string;

  @Field(() => String)
  text!: string;

  @Field(() => RecommendationResponse, { nullable: true, description: 'How it was answered; null while the response is awaited.' })
  response!: RecommendationResponse | null;

  @Field(() => String, { nullable: true, description: 'Why it was accepted only in part, or not accepted.' })
  responseReasons!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the response was decided.' })
  respondedOn!: string | null;

  @Field(() => ID, { nullable: true, description: 'The review it comes from; null when it comes from an audit.' })
  reviewId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The audit it comes from; null when it comes from a review.' })
  auditId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The finding of the same review or audit it answers, if any.' })
  findingId!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class RecommendationConnection extends Connection(Recommendation) {}
