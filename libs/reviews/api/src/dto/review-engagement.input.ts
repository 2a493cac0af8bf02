import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { DateScalar, RefField } from '@sli/shared/api-core';
import { IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { EngagementOutcome, EngagementParty, FamilyRole } from '../review-engagement.enums';

@InputType()
export class CreateReviewEngagementInput {
  @Field(() => ID, { description: 'The review; the entry belongs to its partnership.' })
  @IsUUID()
  reviewId!: string;

  @RefField()
  ref?: string;

  @Field(() => DateScalar)
  @IsString()
  engagedOn!: string;

  @Field(() => EngagementParty)
  @IsEnum(EngagementParty)
  party!: EngagementParty;

  @Field(() => FamilyRole, { nullable: true, description: 'A family member: their role, never a name.' })
  @IsOptional()
  @IsEnum(FamilyRole)
  familyRole?: FamilyRole | null;

  @Field(() => ID, { nullable: true, description: "A practitioner: an agency of the review's partnership." })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field(() => EngagementOutcome)
  @IsEnum(EngagementOutcome)
  outcome!: EngagementOutcome;
}

@InputType()
export class UpdateReviewEngagementInput extends PartialType(OmitType(CreateReviewEngagementInput, ['reviewId'] as const)) {}
