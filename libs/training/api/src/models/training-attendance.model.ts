import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, DateScalar } from '@sli/shared/api-core';

@ObjectType({ description: 'A place booked on a session by a practitioner of an agency (no names are kept).' })
export class TrainingAttendance {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String)
  ref!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID)
  agencyId!: string;

  @Field(() => Boolean, { description: 'False when the place was booked but the practitioner did not attend.' })
  attended!: boolean;

  @Field(() => String, { nullable: true, description: "The practitioner's role, e.g. `Health visitor`." })
  role!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class TrainingAttendanceConnection extends Connection(TrainingAttendance) {}

@ObjectType({ description: 'End-of-session evaluation (Kirkpatrick reaction and learning); scores 1 to 5.' })
export class TrainingEvaluation {
  @Field(() => ID)
  attendanceId!: string;

  @Field(() => Int)
  confidenceBefore!: number;

  @Field(() => Int)
  confidenceAfter!: number;

  @Field(() => Int, { nullable: true })
  satisfaction!: number | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => DateScalar)
  submittedOn!: string;
}

@ObjectType({ description: 'Follow-up weeks after the session (Kirkpatrick behaviour): has the training changed practice?' })
export class TrainingFollowUp {
  @Field(() => ID)
  attendanceId!: string;

  @Field(() => DateScalar)
  sentOn!: string;

  @Field(() => DateScalar, { nullable: true })
  respondedOn!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The answer; null until the practitioner responds.' })
  changedPractice!: boolean | null;

  @Field(() => String, { nullable: true, description: 'An example of the change in practice.' })
  example!: string | null;
}
