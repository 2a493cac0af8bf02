import { ArgsType, Field, Float, ID, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { RefField, SortDirection, type SortColumn } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Length,
  Max,
  ValidateNested,
  MaxLength,
} from 'class-validator';

@InputType()
export class CreateTrainingCourseInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @RefField()
  ref?: string;

  @Field(() => String)
  @IsString()
  @Length(1, 300)
  title!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  multiAgency?: boolean;

  @Field(() => Float, { nullable: true, description: 'Length in hours, up to two decimals.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @IsPositive()
  @Max(999.99)
  durationHours?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  description?: string | null;

  @Field(() => [ID], { nullable: true, description: "Themes of the course's partnership." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  themeIds?: string[];
}

/** `themeIds`, when given, replaces the course's whole theme set. */
@InputType()
export class UpdateTrainingCourseInput extends PartialType(OmitType(CreateTrainingCourseInput, ['partnershipId'] as const), {
  omitDefaultValues: true,
}) {}

@InputType()
export class TrainingCourseFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => ID, { nullable: true, description: 'Courses tagged with this theme.' })
  @IsOptional()
  @IsUUID()
  themeId?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  multiAgency?: boolean;

  @Field(() => String, { nullable: true, description: 'Matches part of the title, ignoring case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class TrainingCourseFilterArgs {
  @Field(() => TrainingCourseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TrainingCourseFilter)
  filter?: TrainingCourseFilter;
}

/** The columns training courses may be sorted by (all NOT NULL, so keyset paging works). */
export enum TrainingCourseSortField {
  title = 'title',
  ref = 'ref',
  createdAt = 'createdAt',
}
registerEnumType(TrainingCourseSortField, { name: 'TrainingCourseSortField' });

export const trainingCourseSortFieldColumns: Record<TrainingCourseSortField, SortColumn> = {
  title: { property: 'title', sqlType: 'text' },
  ref: { property: 'ref', sqlType: 'text' },
  createdAt: { property: 'createdAt', sqlType: 'timestamptz' },
};

@ArgsType()
export class TrainingCourseSortArgs {
  @Field(() => TrainingCourseSortField, { nullable: true, description: 'The column to sort by (title by default); ties go by id.' })
  @IsOptional()
  @IsEnum(TrainingCourseSortField)
  sort?: TrainingCourseSortField | null;

  @Field(() => SortDirection, { nullable: true, description: 'asc or desc; asc by default.' })
  @IsOptional()
  @IsEnum(SortDirection)
  direction?: SortDirection | null;
}
