import { ArgsType, Field, ID } from '@nestjs/graphql';
import { AuditType, OfstedGrade, RagRating } from '@sli/audits-api';
import { DateScalar, SortDirection } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { MetricArgs, MetricFilter } from '../../common/metric-args';
import { AuditListSort, AuditRoundBasis, Section11ModerationChange } from '../audit-metrics.enums';

@ArgsType()
export class AuditQualityArgs extends MetricArgs {
  @Field(() => [AuditType], {
    nullable: true,
    description: 'Audit types to include; by default every type that grades cases (multi-agency case, single-agency, thematic).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(AuditType, { each: true })
  auditTypes?: AuditType[];
}

@ArgsType()
export class AuditListArgs extends AuditQualityArgs {
  @Field(() => AuditListSort, { nullable: true, description: 'The column to sort by (startedOn by default); ties go by reference, then id.' })
  @IsOptional()
  @IsEnum(AuditListSort)
  sort?: AuditListSort | null;

  @Field(() => SortDirection, { nullable: true, description: 'asc or desc; by default desc for the default column, asc for a chosen one.' })
  @IsOptional()
  @IsEnum(SortDirection)
  direction?: SortDirection | null;
}

@ArgsType()
export class AuditQualityRoundsArgs {
  @Field(() => MetricFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MetricFilter)
  filter?: MetricFilter;

  @Field(() => AuditRoundBasis, { defaultValue: AuditRoundBasis.AUDIT })
  @IsEnum(AuditRoundBasis)
  basis: AuditRoundBasis = AuditRoundBasis.AUDIT;

  @Field(() => [AuditType], { nullable: true, description: 'Audit types compared; multi-agency case audits by default.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(AuditType, { each: true })
  auditTypes?: AuditType[];
}

@ArgsType()
export class AuditCasesBehindArgs extends AuditQualityArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only the period of `grain` containing this date (e.g. a row\'s period.start); the whole filter range when omitted.',
  })
  @IsOptional()
  @IsString()
  periodStart?: string;

  @Field(() => ID, { nullable: true, description: 'Only the cases of this audit.' })
  @IsOptional()
  @IsUUID()
  auditId?: string;

  @Field(() => String, { nullable: true, description: 'Only audits with this round label.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  round?: string;

  @Field(() => String, {
    nullable: true,
    description: "Judge the cases by their overall (multi-agency) grade in this domain, by its code (the partnership's auditDomains), instead of overall.",
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'is not a domain code (lower-case words joined by hyphens)' })
  domain?: string;

  @Field(() => OfstedGrade, { nullable: true, description: 'Only cases with this grade (overall, or in `domain`).' })
  @IsOptional()
  @IsEnum(OfstedGrade)
  grade?: OfstedGrade;

  @Field(() => Boolean, { nullable: true, description: 'true: only cases graded outstanding or good; false: only the others.' })
  @IsOptional()
  @IsBoolean()
  goodOrBetter?: boolean;
}

@ArgsType()
export class Section11GridsArgs {
  @Field(() => MetricFilter, {
    nullable: true,
    description: 'Section 11 audits by start date, partnership and theme; agencyId keeps only that agency\'s assessments.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MetricFilter)
  filter?: MetricFilter;
}

@ArgsType()
export class Section11AssessmentsBehindArgs extends Section11GridsArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  auditId?: string;

  @Field(() => String, { nullable: true, description: "A standard's code." })
  @IsOptional()
  @IsString()
  standard?: string;

  @Field(() => RagRating, { nullable: true, description: 'Only assessments whose final rating is this.' })
  @IsOptional()
  @IsEnum(RagRating)
  finalRating?: RagRating;

  @Field(() => Section11ModerationChange, { nullable: true })
  @IsOptional()
  @IsEnum(Section11ModerationChange)
  moderation?: Section11ModerationChange;
}

@ArgsType()
export class AuditAgencyGradesArgs {
  @Field(() => MetricFilter, { nullable: true, description: 'partnershipIds, from/to (start date), themeId; agencyId keeps that agency\'s grades only.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MetricFilter)
  filter?: MetricFilter;

  @Field(() => ID, { nullable: true, description: 'Only the cases of this audit.' })
  @IsOptional()
  @IsUUID()
  auditId?: string;

  @Field(() => String, { nullable: true, description: 'Only audits with this round label (the round of an audit page).' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  round?: string;

  @Field(() => [AuditType], { nullable: true, description: 'Audit types; by default every type that grades cases.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(AuditType, { each: true })
  auditTypes?: AuditType[];
}
