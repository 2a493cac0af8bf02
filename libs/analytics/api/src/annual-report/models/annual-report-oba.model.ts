import { Field, ObjectType } from '@nestjs/graphql';
import type { Disclosure } from '@sli/analytics-domain';
import { Measure, ObaQuadrant } from '@sli/measures-api';
import { MeasureAnalysis } from '../../oba/models/oba.models';
import { ReportDisclosure } from '../annual-report.enums';

@ObjectType({
  description:
    "A headline measure of the partnership's OBA scorecard in the annual report: its analysis as of the last day of the report's year " +
    '(latest value, target, status against it, trend) beside the same as of the last day of the year before.',
})
export class AnnualReportObaMeasure {
  @Field(() => Measure, { description: 'The measure: name, unit, polarity, target, periodicity.' })
  measure!: Measure;

  @Field(() => ObaQuadrant)
  quadrant!: ObaQuadrant;

  @Field(() => ReportDisclosure, { description: "Always WORK: a measure of the partnership's work, published as it is." })
  disclosure!: Disclosure;

  @Field(() => MeasureAnalysis, { description: "As of the last day of the report's year." })
  analysis!: MeasureAnalysis;

  @Field(() => MeasureAnalysis, { description: 'As of the last day of the year before.' })
  previous!: MeasureAnalysis;
}
