import { ArgsType, Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { DateScalar } from '@sli/shared/api-core';
import { RecommendationResponse } from '../learning.enums';
import { RefField } from './ref';

@InputType()
export class CreateRecommendationInput {
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

  @Field(() => ID, { nullable: true, description: 'A finding of the same review or audit that this answers.' })
  @IsOptional()
  @IsUUID()
  findingId?: string | null;

  @Field(() => String)
  @IsString()
  @Length(1, 4000)
  text!: string;

  @Field(() => RecommendationResponse, { nullable: true, description: 'Accepted, accepted in part or not accepted; leave out while awaited.' })
  @IsOptional()
  @IsEnum(RecommendationResponse)
  response?: RecommendationResponse | null;

  @Field(() => String, { nullable: true, description: 'Required when accepted in part or not accepted.' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  responseReasons?: string | null;

  // The scalar checks the format; the decorator keeps the field through the pipe's whitelist.
  @Field(() => DateScalar, { nullable: true, description: 'The day the response was decided; required with a response, not in the future.' })
  @IsOptional()
  @IsString()
  respondedOn?: string | null;
}

@InputType()
export class UpdateRecommendationInput extends PartialType(CreateRecommendationInput) {}

@InputType()
export class RecommendationFilter {
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

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  findingId?: string;
}

@ArgsType()
export class RecommendationFilterArgs {
  @Field(() => RecommendationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecommendationFilter)
  filter?: RecommendationFilter;
}
