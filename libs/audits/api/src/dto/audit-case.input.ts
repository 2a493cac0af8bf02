import { RefField } from '@sli/shared/api-core';
import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { AuditDomain, OfstedGrade } from '../audit.enums';

@InputType()
export class AuditDomainGradeInput {
  @Field(() => AuditDomain)
  @IsEnum(AuditDomain)
  domain!: AuditDomain;

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
    description: 'At most one grade per domain. On update, replaces the whole set; omit to keep it.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Object.keys(AuditDomain).length)
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
