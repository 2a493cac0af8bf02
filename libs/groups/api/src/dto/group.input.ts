import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { GroupKind, MeetingStatus, MemberRole } from '../group.enums';

@InputType()
export class CreateGroupInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @Field(() => String, { description: 'Unique in the partnership, ignoring case.' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => GroupKind)
  @IsEnum(GroupKind)
  kind!: GroupKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  purpose?: string | null;

  @Field(() => Int, { nullable: true, description: 'How often it meets, in weeks: 1 to 52.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  cadenceWeeks?: number | null;
}

@InputType()
export class UpdateGroupInput extends PartialType(OmitType(CreateGroupInput, ['partnershipId'] as const)) {}

@InputType()
export class AddGroupMemberInput {
  @Field(() => ID)
  @IsUUID()
  groupId!: string;

  @Field(() => ID, { nullable: true, description: 'A user of the partnership; give this or name.' })
  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'Someone without an account: their name (give agencyId too).' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Their agency, of the partnership.' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field(() => MemberRole)
  @IsEnum(MemberRole)
  role!: MemberRole;

  @Field(() => DateScalar)
  @IsString()
  fromOn!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  toOn?: string | null;
}

/** Correct a term, or end it (toOn): a new chair is a new term, so the old one stays as history. */
@InputType()
export class UpdateGroupMemberInput extends PartialType(OmitType(AddGroupMemberInput, ['groupId'] as const)) {}

@InputType()
export class CreateMeetingInput {
  @Field(() => ID)
  @IsUUID()
  groupId!: string;

  @Field(() => DateScalar)
  @IsString()
  meetsOn!: string;

  @Field(() => MeetingStatus, { nullable: true, defaultValue: MeetingStatus.PLANNED })
  @IsOptional()
  @IsEnum(MeetingStatus)
  status?: MeetingStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  minutes?: string | null;
}

/** Fields left out stay as they are (written out rather than a PartialType, which would keep the status default and replan a held meeting). */
@InputType()
export class UpdateMeetingInput {
  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  meetsOn?: string;

  @Field(() => MeetingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingStatus)
  status?: MeetingStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  minutes?: string | null;
}

@InputType()
export class RecordMeetingDecisionInput {
  @Field(() => ID)
  @IsUUID()
  meetingId!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 4000)
  text!: string;

  @Field(() => ID, { nullable: true, description: "One of the group's actions the decision is about." })
  @IsOptional()
  @IsUUID()
  actionId?: string | null;
}
