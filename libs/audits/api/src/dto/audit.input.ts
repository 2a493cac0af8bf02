import { ArgsType, Field, ID, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, RefField, SortDirection, type SortColumn } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { AuditType } from '../audit.enums';

@InputType()
export class CreateAuditInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @RefField()
  ref?: string;

  @Field(() => AuditType)
  @IsEnum(AuditType)
  type!: AuditType;

  @Field(() => String)
  @IsString()
  @Length(1, 300)
  title!: string;

  @Field(() => String, { nullable: true, description: 'The cycle or round, e.g. `2024-25 Q2`.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  round?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  leadAgencyId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The assurance tool version used; a section 11 audit given none uses the in-use version of the partnership's section 11 tool.",
  })
  @IsOptional()
  @IsUUID()
  toolId?: string | null;

  @Field(() => DateScalar)
  @IsString() // the scalar checks the format; a decorator keeps the whitelisting pipe from dropping it
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'On or after startedOn.' })
  @IsOptional()
  completedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 20000)
  summary?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Agencies taking part. On update, replaces the set; omit to keep it.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  agencyIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Themes of the audit. On update, replaces the set; omit to keep it.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  themeIds?: string[] | null;
}

@InputType()
export class UpdateAuditInput extends PartialType(OmitType(CreateAuditInput, ['partnershipId'] as const)) {}

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => [AuditType], { nullable: true, description: 'Any of these types.' })
  @IsOptional()
  @IsArray()
  @IsEnum(AuditType, { each: true })
  types?: AuditType[];

  @Field(() => DateScalar, { nullable: true, description: 'Started on or after this date.' })
  @IsOptional()
  startedFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Started on or before this date.' })
  @IsOptional()
  startedTo?: string;

  @Field(() => ID, { nullable: true, description: 'Led by, or taking part in, this agency.' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  themeId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  round?: string;
}

@ArgsType()
export class AuditFilterArgs {
  @Field(() => AuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditFilter)
  filter?: AuditFilter;
}

/** The columns audits may be sorted by (all NOT NULL, so keyset paging works). */
export enum AuditSortField {
  startedOn = 'startedOn',
  ref = 'ref',
  title = 'title',
  type = 'type',
}
registerEnumType(AuditSortField, { name: 'AuditSortField' });

export const auditSortFieldColumns: Record<AuditSortField, SortColumn> = {
  startedOn: { property: 'startedOn', sqlType: 'date' },
  ref: { property: 'ref', sqlType: 'text' },
  title: { property: 'title', sqlType: 'text' },
  type: { property: 'type', sqlType: 'text' },
};

@ArgsType()
export class AuditSortArgs {
  @Field(() => AuditSortField, { nullable: true, description: 'The column to sort by (startedOn by default); ties go by id.' })
  @IsOptional()
  @IsEnum(AuditSortField)
  sort?: AuditSortField | null;

  @Field(() => SortDirection, {
    nullable: true,
    description: 'asc or desc; by default desc for the default column, asc for a chosen one.',
  })
  @IsOptional()
  @IsEnum(SortDirection)
  direction?: SortDirection | null;
}
