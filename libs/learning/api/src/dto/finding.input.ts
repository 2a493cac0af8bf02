import { ArgsType, Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { FindingKind } from '../learning.enums';
import { RefField } from './ref';

@InputType()
export class CreateFindingInput {
  @RefField()
  ref?: string;

  @Field(() => ID, { nullable: true, description: 'The review it comes from. Give exactly one of reviewId and auditId.' })
  @IsOptional()
  @IsUUID()
  reviewId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The audit it comes from. Give exactly one of reviewId and auditId.' })
  @IsOptional()
  @IsUUID()
  auditId?: string | null;

  @Field(() => FindingKind)
  @IsEnum(FindingKind)
  kind!: FindingKind;

  @Field(() => String)
  @IsString()
  @Length(1, 4000)
  text!: string;

  @Field(() => [ID], { nullable: true, description: "Themes of the partnership's taxonomy; on update, replaces the set." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  themeIds?: string[];
}

@InputType()
export class UpdateFindingInput extends PartialType(CreateFindingInput) {}

@InputType()
export class FindingFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  reviewId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  auditId?: string;

  @Field(() => FindingKind, { nullable: true })
  @IsOptional()
  @IsEnum(FindingKind)
  kind?: FindingKind;

  @Field(() => ID, { nullable: true, description: 'Only findings tagged with this theme.' })
  @IsOptional()
  @IsUUID()
  themeId?: string;
}

@ArgsType()
export class FindingFilterArgs {
  @Field(() => FindingFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FindingFilter)
  filter?: FindingFilter;
}
