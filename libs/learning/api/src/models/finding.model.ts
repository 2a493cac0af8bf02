import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@sli/shared/api-core';
import { FindingKind } from '../learning.enums';

@ObjectType({ description: 'A learning point from one review or one audit: good practice or an area for improvement.' })
export class Finding {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: "The source's own reference, unique in the partnership." })
  ref!: string;

  @Field(() => FindingKind)
  kind!: FindingKind;

  @Field(() => String)
  text!: string;

  @Field(() => ID, { nullable: true, description: 'The review it comes from; null when it comes from an audit.' })
  reviewId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The audit it comes from; null when it comes from a review.' })
  auditId!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class FindingConnection extends Connection(Finding) {}
