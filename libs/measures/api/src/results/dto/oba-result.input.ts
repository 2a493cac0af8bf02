import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { RefField } from '@sli/shared/api-core';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { MeasureKind } from '../../measure.enums';

@InputType()
export class CreateObaResultInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @RefField()
  ref?: string;

  @Field(() => String, { description: 'The condition of well-being, e.g. "Children are safe from abuse and neglect".' })
  @IsString()
  @Length(1, 300)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Who it is for, e.g. "Children and young people in Eastshire".' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  population?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order on the scorecard, lowest first; left out, after the others.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  position?: number;
}

@InputType()
export class UpdateObaResultInput extends PartialType(OmitType(CreateObaResultInput, ['partnershipId'] as const)) {}

@InputType()
export class CreateObaStrategyInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @Field(() => ID, { description: 'The result the strategy serves: a result of the same partnership.' })
  @IsUUID()
  resultId!: string;

  @RefField()
  ref?: string;

  @Field(() => String)
  @IsString()
  @Length(1, 300)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order under its result, lowest first; left out, after the others.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  position?: number;

  @Field(() => [ID], { nullable: true, description: 'Partner agencies: agencies of the same partnership.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  partnerAgencyIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Actions of the action plan that serve it: actions of the same partnership.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  actionIds?: string[];
}

@InputType()
export class UpdateObaStrategyInput extends PartialType(
  OmitType(CreateObaStrategyInput, ['partnershipId', 'partnerAgencyIds', 'actionIds'] as const),
) {}

@InputType({ description: "A measure's place in the hierarchy: an indicator of a result, or a performance measure of a strategy." })
export class SetMeasurePlaceInput {
  @Field(() => MeasureKind)
  @IsEnum(MeasureKind)
  kind!: MeasureKind;

  @Field(() => ID, { nullable: true, description: 'For an INDICATOR: the result it measures (empty: not linked yet). Must be empty for a PERFORMANCE_MEASURE.' })
  @IsOptional()
  @IsUUID()
  resultId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For a PERFORMANCE_MEASURE: the strategy it measures (empty: not linked yet). Must be empty for an INDICATOR.' })
  @IsOptional()
  @IsUUID()
  strategyId?: string | null;
}
