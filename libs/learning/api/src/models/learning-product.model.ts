import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, DateScalar } from '@sli/shared/api-core';
import { LearningProductKind } from '../learning.enums';

@ObjectType({ description: 'How learning is shared with practitioners (a 7-minute briefing, an event…), and its reach.' })
export class LearningProduct {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: "The source's own reference, unique in the partnership." })
  ref!: string;

  @Field(() => LearningProductKind)
  kind!: LearningProductKind;

  @Field(() => String)
  title!: string;

  @Field(() => DateScalar)
  publishedOn!: string;

  @Field(() => Int, { nullable: true, description: 'People reached (attendees, readers, downloads), when known.' })
  reach!: number | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class LearningProductConnection extends Connection(LearningProduct) {}
