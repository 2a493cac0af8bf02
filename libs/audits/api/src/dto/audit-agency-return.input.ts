import { Field, ID, InputType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { RagRating } from '../audit.enums';

@InputType({ description: 'Invite agencies to return their part of an audit round.' })
export class InviteAuditAgenciesInput {
  @Field(() => ID)
  @IsUUID()
  auditId!: string;

  @Field(() => [ID], { nullable: true, description: "The agencies to invite; every agency taking part in the audit when not given. Agencies already invited are left as they are." })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  agencyIds?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day of the invitation; today when not given.' })
  @IsOptional()
  @IsString()
  sentOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the return is due; 20 working days after the invitation when not given.' })
  @IsOptional()
  @IsString()
  dueOn?: string | null;
}

@InputType({ description: "The agency's rating of one standard of the round's tool, with its narrative and evidence." })
export class AuditReturnAssessmentInput {
  @Field(() => ID)
  @IsUUID()
  toolStandardId!: string;

  @Field(() => RagRating, { nullable: true })
  @IsOptional()
  @IsEnum(RagRating)
  rating?: RagRating | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  narrative?: string | null;

  @Field(() => String, { nullable: true, description: 'What shows the rating: policies, audits, training records.' })
  @IsOptional()
  @IsString()
  evidence?: string | null;
}

@InputType({ description: "The agency's narrative on one case of a case audit." })
export class AuditReturnCaseInput {
  @Field(() => ID)
  @IsUUID()
  auditCaseId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  narrative?: string | null;
}

@InputType({ description: "The whole return as it stands: the summary and every rated standard or case narrative (they replace the return's rows)." })
export class AuditAgencyReturnInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  summary?: string | null;

  @Field(() => [AuditReturnAssessmentInput], { nullable: true, description: 'A self-assessment: one row per standard rated.' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AuditReturnAssessmentInput)
  assessments?: AuditReturnAssessmentInput[] | null;

  @Field(() => [AuditReturnCaseInput], { nullable: true, description: 'A case audit: one row per case.' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AuditReturnCaseInput)
  cases?: AuditReturnCaseInput[] | null;
}
