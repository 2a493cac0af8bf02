import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, DateScalar } from '@sli/shared/api-core';
import { InformationRequestKind } from '../review.enums';

@ObjectType({ description: "A request for an agency's information for a review, tracked until it is returned." })
export class InformationRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: "The source's own reference, unique in the partnership." })
  ref!: string;

  @Field(() => ID)
  reviewId!: string;

  @Field(() => ID)
  agencyId!: string;

  @Field(() => InformationRequestKind)
  kind!: InformationRequestKind;

  @Field(() => DateScalar)
  sentOn!: string;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true })
  remindedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Null while the request is outstanding.' })
  returnedOn!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class InformationRequestConnection extends Connection(InformationRequest) {}
