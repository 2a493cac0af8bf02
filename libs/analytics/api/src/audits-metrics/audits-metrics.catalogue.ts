import type { MetricDefinition } from '../common/metric-catalogue.types';

/** Scalar metrics of this family, for OBA computed measures and the annual report. */
export const AUDITS_METRICS: MetricDefinition[] = [];
