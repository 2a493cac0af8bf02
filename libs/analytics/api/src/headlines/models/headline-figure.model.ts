import { Field, Float, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@sli/shared/api-core';

@ObjectType({ description: "A metric catalogue value for one range, judged on one day: the figure and what it was computed from." })
export class HeadlineValue {
  @Field(() => String, { description: '`2024/25` for a financial year, else `YYYY-MM-DD to YYYY-MM-DD`.' })
  label!: string;

  @Field(() => DateScalar, { description: 'First day of the range of the records’ defining dates.' })
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  @Field(() => DateScalar, { description: 'The day "as of" figures (overdue, answered by, in progress) were judged on.' })
  asOf!: string;

  @Field(() => Float, { nullable: true, description: 'Counts as counts; percentages 0–100; null when there is nothing to measure.' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'What a rate or mean was computed from; null for counts.' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true })
  denominator!: number | null;
}

@ObjectType({ description: 'A headline figure from the metric catalogue: the chosen period, the same period a year earlier, and a trend by financial year.' })
export class HeadlineFigure {
  @Field(() => String, { description: 'The metric catalogue key.' })
  key!: string;

  @Field(() => String, { description: "The catalogue's definition, in words." })
  label!: string;

  @Field(() => String, { description: '`count`, `percent` (0–100), `days` or `score`.' })
  unit!: string;

  @Field(() => String, { description: 'OBA quadrant: `how-much`, `how-well` or `better-off`.' })
  quadrant!: string;

  @Field(() => String, {
    nullable: true,
    description: '`higher-is-better` or `lower-is-better`; null for a count of activity, whose change is described and never judged.',
  })
  polarity!: string | null;

  @Field(() => HeadlineValue)
  current!: HeadlineValue;

  @Field(() => HeadlineValue)
  previous!: HeadlineValue;

  @Field(() => [HeadlineValue], { description: 'Oldest first; each year judged on the earlier of its end and the as-of date.' })
  trend!: HeadlineValue[];
}
