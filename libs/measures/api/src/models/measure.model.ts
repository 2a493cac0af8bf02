import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Connection, DateScalar } from '@sli/shared/api-core';
import { MeasureKind, MeasurePeriodicity, MeasurePolarity, MeasureSource, MeasureUnit, ObaQuadrant } from '../measure.enums';

@ObjectType({ description: 'An outcomes-based accountability (OBA) measure and its series of period values.' })
export class Measure {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String)
  ref!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ObaQuadrant)
  quadrant!: ObaQuadrant;

  @Field(() => MeasurePolarity)
  polarity!: MeasurePolarity;

  @Field(() => MeasureUnit)
  unit!: MeasureUnit;

  @Field(() => MeasurePeriodicity)
  periodicity!: MeasurePeriodicity;

  @Field(() => MeasureSource)
  source!: MeasureSource;

  @Field(() => String, { nullable: true, description: 'The built-in metric of a computed measure, e.g. `notifications-on-time`.' })
  metric!: string | null;

  @Field(() => Boolean, { description: 'A headline measure rather than a secondary one.' })
  headline!: boolean;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => Float, { nullable: true })
  baseline!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'The period the baseline was measured in.' })
  baselinePeriodStart!: string | null;

  @Field(() => ID, { nullable: true, description: 'The agency the measure belongs to; null for the whole partnership.' })
  agencyId!: string | null;

  @Field(() => MeasureKind, { description: 'An indicator of a result, or a performance measure of a strategy.' })
  kind!: MeasureKind;

  @Field(() => ID, { nullable: true, description: 'The result an indicator measures; null for a performance measure (see `result`).' })
  resultId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The strategy a performance measure measures; null for an indicator.' })
  strategyId!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class MeasureConnection extends Connection(Measure) {}

@ObjectType({ description: "A measure's value for one period." })
export class MeasureValue {
  @Field(() => ID)
  measureId!: string;

  @Field(() => DateScalar, { description: 'The first day of the period.' })
  periodStart!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType({ description: 'The "story behind the curve": a dated note on a measure, optionally about one period.' })
export class MeasureNote {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  measureId!: string;

  @Field(() => DateScalar, { nullable: true })
  periodStart!: string | null;

  @Field(() => DateScalar)
  writtenOn!: string;

  @Field(() => String, { nullable: true })
  author!: string | null;

  @Field(() => String)
  text!: string;
}
