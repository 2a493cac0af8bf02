import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, DateScalar } from '@sli/shared/api-core';
import { AgeBand, Harm, NotificationDecision } from '../review.enums';

@ObjectType({ description: 'A serious incident notification to the national panel. Holds nothing that identifies a child.' })
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: "The source's own reference, unique in the partnership." })
  ref!: string;

  @Field(() => DateScalar, { description: 'The date the local authority became aware: the date that places it in a period.' })
  dateAware!: string;

  @Field(() => DateScalar, { nullable: true })
  dateNotified!: string | null;

  @Field(() => Harm)
  harm!: Harm;

  @Field(() => AgeBand)
  ageBand!: AgeBand;

  @Field(() => NotificationDecision)
  decision!: NotificationDecision;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}
