import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { DateScalar } from '@sli/shared/api-core';
import { LearningProductKind } from '../learning.enums';
import { RefField } from './ref';

@InputType()
export class CreateLearningProductInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @RefField()
  ref?: string;

  @Field(() => LearningProductKind)
  @IsEnum(LearningProductKind)
  kind!: LearningProductKind;

  @Field(() => String)
  @IsString()
  @Length(1, 300)
  title!: string;

  // The scalar checks the format; the decorator keeps the field through the pipe's whitelist.
  @Field(() => DateScalar)
  @IsString()
  publishedOn!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  reach?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Reviews whose learning it shares; on update, replaces the set.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  reviewIds?: string[];

  @Field(() => [ID], { nullable: true, description: "Themes of the partnership's taxonomy; on update, replaces the set." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  themeIds?: string[];
}

@InputType()
export class UpdateLearningProductInput extends PartialType(OmitType(CreateLearningProductInput, ['partnershipId'] as const)) {}

@InputType()
export class LearningProductFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => LearningProductKind, { nullable: true })
  @IsOptional()
  @IsEnum(LearningProductKind)
  kind?: LearningProductKind;

  @Field(() => DateScalar, { nullable: true, description: 'Published on or after this date.' })
  @IsOptional()
  publishedFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Published on or before this date.' })
  @IsOptional()
  publishedTo?: string;

  @Field(() => ID, { nullable: true, description: 'Only products sharing the learning of this review.' })
  @IsOptional()
  @IsUUID()
  reviewId?: string;

  @Field(() => ID, { nullable: true, description: 'Only products tagged with this theme.' })
  @IsOptional()
  @IsUUID()
  themeId?: string;
}

@ArgsType()
export class LearningProductFilterArgs {
  @Field(() => LearningProductFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LearningProductFilter)
  filter?: LearningProductFilter;
}
