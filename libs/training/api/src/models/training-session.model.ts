import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, DateScalar } from '@sli/shared/api-core';
import { TrainingDelivery } from '../training.enums';

@ObjectType({ description: 'One run of a training course on a date, with a number of places.' })
export class TrainingSession {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String)
  ref!: string;

  @Field(() => ID)
  courseId!: string;

  @Field(() => DateScalar)
  sessionDate!: string;

  @Field(() => Int, { description: 'Places available.' })
  capacity!: number;

  @Field(() => TrainingDelivery)
  delivery!: TrainingDelivery;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class TrainingSessionConnection extends Connection(TrainingSession) {}

/** Attendance counts of a session, computed in one query for all sessions asked. */
export interface TrainingSessionCounts {
  sessionId: string;
  booked: number;
  attended: number;
  didNotAttend: number;
}
