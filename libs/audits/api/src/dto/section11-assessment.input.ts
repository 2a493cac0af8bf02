import { RefField } from '@sli/shared/api-core';
import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { RagRating, Section11Standard } from '../audit.enums';

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

  @Field(() => Section11Standard)
  @IsEnum(Section11Standard)
  standard!: Section11Standard;

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

  @Field(() => Section11Standard, { nullable: true })
  @IsOptional()
  @IsEnum(Section11Standard)
  standard?: Section11Standard;

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
