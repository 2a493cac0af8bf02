import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { DateScalar, RefField } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested, MaxLength } from 'class-validator';
import { ActionStatus } from '../action.enums';

@InputType()
export class CreateActionInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @RefField()
  ref?: string;

  @Field(() => String)
  @IsString()
  @Length(1, 1000)
  title!: string;

  @Field(() => ID, { nullable: true, description: 'The source review; give exactly one of reviewId and auditId.' })
  @IsOptional()
  @IsUUID()
  reviewId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The source audit; give exactly one of reviewId and auditId.' })
  @IsOptional()
  @IsUUID()
  auditId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A recommendation of the same review or audit.' })
  @IsOptional()
  @IsUUID()
  recommendationId?: string | null;

  @Field(() => ID)
  @IsUUID()
  ownerAgencyId!: string;

  // Any validator marks the field as allowed; without one the whitelisting pipe silently drops it. The scalar checks the format.
  @Field(() => DateScalar)
  @IsString()
  dueOn!: string;

  @Field(() => ActionStatus, { nullable: true, defaultValue: ActionStatus.NOT_STARTED })
  @IsOptional()
  @IsEnum(ActionStatus)
  status?: ActionStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Required when the status is COMPLETED or IMPACT_EVIDENCED.' })
  @IsOptional()
  completedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when the status is IMPACT_EVIDENCED.' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  impactEvidence?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The monitoring group by name (ignoring case): the partnership's group of that name, created as a subgroup if there is none. Give this or groupId.",
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  monitoringCommittee?: string | null;

  @Field(() => ID, { nullable: true, description: "The monitoring group, one of the partnership's groups. Give this or monitoringCommittee." })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;
  @Field(() => ID, { nullable: true, description: "The audit round that will show the action's impact (of the same partnership)." })
  @IsOptional()
  @IsUUID()
  impactAuditId?: string | null;

  @Field(() => ID, { nullable: true, description: "The OBA measure that will show the action's impact (of the same partnership)." })
  @IsOptional()
  @IsUUID()
  impactMeasureId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Themes of the same partnership.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  themeIds?: string[];

  @Field(() => String, { nullable: true, description: 'Note on the first update, recording the creation.' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  note?: string | null;
}

/** Every field but the status (changed by changeActionStatus) and sign-off (signOffAction). */
@InputType()
export class UpdateActionInput extends PartialType(OmitType(CreateActionInput, ['partnershipId', 'status', 'note'] as const)) {}

@InputType()
export class ChangeActionStatusInput {
  @Field(() => ActionStatus)
  @IsEnum(ActionStatus)
  status!: ActionStatus;

  @Field(() => String, { nullable: true, description: 'Why, kept on the update.' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  note?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Required for COMPLETED, and for IMPACT_EVIDENCED unless already completed.' })
  @IsOptional()
  completedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for IMPACT_EVIDENCED unless already recorded.' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  impactEvidence?: string | null;
}

@InputType()
export class ActionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => [ActionStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @IsArray()
  @IsEnum(ActionStatus, { each: true })
  statuses?: ActionStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerAgencyId?: string;

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
  recommendationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  themeId?: string;

  @Field(() => String, { nullable: true, description: 'Exact name of the monitoring committee, ignoring case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  monitoringCommittee?: string;

  @Field(() => ID, { nullable: true, description: 'Monitored by this group.' })
  @IsOptional()
  @IsUUID()
  groupId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Due on or after this date.' })
  @IsOptional()
  dueFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Due on or before this date.' })
  @IsOptional()
  dueTo?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Only actions overdue as of this date: open (not complete or cancelled) and due before it.' })
  @IsOptional()
  overdueAsOf?: string;
}

@ArgsType()
export class ActionFilterArgs {
  @Field(() => ActionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActionFilter)
  filter?: ActionFilter;
}
