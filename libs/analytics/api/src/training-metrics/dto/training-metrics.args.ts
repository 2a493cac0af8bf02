import { ArgsType, Field } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { MetricArgs, MetricFilter } from '../../common/metric-args';
import { TrainingAttendanceMeasure, TrainingMetricsGroupBy } from '../training-metrics.enums';

@ArgsType()
export class TrainingReachArgs extends MetricArgs {
  @Field(() => TrainingMetricsGroupBy, { defaultValue: TrainingMetricsGroupBy.NONE })
  @IsEnum(TrainingMetricsGroupBy)
  groupBy: TrainingMetricsGroupBy = TrainingMetricsGroupBy.NONE;
}

@ArgsType()
export class TrainingImpactArgs extends TrainingReachArgs {
  @Field(() => DateScalar, { description: 'Count evaluations submitted, and follow-ups sent and answered, on or before this date.' })
  @IsString()
  asOf!: string;
}

@ArgsType()
export class TrainingKirkpatrickArgs {
  @Field(() => MetricFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MetricFilter)
  filter?: MetricFilter;

  @Field(() => DateScalar)
  @IsString()
  asOf!: string;
}

@ArgsType()
export class TrainingSessionsBehindArgs extends TrainingReachArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description: "Only the period of `grain` containing this date (e.g. a row's period.start); the whole filter range when omitted.",
  })
  @IsOptional()
  @IsString()
  periodStart?: string;

  @Field(() => String, { nullable: true, description: "The row's group.key; required unless groupBy is NONE." })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  groupKey?: string;
}

@ArgsType()
export class TrainingAttendancesBehindArgs extends TrainingSessionsBehindArgs {
  @Field(() => TrainingAttendanceMeasure, { defaultValue: TrainingAttendanceMeasure.BOOKED })
  @IsEnum(TrainingAttendanceMeasure)
  measure: TrainingAttendanceMeasure = TrainingAttendanceMeasure.BOOKED;

  @Field(() => DateScalar, { nullable: true, description: 'Required for EVALUATED and the FOLLOW_UP / CHANGED_PRACTICE measures.' })
  @IsOptional()
  @IsString()
  asOf?: string;
}
