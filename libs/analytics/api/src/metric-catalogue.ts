import { ACTIONS_METRICS } from './actions-metrics/actions-metrics.catalogue';
import { AUDITS_METRICS } from './audits-metrics/audits-metrics.catalogue';
import type { MetricDefinition } from './common/metric-catalogue.types';
import { REFERRALS_METRICS } from './reviews-metrics/referrals-metrics.catalogue';
import { REVIEWS_METRICS } from './reviews-metrics/reviews-metrics.catalogue';
import { THEMES_METRICS } from './themes-metrics/themes-metrics.catalogue';
import { TRAINING_METRICS } from './training-metrics/training-metrics.catalogue';

/** Every built-in scalar metric, by key. */
export const METRIC_CATALOGUE: ReadonlyMap<string, MetricDefinition> = new Map(
  [...REVIEWS_METRICS, ...REFERRALS_METRICS, ...ACTIONS_METRICS, ...AUDITS_METRICS, ...TRAINING_METRICS, ...THEMES_METRICS].map((m) => [m.key, m]),
);
