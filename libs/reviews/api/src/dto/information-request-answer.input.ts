import { Field, ID, InputType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { KnownToAgency } from '../information-request-answer.enums';

@InputType({ description: 'One chronology row: pseudonyms only ("Child A", "Adult B").' })
export class ChronologyEntryInput {
  @Field(() => DateScalar, { nullable: true, description: 'The date of the event.' })
  @IsOptional()
  @IsString()
  occurredOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'The agency involved; the answering agency when not given.' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  event?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  source?: string | null;
}

@InputType({ description: "The whole answer as it stands: its fields and every chronology row (the rows replace the answer's rows)." })
export class InformationRequestAnswerInput {
  @Field(() => KnownToAgency, { nullable: true })
  @IsOptional()
  @IsEnum(KnownToAgency)
  knownToAgency?: KnownToAgency | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  involvedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  involvedTo?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  involvement?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  analysis?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  notes?: string | null;

  @Field(() => [ChronologyEntryInput], { defaultValue: [] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ChronologyEntryInput)
  chronology!: ChronologyEntryInput[];
}
