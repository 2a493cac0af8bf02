export { AnalyticsModule } from './analytics.module';
export { METRIC_CATALOGUE } from './metric-catalogue';
export { actionsAsOf } from './actions-metrics/action-metrics.sql';
export type { MetricDefinition, MetricScope, MetricValue } from './common/metric-catalogue.types';
export { AGE_BAND_LABELS, HARM_LABELS, REVIEW_TYPE_LABELS } from './reviews-metrics/reviews-metrics.labels';
