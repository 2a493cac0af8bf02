import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ActionStatus } from '../action.enums';

@ObjectType({ description: 'A status change of an action, kept for ever: who, when, from, to and a note.' })
export class ActionUpdate {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  actionId!: string;

  @Field(() => Date)
  changedAt!: Date;

  @Field(() => String, { description: 'Who made the change (the request actor).' })
  changedBy!: string;

  @Field(() => ActionStatus, { nullable: true, description: 'Null for the update recording the creation.' })
  fromStatus!: ActionStatus | null;

  @Field(() => ActionStatus)
  toStatus!: ActionStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
