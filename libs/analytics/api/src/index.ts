export { AnalyticsModule } from './analytics.module';
export { METRIC_CATALOGUE } from './metric-catalogue';
export type { MetricDefinition, MetricScope, MetricValue } from './common/metric-catalogue.types';
export { REVIEW_TYPE_LABELS } from './reviews-metrics/reviews-metrics.labels';
