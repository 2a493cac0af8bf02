import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

export enum PeriodGrain {
  MONTH = 'month',
  QUARTER = 'quarter',
  FINANCIAL_YEAR = 'financial-year',
  CALENDAR_YEAR = 'calendar-year',
}

registerEnumType(PeriodGrain, {
  name: 'PeriodGrain',
  description: 'How figures are grouped in time. Quarters are financial-year quarters: Q1 is April to June.',
});

/**
 * The filters every metric takes (DESIGN.md section 4). A record falls in the range by its own
 * defining date: a notification by date aware, a review by initiation, an audit by its start,
 * an action by its due date, training by the session date.
 */
@InputType({ description: 'Which records a metric counts.' })
export class MetricFilter {
  @Field(() => [ID], { nullable: true, description: 'Partnerships to include; all when omitted.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  partnershipIds?: string[];

  @Field(() => DateScalar, { nullable: true, description: 'First day of the range, inclusive.' })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the range, inclusive.' })
  @IsOptional()
  @IsString()
  to?: string;

  @Field(() => ID, { nullable: true, description: 'Only records involving (or owned by) this agency.' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => [String], { nullable: true, description: 'Review types by their kebab-case value, e.g. `lcspr`, `sar`.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  reviewTypes?: string[];

  @Field(() => ID, { nullable: true, description: 'Only records tagged with this theme.' })
  @IsOptional()
  @IsUUID()
  themeId?: string;
}

@ArgsType()
export class MetricArgs {
  @Field(() => MetricFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MetricFilter)
  filter?: MetricFilter;

  @Field(() => PeriodGrain, { defaultValue: PeriodGrain.FINANCIAL_YEAR })
  @IsEnum(PeriodGrain)
  grain: PeriodGrain = PeriodGrain.FINANCIAL_YEAR;
}
