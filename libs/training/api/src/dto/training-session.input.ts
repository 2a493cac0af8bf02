import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { DateScalar, RefField } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsString, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { TrainingDelivery } from '../training.enums';

/** The session's partnership is its course's. */
@InputType()
export class CreateTrainingSessionInput {
  @Field(() => ID)
  @IsUUID()
  courseId!: string;

  @RefField()
  ref?: string;

  @Field(() => DateScalar)
  @IsString() // the scalar checks the format; this keeps the field through the whitelist
  sessionDate!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity!: number;

  @Field(() => TrainingDelivery, { nullable: true, defaultValue: TrainingDelivery.IN_PERSON })
  @IsOptional()
  @IsEnum(TrainingDelivery)
  delivery?: TrainingDelivery;
}

/** `courseId` may move the session to another course of the same partnership. */
@InputType()
export class UpdateTrainingSessionInput extends PartialType(CreateTrainingSessionInput, { omitDefaultValues: true }) {}

@InputType()
export class TrainingSessionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Sessions on or after this date.' })
  @IsOptional()
  dateFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Sessions on or before this date.' })
  @IsOptional()
  dateTo?: string;
}

@ArgsType()
export class TrainingSessionFilterArgs {
  @Field(() => TrainingSessionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TrainingSessionFilter)
  filter?: TrainingSessionFilter;
}
