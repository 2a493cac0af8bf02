import { ArgsType, Field, Float, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { DateScalar, RefField } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { MeasurePeriodicity, MeasurePolarity, MeasureSource, MeasureUnit, ObaQuadrant } from '../measure.enums';

@InputType()
export class CreateMeasureInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;

  @RefField()
  ref?: string;

  @Field(() => String)
  @IsString()
  @Length(1, 300)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  description?: string | null;

  @Field(() => ObaQuadrant)
  @IsEnum(ObaQuadrant)
  quadrant!: ObaQuadrant;

  @Field(() => MeasurePolarity)
  @IsEnum(MeasurePolarity)
  polarity!: MeasurePolarity;

  @Field(() => MeasureUnit)
  @IsEnum(MeasureUnit)
  unit!: MeasureUnit;

  @Field(() => MeasurePeriodicity)
  @IsEnum(MeasurePeriodicity)
  periodicity!: MeasurePeriodicity;

  @Field(() => MeasureSource)
  @IsEnum(MeasureSource)
  source!: MeasureSource;

  @Field(() => String, { nullable: true, description: 'Required for a COMPUTED measure, empty for an ENTERED one.' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, { message: 'must be a metric code in kebab-case, e.g. notifications-on-time' })
  @Length(1, 80)
  metric?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  headline?: boolean;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  target?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  baseline?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Must start a period of the measure’s periodicity.' })
  @IsOptional()
  @IsString()
  baselinePeriodStart?: string | null;

  @Field(() => ID, { nullable: true, description: 'An agency of the same partnership; empty for the whole partnership.' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;
}

// omitDefaultValues: an update that leaves `headline` out must not reset it to the create default.
@InputType()
export class UpdateMeasureInput extends PartialType(OmitType(CreateMeasureInput, ['partnershipId'] as const), { omitDefaultValues: true }) {}

@InputType()
export class MeasureFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string;

  @Field(() => ObaQuadrant, { nullable: true })
  @IsOptional()
  @IsEnum(ObaQuadrant)
  quadrant?: ObaQuadrant;

  @Field(() => Boolean, { nullable: true, description: 'True for headline measures only, false for secondary ones only.' })
  @IsOptional()
  @IsBoolean()
  headline?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => MeasureSource, { nullable: true })
  @IsOptional()
  @IsEnum(MeasureSource)
  source?: MeasureSource;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True for measures placed in the results hierarchy (an indicator of a result or a measure of a strategy), false for those not linked yet.',
  })
  @IsOptional()
  @IsBoolean()
  placed?: boolean;
}

@ArgsType()
export class MeasureFilterArgs {
  @Field(() => MeasureFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeasureFilter)
  filter?: MeasureFilter;
}

@InputType()
export class MeasureValueInput {
  @Field(() => DateScalar, { description: 'The first day of the period.' })
  @IsString()
  periodStart!: string;

  @Field(() => Float)
  @IsNumber()
  value!: number;
}

@ArgsType()
export class SetMeasureValuesArgs {
  @Field(() => ID)
  @IsUUID()
  measureId!: string;

  @Field(() => [MeasureValueInput], { description: 'Values to add or replace, by period; other periods keep theirs.' })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => MeasureValueInput)
  values!: MeasureValueInput[];
}

@InputType()
export class AddMeasureNoteInput {
  @Field(() => DateScalar, { nullable: true, description: 'The period the note is about, if one.' })
  @IsOptional()
  @IsString()
  periodStart?: string | null;

  @Field(() => DateScalar)
  @IsString()
  writtenOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  author?: string | null;

  @Field(() => String)
  @IsString()
  @Length(1, 4000)
  text!: string;
}
