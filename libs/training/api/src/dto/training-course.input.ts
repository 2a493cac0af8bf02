import { RefField } from '@sli/shared/api-core';
import { ArgsType, Field, Float, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
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
