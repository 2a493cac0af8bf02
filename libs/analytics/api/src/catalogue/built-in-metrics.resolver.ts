import { Query, Resolver } from '@nestjs/graphql';
import { MeasurePolarity, MeasureUnit, ObaQuadrant } from '@sli/measures-api';
import { METRIC_CATALOGUE } from '../metric-catalogue';
import { BuiltInMetric } from './built-in-metric.model';

@Resolver()
export class BuiltInMetricsResolver {
  @Query(() => [BuiltInMetric], {
    description: 'Every built-in metric, in catalogue order: what a COMPUTED measure can follow (the measure form lists them).',
  })
  builtInMetrics(): BuiltInMetric[] {
    return [...METRIC_CATALOGUE.values()].map((m) => ({
      key: m.key,
      label: m.label,
      quadrant: m.quadrant as ObaQuadrant,
      unit: m.unit as MeasureUnit,
      polarity: m.polarity as MeasurePolarity,
      activity: m.activity === true,
    }));
  }
}
