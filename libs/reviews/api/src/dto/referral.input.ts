import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { DateScalar, RefField } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { PanelResponse, ReferralCriteria, ReferralDecider, ReferralDecision, ReferralRoute } from '../referral.enums';

@InputType()
export class CreateReferralInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @RefField()
  ref?: string;

  @Field(() => DateScalar)
  @IsString()
  referredOn!: string;

  @Field(() => ReferralRoute)
  @IsEnum(ReferralRoute)
  route!: ReferralRoute;

  @Field(() => ID, { nullable: true, description: "Required when a practitioner referred through their agency's safeguarding lead." })
  @IsOptional()
  @IsUUID()
  referringAgencyId?: string | null;

  @Field(() => ReferralCriteria)
  @IsEnum(ReferralCriteria)
  criteria!: ReferralCriteria;

  @Field(() => ReferralDecision, { nullable: true })
  @IsOptional()
  @IsEnum(ReferralDecision)
  groupRecommendation?: ReferralDecision | null;

  @Field(() => ReferralDecision, { nullable: true, description: 'Null while the decision is awaited; with it, decidedOn and decidedBy.' })
  @IsOptional()
  @IsEnum(ReferralDecision)
  decision?: ReferralDecision | null;

  @Field(() => String, { nullable: true, description: 'Required when the decision is no review.' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  reasons?: string | null;

  @Field(() => ReferralDecider, { nullable: true })
  @IsOptional()
  @IsEnum(ReferralDecider)
  decidedBy?: ReferralDecider | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  decidedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  referrerToldOn?: string | null;

  @Field(() => PanelResponse, { nullable: true, description: "Children's cases only." })
  @IsOptional()
  @IsEnum(PanelResponse)
  panelResponse?: PanelResponse | null;

  @Field(() => ID, { nullable: true, description: 'Only when the decision is notify or rapid review.' })
  @IsOptional()
  @IsUUID()
  notificationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only when the decision is rapid review (a rapid review) or another review (any other type).' })
  @IsOptional()
  @IsUUID()
  reviewId?: string | null;

  @Field(() => String, { nullable: true, description: 'A description of the case, with nothing that identifies a child, adult or family.' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  summary?: string | null;
}

@InputType()
export class UpdateReferralInput extends PartialType(OmitType(CreateReferralInput, ['partnershipId'] as const)) {}

@InputType()
export class ReferralFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Referred on or after this date.' })
  @IsOptional()
  referredFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Referred on or before this date.' })
  @IsOptional()
  referredTo?: string;

  @Field(() => ReferralDecision, { nullable: true })
  @IsOptional()
  @IsEnum(ReferralDecision)
  decision?: ReferralDecision;

  @Field(() => ID, { nullable: true, description: 'Referred by this agency (its safeguarding lead).' })
  @IsOptional()
  @IsUUID()
  referringAgencyId?: string;
}

@ArgsType()
export class ReferralFilterArgs {
  @Field(() => ReferralFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralFilter)
  filter?: ReferralFilter;
}
