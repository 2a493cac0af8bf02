import { ArgsType, Field, ID, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, RefField, SortDirection, type SortColumn } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { AgeBand, Harm, NotificationDecision } from '../review.enums';

@InputType()
export class CreateNotificationInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @RefField()
  ref?: string;

  @Field(() => DateScalar)
  @IsString()
  dateAware!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  dateNotified?: string | null;

  @Field(() => Harm)
  @IsEnum(Harm)
  harm!: Harm;

  @Field(() => AgeBand)
  @IsEnum(AgeBand)
  ageBand!: AgeBand;

  @Field(() => NotificationDecision, { nullable: true, description: 'PENDING when omitted.' })
  @IsOptional()
  @IsEnum(NotificationDecision)
  decision?: NotificationDecision;

  @Field(() => String, { nullable: true, description: 'What happened, with nothing that identifies a child or family.' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  summary?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Themes of this partnership. On update, replaces the set when given.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  themeIds?: string[] | null;
}

@InputType()
export class UpdateNotificationInput extends PartialType(OmitType(CreateNotificationInput, ['partnershipId'] as const)) {}

@InputType()
export class NotificationFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date aware on or after this date.' })
  @IsOptional()
  dateAwareFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date aware on or before this date.' })
  @IsOptional()
  dateAwareTo?: string;

  @Field(() => Harm, { nullable: true })
  @IsOptional()
  @IsEnum(Harm)
  harm?: Harm;

  @Field(() => AgeBand, { nullable: true })
  @IsOptional()
  @IsEnum(AgeBand)
  ageBand?: AgeBand;

  @Field(() => NotificationDecision, { nullable: true })
  @IsOptional()
  @IsEnum(NotificationDecision)
  decision?: NotificationDecision;

  @Field(() => ID, { nullable: true, description: 'Notifications tagged with this theme.' })
  @IsOptional()
  @IsUUID()
  themeId?: string;
}

@ArgsType()
export class NotificationFilterArgs {
  @Field(() => NotificationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NotificationFilter)
  filter?: NotificationFilter;
}

/** The columns notifications may be sorted by (all NOT NULL, so keyset paging works). */
export enum NotificationSortField {
  dateAware = 'dateAware',
  ref = 'ref',
  harm = 'harm',
  decision = 'decision',
}
registerEnumType(NotificationSortField, { name: 'NotificationSortField' });

export const notificationSortFieldColumns: Record<NotificationSortField, SortColumn> = {
  dateAware: { property: 'dateAware', sqlType: 'date' },
  ref: { property: 'ref', sqlType: 'text' },
  harm: { property: 'harm', sqlType: 'text' },
  decision: { property: 'decision', sqlType: 'text' },
};

@ArgsType()
export class NotificationSortArgs {
  @Field(() => NotificationSortField, { nullable: true, description: 'The column to sort by (dateAware by default); ties go by id.' })
  @IsOptional()
  @IsEnum(NotificationSortField)
  sort?: NotificationSortField | null;

  @Field(() => SortDirection, {
    nullable: true,
    description: 'asc or desc; by default desc for the default column, asc for a chosen one.',
  })
  @IsOptional()
  @IsEnum(SortDirection)
  direction?: SortDirection | null;
}
