import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { TimescaleChangeKind, TimescaleReason } from '../review-timescale.enums';

@ObjectType({ description: "A pause of a review (its six-month clock stops) or an agreed extension of its due date." })
export class ReviewTimescaleChange {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID)
  reviewId!: string;

  @Field(() => TimescaleChangeKind)
  kind!: TimescaleChangeKind;

  @Field(() => TimescaleReason)
  reason!: TimescaleReason;

  @Field(() => String, { nullable: true, description: 'More about the reason; required when it is OTHER.' })
  reasonDetails!: string | null;

  @Field(() => DateScalar, { description: 'A pause: the day it started. An extension: the day it was agreed.' })
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'A pause: the day the review restarted; null while paused. Null for an extension.' })
  endsOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'An extension: the new due date agreed. Null for a pause.' })
  agreedDueOn!: string | null;

  @Field(() => String, { nullable: true, description: 'An extension: who agreed it (the Panel, the board chair). Null for a pause.' })
  agreedBy!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType({
  description:
    'The six-month clock of an LCSPR, SAR, DHR or PLR as of a date: the clock stops while paused (a pause counts from its first day up to, not including, the day the review restarted; an open pause up to the date asked about); an agreed extension sets the due date, moved on by pauses after the day it was agreed.',
})
export class CompletionClock {
  @Field(() => DateScalar, { description: '6 calendar months after initiation: the due date before any pause or extension.' })
  originalDueOn!: string;

  @Field(() => DateScalar, { description: 'The due date as of the date asked about.' })
  dueOn!: string;

  @Field(() => Int, { description: 'Calendar days paused, every pause, up to the date asked about.' })
  pausedDays!: number;

  @Field(() => Boolean, { description: 'Paused on the date asked about.' })
  onPause!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'The day the extension in force was agreed; null when there is none.' })
  extensionAgreedOn!: string | null;
}
