import { ArgsType, Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
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
