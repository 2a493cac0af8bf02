import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, RefField, SortDirection, type SortColumn } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { FamilyParticipation, RapidReviewOutcome, ReviewMethod, ReviewStatus, ReviewType } from '../review.enums';

@InputType()
export class CreateReviewInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @RefField()
  ref?: string;

  @Field(() => ReviewType)
  @IsEnum(ReviewType)
  type!: ReviewType;

  @Field(() => String)
  @IsString()
  @Length(1, 300)
  title!: string;

  @Field(() => ReviewStatus, { nullable: true, description: 'PROPOSED when omitted.' })
  @IsOptional()
  @IsEnum(ReviewStatus)
  status?: ReviewStatus;

  @Field(() => ID, { nullable: true, description: 'A notification of the same partnership.' })
  @IsOptional()
  @IsUUID()
  notificationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The review of the same partnership that led to this one.' })
  @IsOptional()
  @IsUUID()
  sourceReviewId?: string | null;

  @Field(() => DateScalar)
  @IsString()
  initiatedOn!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  termsAgreedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  completedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when the status is CLOSED_UNPUBLISHED.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  unpublishedReason?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False when omitted.' })
  @IsOptional()
  @IsBoolean()
  independentReviewer?: boolean;

  @Field(() => FamilyParticipation, { nullable: true, description: 'NOT_YET_OFFERED when omitted.' })
  @IsOptional()
  @IsEnum(FamilyParticipation)
  familyParticipation?: FamilyParticipation;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  practitionersInvolved?: number | null;

  @Field(() => String, { nullable: true, description: 'The independent reviewer and others, named as professionals. Not for rapid reviews.' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reviewers?: string | null;

  @Field(() => ReviewMethod, { nullable: true, description: 'Not for rapid reviews.' })
  @IsOptional()
  @IsEnum(ReviewMethod)
  method?: ReviewMethod | null;

  @Field(() => String, { nullable: true, description: 'Required when the method is OTHER.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  methodDetails?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The final report sent to the national Panel and the Secretary of State. Not for rapid reviews.' })
  @IsOptional()
  reportSharedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Publication planned for; not once published. Not for rapid reviews.' })
  @IsOptional()
  plannedPublicationOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Rapid reviews only.' })
  @IsOptional()
  infoRequestedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Rapid reviews only.' })
  @IsOptional()
  meetingOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Rapid reviews only.' })
  @IsOptional()
  sentToPanelOn?: string | null;

  @Field(() => RapidReviewOutcome, { nullable: true, description: 'Rapid reviews only.' })
  @IsOptional()
  @IsEnum(RapidReviewOutcome)
  rapidReviewOutcome?: RapidReviewOutcome | null;

  @Field(() => Boolean, { nullable: true, description: 'Rapid reviews only.' })
  @IsOptional()
  @IsBoolean()
  nationalReviewRecommended?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Agencies of this partnership involved. On update, replaces the set when given.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  agencyIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Themes of this partnership. On update, replaces the set when given.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  themeIds?: string[] | null;
}

@InputType()
export class UpdateReviewInput extends PartialType(OmitType(CreateReviewInput, ['partnershipId'] as const)) {}

@InputType()
export class ReviewFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => [ReviewType], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ReviewType, { each: true })
  types?: ReviewType[];

  @Field(() => [ReviewStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ReviewStatus, { each: true })
  statuses?: ReviewStatus[];

  @Field(() => DateScalar, { nullable: true, description: 'Initiated on or after this date.' })
  @IsOptional()
  initiatedFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Initiated on or before this date.' })
  @IsOptional()
  initiatedTo?: string;

  @Field(() => ID, { nullable: true, description: 'Reviews this agency is involved in.' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Reviews tagged with this theme.' })
  @IsOptional()
  @IsUUID()
  themeId?: string;

  @Field(() => String, { nullable: true, description: 'Matches part of the title, ignoring case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class ReviewFilterArgs {
  @Field(() => ReviewFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReviewFilter)
  filter?: ReviewFilter;
}

/** The columns reviews may be sorted by (all NOT NULL, so keyset paging works). */
export enum ReviewSortField {
  initiatedOn = 'initiatedOn',
  ref = 'ref',
  title = 'title',
  type = 'type',
  status = 'status',
}
registerEnumType(ReviewSortField, { name: 'ReviewSortField' });

export const reviewSortFieldColumns: Record<ReviewSortField, SortColumn> = {
  initiatedOn: { property: 'initiatedOn', sqlType: 'date' },
  ref: { property: 'ref', sqlType: 'text' },
  title: { property: 'title', sqlType: 'text' },
  type: { property: 'type', sqlType: 'text' },
  status: { property: 'status', sqlType: 'text' },
};

@ArgsType()
export class ReviewSortArgs {
  @Field(() => ReviewSortField, { nullable: true, description: 'The column to sort by (initiatedOn by default); ties go by id.' })
  @IsOptional()
  @IsEnum(ReviewSortField)
  sort?: ReviewSortField | null;

  @Field(() => SortDirection, {
    nullable: true,
    description: 'asc or desc; by default desc for the default column, asc for a chosen one.',
  })
  @IsOptional()
  @IsEnum(SortDirection)
  direction?: SortDirection | null;
}
