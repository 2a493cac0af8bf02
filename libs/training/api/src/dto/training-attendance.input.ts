import { ArgsType, Field, ID, InputType, Int, PartialType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, RefField, SortDirection, type SortColumn } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';

/** The attendance's partnership is its session's; the agency must belong to it. */
@InputType()
export class CreateTrainingAttendanceInput {
  @Field(() => ID)
  @IsUUID()
  sessionId!: string;

  @Field(() => ID)
  @IsUUID()
  agencyId!: string;

  @RefField()
  ref?: string;

  @Field(() => Boolean)
  @IsBoolean()
  attended!: boolean;

  @Field(() => String, { nullable: true, description: "The practitioner's role; never a name." })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  role?: string | null;
}

@InputType()
export class UpdateTrainingAttendanceInput extends PartialType(CreateTrainingAttendanceInput) {}

/** Recording an evaluation replaces any earlier one for the attendance. */
@InputType()
export class TrainingEvaluationInput {
  @Field(() => Int, { description: 'Self-rated confidence before the session, 1 to 5.' })
  @IsInt()
  @Min(1)
  @Max(5)
  confidenceBefore!: number;

  @Field(() => Int, { description: 'Self-rated confidence after the session, 1 to 5.' })
  @IsInt()
  @Min(1)
  @Max(5)
  confidenceAfter!: number;

  @Field(() => Int, { nullable: true, description: 'Satisfaction with the session, 1 to 5.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  satisfaction?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  comment?: string | null;

  @Field(() => DateScalar)
  @IsString() // the scalar checks the format; this keeps the field through the whitelist
  submittedOn!: string;
}

/** Recording a follow-up replaces any earlier one: send it first, then record it again with the response. */
@InputType()
export class TrainingFollowUpInput {
  @Field(() => DateScalar)
  @IsString() // the scalar checks the format; this keeps the field through the whitelist
  sentOn!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  respondedOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Required once respondedOn is given.' })
  @IsOptional()
  @IsBoolean()
  changedPractice?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  example?: string | null;
}

@InputType()
export class TrainingAttendanceFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  attended?: boolean;

  @Field(() => ID, { nullable: true, description: 'Bookings on sessions of this course.' })
  @IsOptional()
  @IsUUID()
  courseId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Bookings on sessions on or after this date.' })
  @IsOptional()
  dateFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Bookings on sessions on or before this date.' })
  @IsOptional()
  dateTo?: string;

  @Field(() => ID, { nullable: true, description: 'Bookings on sessions of courses tagged with this theme.' })
  @IsOptional()
  @IsUUID()
  themeId?: string;
}

@ArgsType()
export class TrainingAttendanceFilterArgs {
  @Field(() => TrainingAttendanceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TrainingAttendanceFilter)
  filter?: TrainingAttendanceFilter;
}

/** The columns training attendances may be sorted by (all NOT NULL, so keyset paging works). */
export enum TrainingAttendanceSortField {
  ref = 'ref',
  createdAt = 'createdAt',
}
registerEnumType(TrainingAttendanceSortField, { name: 'TrainingAttendanceSortField' });

export const trainingAttendanceSortFieldColumns: Record<TrainingAttendanceSortField, SortColumn> = {
  ref: { property: 'ref', sqlType: 'text' },
  createdAt: { property: 'createdAt', sqlType: 'timestamptz' },
};

@ArgsType()
export class TrainingAttendanceSortArgs {
  @Field(() => TrainingAttendanceSortField, { nullable: true, description: 'The column to sort by (ref by default); ties go by id.' })
  @IsOptional()
  @IsEnum(TrainingAttendanceSortField)
  sort?: TrainingAttendanceSortField | null;

  @Field(() => SortDirection, { nullable: true, description: 'asc or desc; asc by default.' })
  @IsOptional()
  @IsEnum(SortDirection)
  direction?: SortDirection | null;
}
