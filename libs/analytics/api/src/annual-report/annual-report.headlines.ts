import { asOfFor, publishFigure } from '@sli/analytics-domain';
import type { EntityManager } from 'typeorm';
import type { MetricScope } from '../common/metric-catalogue.types';
import { METRIC_CATALOGUE } from '../metric-catalogue';
import type { AnnualReportFigure } from './models/annual-report.model';

/**
 * The headline figures, in print order, by metric catalogue key. A key the catalogue does not
 * (yet) hold is left out rather than failing the report.
 */
export const HEADLINE_KEYS: readonly string[] = [
  'notifications',
  'notifications-on-time',
  'rapid-reviews-on-time',
  'reviews-started',
  'reviews-completed',
  'reviews-published',
  'actions-completed-on-time',
  'actions-overdue',
  'training-reach',
  'training-practice-change',
  'audit-good-or-better',
];

export interface YearRange {
  start: string;
  end: string;
}

/**
 * Each headline metric for the year and the year before, for one partnership; "as of" figures are
 * taken on each year's last day, or today for a year still running (asOfFor), with statuses as they
 * stood that day. `threshold` null gives exact values, a number the published ones.
 */
export async function headlineFigures(
  manager: EntityManager,
  partnershipId: string,
  year: YearRange,
  previousYear: YearRange,
  threshold: number | null,
): Promise<AnnualReportFigure[]> {
  const scope = (y: YearRange): MetricScope => ({ partnershipIds: [partnershipId], from: y.start, to: y.end, asOf: asOfFor(y.end) });
  const figures: AnnualReportFigure[] = [];
  // One metric after another: on PGlite queries queue on one session anyway, and order stays stable.
  for (const key of HEADLINE_KEYS) {
    const metric = METRIC_CATALOGUE.get(key);
    if (!metric) continue;
    const current = await metric.compute(manager, scope(year));
    const previous = await metric.compute(manager, scope(previousYear));
    figures.push({
      key: metric.key,
      label: metric.label,
      unit: metric.unit,
      quadrant: metric.quadrant,
      polarity: metric.polarity,
      ...publishFigure(metric.unit, current, previous, threshold),
    });
  }
  return figures;
}
