import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';
import { PeriodGrain } from './metric-args';

@ObjectType({ description: 'A reporting period: a month, a financial-year quarter, a financial year or a calendar year.' })
export class PeriodModel {
  @Field(() => PeriodGrain)
  grain!: PeriodGrain;

  @Field(() => DateScalar, { description: 'First day, inclusive.' })
  start!: string;

  @Field(() => DateScalar, { description: 'Last day, inclusive.' })
  end!: string;

  @Field(() => String, { description: 'e.g. `2024/25`, `2024/25 Q1`, `Apr 2024`, `2024`.' })
  label!: string;
}

@ObjectType('Rate', { description: 'A proportion with what it was computed from; value is null when the denominator is 0.' })
export class RateModel {
  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;

  @Field(() => Float, { nullable: true, description: 'numerator / denominator, from 0 to 1.' })
  value!: number | null;
}
