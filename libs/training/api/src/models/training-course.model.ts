import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@sli/shared/api-core';

@ObjectType({ description: 'A training course, single- or multi-agency, tagged with themes.' })
export class TrainingCourse {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, { description: "The partnership's own reference for the course." })
  ref!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Boolean, { description: 'True when practitioners of several agencies train together.' })
  multiAgency!: boolean;

  @Field(() => Float, { nullable: true })
  durationHours!: number | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class TrainingCourseConnection extends Connection(TrainingCourse) {}
