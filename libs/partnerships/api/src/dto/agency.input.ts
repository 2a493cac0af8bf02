import { RefField } from '@sli/shared/api-core';
import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested, MaxLength } from 'class-validator';
import { AgencySector } from '../partnership.enums';

@InputType()
export class CreateAgencyInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @RefField()
  ref?: string;

  @Field(() => String)
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => AgencySector)
  @IsEnum(AgencySector)
  sector!: AgencySector;

  @Field(() => Boolean, { nullable: true, description: 'Defaults to true.' })
  @IsOptional()
  @IsBoolean()
  isCoreMember?: boolean;
}

@InputType()
export class UpdateAgencyInput extends PartialType(OmitType(CreateAgencyInput, ['partnershipId'] as const)) {}

@InputType()
export class AgencyFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => AgencySector, { nullable: true })
  @IsOptional()
  @IsEnum(AgencySector)
  sector?: AgencySector;

  @Field(() => String, { nullable: true, description: 'Matches part of the name, ignoring case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class AgencyFilterArgs {
  @Field(() => AgencyFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgencyFilter)
  filter?: AgencyFilter;
}
