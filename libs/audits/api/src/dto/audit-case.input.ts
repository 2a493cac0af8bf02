import { RefField } from '@sli/shared/api-core';
import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { OfstedGrade } from '../audit.enums';

/** Domains × (agencies + overall) of one case: far above any real audit, a bound on one request. */
const MAX_GRADES = 1000;

@InputType()
export class AuditDomainGradeInput {
  @Field(() => String, { description: "The code of one of the partnership's audit domains (auditDomains), e.g. `voice-of-the-child`; not a retired one for a new grade." })
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'is not a domain code (lower-case words joined by hyphens)' })
  @Length(1, 100)
  domain!: string;

  @Field(() => ID, { nullable: true, description: "An agency of the partnership, for that agency's grade; omit for the overall multi-agency grade." })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field(() => OfstedGrade)
  @IsEnum(OfstedGrade)
  grade!: OfstedGrade;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 20000)
  narrative?: string | null;
}

@InputType()
export class CreateAuditCaseInput {
  @Field(() => ID, { description: 'A multi-agency case, single-agency or thematic audit.' })
  @IsUUID()
  auditId!: string;

  @RefField()
  ref?: string;

  @Field(() => OfstedGrade)
  @IsEnum(OfstedGrade)
  overallGrade!: OfstedGrade;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 20000)
  narrative?: string | null;

  @Field(() => [AuditDomainGradeInput], {
    nullable: true,
    description:
      'At most one overall grade per domain, and one per domain for each agency. On update, replaces the whole set; omit to keep it. ' +
      'A retired domain may stay on the grades a case already has, not be given to a new one.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_GRADES)
  @ValidateNested({ each: true })
  @Type(() => AuditDomainGradeInput)
  domainGrades?: AuditDomainGradeInput[] | null;
}

@InputType()
export class UpdateAuditCaseInput extends PartialType(OmitType(CreateAuditCaseInput, ['auditId'] as const)) {}

@InputType()
export class AuditCaseFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  auditId?: string;

  @Field(() => OfstedGrade, { nullable: true, description: 'Overall grade.' })
  @IsOptional()
  @IsEnum(OfstedGrade)
  grade?: OfstedGrade;
}

@ArgsType()
export class AuditCaseFilterArgs {
  @Field(() => AuditCaseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditCaseFilter)
  filter?: AuditCaseFilter;
}
