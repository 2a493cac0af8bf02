import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { PeriodGrain } from '../../common/metric-args';

/** Forecasts reach at most this many periods ahead: a straight line says little beyond a few. */
export const MAX_FORECAST_PERIODS = 40;

@ArgsType()
export class MeasureAnalysisArgs {
  @Field(() => DateScalar, { description: 'Only periods that had ended by this date count.' })
  @IsString()
  asOf!: string;

  @Field(() => Int, { defaultValue: 4, description: `How many periods to forecast, 0 to ${MAX_FORECAST_PERIODS}.` })
  @IsInt()
  @Min(0)
  @Max(MAX_FORECAST_PERIODS)
  forecastPeriods = 4;
}

@ArgsType()
export class ObaScorecardArgs extends MeasureAnalysisArgs {
  @Field(() => ID)
  @IsUUID()
  partnershipId!: string;
}

@ArgsType()
export class ObaMeasureArgs extends MeasureAnalysisArgs {
  @Field(() => ID)
  @IsUUID()
  measureId!: string;
}

@ArgsType()
export class ObaScorecardsArgs extends MeasureAnalysisArgs {
  @Field(() => [ID], { nullable: true, description: 'Partnerships to include; all when omitted.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  partnershipIds?: string[];
}

@ArgsType()
export class ObaRollupArgs {
  @Field(() => String, { description: 'A built-in metric key, e.g. `notifications-on-time`.' })
  @IsString()
  @Length(1, 80)
  metric!: string;

  @Field(() => [ID], { nullable: true, description: 'Partnerships to include; all when omitted.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  partnershipIds?: string[];

  @Field(() => DateScalar, { description: 'Only periods that had ended by this date count; also the "as of" date of the metric.' })
  @IsString()
  asOf!: string;

  @Field(() => PeriodGrain, { defaultValue: PeriodGrain.FINANCIAL_YEAR })
  @IsEnum(PeriodGrain)
  grain: PeriodGrain = PeriodGrain.FINANCIAL_YEAR;

  @Field(() => DateScalar, { nullable: true, description: 'First day to cover; the earliest record of the partnerships when omitted.' })
  @IsOptional()
  @IsString()
  from?: string;
}
