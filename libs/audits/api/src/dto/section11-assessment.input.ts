import { RefField } from '@sli/shared/api-core';
import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { RagRating } from '../audit.enums';

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@InputType()
export class CreateSection11AssessmentInput {
  @Field(() => ID, { description: 'A section 11 audit.' })
  @IsUUID()
  auditId!: string;

  @Field(() => ID, { description: 'The agency assessing itself; one assessment per agency and standard in an audit.' })
  @IsUUID()
  agencyId!: string;

  @RefField()
  ref?: string;

  @Field(() => String, {
    nullable: true,
    description: "The standard's code in the audit's tool, e.g. `leadership-and-board-lead`; give this or toolStandardId.",
  })
  @IsOptional()
  @Matches(CODE, { message: 'standard must be a code such as leadership-and-board-lead' })
  standard?: string | null;

  @Field(() => ID, { nullable: true, description: "A standard of the audit's tool; give this or standard." })
  @IsOptional()
  @IsUUID()
  toolStandardId?: string | null;

  @Field(() => RagRating)
  @IsEnum(RagRating)
  selfRating!: RagRating;

  @Field(() => RagRating, { nullable: true })
  @IsOptional()
  @IsEnum(RagRating)
  moderatedRating?: RagRating | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 20000)
  narrative?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 20000)
  evidence?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 20000)
  moderationNote?: string | null;
}

@InputType()
export class UpdateSection11AssessmentInput extends PartialType(OmitType(CreateSection11AssessmentInput, ['auditId'] as const)) {}

@ArgsType()
export class ModerateSection11AssessmentArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => RagRating, { description: 'The rating after moderation; it becomes the final rating.' })
  @IsEnum(RagRating)
  rating!: RagRating;

  @Field(() => String, { nullable: true, description: 'Why the moderators agreed or changed the rating.' })
  @IsOptional()
  @IsString()
  @Length(0, 20000)
  note?: string | null;
}

@InputType()
export class Section11AssessmentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  auditId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => String, { nullable: true, description: "A standard's code." })
  @IsOptional()
  @IsString()
  standard?: string;

  @Field(() => RagRating, { nullable: true, description: 'Final rating: the moderated one, else the self-rating.' })
  @IsOptional()
  @IsEnum(RagRating)
  rating?: RagRating;
}

@ArgsType()
export class Section11AssessmentFilterArgs {
  @Field(() => Section11AssessmentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => Section11AssessmentFilter)
  filter?: Section11AssessmentFilter;
}
