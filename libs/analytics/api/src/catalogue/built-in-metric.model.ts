import { Field, ObjectType } from '@nestjs/graphql';
import { MeasurePolarity, MeasureUnit, ObaQuadrant } from '@sli/measures-api';

@ObjectType({ description: 'A built-in metric a COMPUTED measure can follow: the definition the overview and the annual report also use.' })
export class BuiltInMetric {
  @Field(() => String, { description: 'The key a measure stores in `metric`, e.g. `notifications-on-time`.' })
  key!: string;

  @Field(() => String, { description: 'The definition, in words.' })
  label!: string;

  @Field(() => ObaQuadrant)
  quadrant!: ObaQuadrant;

  @Field(() => MeasureUnit)
  unit!: MeasureUnit;

  @Field(() => MeasurePolarity, { description: 'Which way is better; for a count of activity, the direction charts are drawn in.' })
  polarity!: MeasurePolarity;

  @Field(() => Boolean, { description: 'A count of the partnership’s activity: more is neither good nor bad news in itself.' })
  activity!: boolean;
}
