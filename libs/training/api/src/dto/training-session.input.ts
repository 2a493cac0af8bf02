import { ArgsType, Field, ID, InputType, Int, PartialType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, RefField, SortDirection, type SortColumn } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, Min, ValidateNested } from 'class-validator';
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

  @Field(() => ID, { nullable: true, description: 'Sessions this agency booked places on (the training figures count its bookings).' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Sessions of courses tagged with this theme.' })
  @IsOptional()
  @IsUUID()
  themeId?: string;
}

@ArgsType()
export class TrainingSessionFilterArgs {
  @Field(() => TrainingSessionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TrainingSessionFilter)
  filter?: TrainingSessionFilter;
}

/** The columns training sessions may be sorted by (all NOT NULL, so keyset paging works). */
export enum TrainingSessionSortField {
  sessionDate = 'sessionDate',
  ref = 'ref',
  capacity = 'capacity',
  delivery = 'delivery',
}
registerEnumType(TrainingSessionSortField, { name: 'TrainingSessionSortField' });

export const trainingSessionSortFieldColumns: Record<TrainingSessionSortField, SortColumn> = {
  sessionDate: { property: 'sessionDate', sqlType: 'date' },
  ref: { property: 'ref', sqlType: 'text' },
  capacity: { property: 'capacity', sqlType: 'integer' },
  delivery: { property: 'delivery', sqlType: 'text' },
};

@ArgsType()
export class TrainingSessionSortArgs {
  @Field(() => TrainingSessionSortField, { nullable: true, description: 'The column to sort by (sessionDate by default); ties go by id.' })
  @IsOptional()
  @IsEnum(TrainingSessionSortField)
  sort?: TrainingSessionSortField | null;

  @Field(() => SortDirection, {
    nullable: true,
    description: 'asc or desc; by default desc for the default column, asc for a chosen one.',
  })
  @IsOptional()
  @IsEnum(SortDirection)
  direction?: SortDirection | null;
}
