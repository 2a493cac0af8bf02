import { ArgsType, Field, Int } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MetricFilter } from '../../common/metric-args';

@ArgsType()
export class HeadlineFiguresArgs {
  @Field(() => MetricFilter, { description: 'The chosen range (from and to are required) and filters.' })
  @ValidateNested()
  @Type(() => MetricFilter)
  filter!: MetricFilter;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day "as of" figures are judged on; never later than today. Default: the earlier of `filter.to` and today.',
  })
  @IsOptional()
  @IsString()
  asOf?: string;

  @Field(() => [String], { description: 'Metric catalogue keys, e.g. `actions-overdue`, in the order wanted.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  keys!: string[];

  @Field(() => Int, { defaultValue: 0, description: 'How many financial years of trend, to the one holding `filter.to` (0–10).' })
  @IsInt()
  @Min(0)
  @Max(10)
  trendYears = 0;
}
