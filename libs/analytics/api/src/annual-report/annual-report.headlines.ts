import { asOfFor, disclosureThreshold, publishFigure, type Disclosure } from '@sli/analytics-domain';
import type { EntityManager } from 'typeorm';
import type { MetricScope } from '../common/metric-catalogue.types';
import { METRIC_CATALOGUE } from '../metric-catalogue';
import type { AnnualReportFigure } from './models/annual-report.model';

/**
 * The headline figures, in print order, by metric catalogue key, each with what it counts: every one
 * is the partnership's own work (or a rate built on it), published as it is (DESIGN.md section 4).
 * A key the catalogue does not (yet) hold is left out rather than failing the report.
 */
export const HEADLINES: readonly { key: string; disclosure: Disclosure }[] = [
  { key: 'notifications', disclosure: 'work' },
  { key: 'notifications-on-time', disclosure: 'work' },
  { key: 'rapid-reviews-on-time', disclosure: 'work' },
  { key: 'reviews-started', disclosure: 'work' },
  { key: 'reviews-completed', disclosure: 'work' },
  { key: 'reviews-published', disclosure: 'work' },
  { key: 'actions-completed-on-time', disclosure: 'work' },
  { key: 'actions-overdue', disclosure: 'work' },
  { key: 'training-reach', disclosure: 'work' },
  { key: 'training-practice-change', disclosure: 'work' },
  { key: 'audit-good-or-better', disclosure: 'work' },
];

export const HEADLINE_KEYS: readonly string[] = HEADLINES.map((h) => h.key);

export interface YearRange {
  start: string;
  end: string;
}

/**
 * Each headline metric for the year and the year before, for one partnership; "as of" figures are
 * taken on each year's last day, or today for a year still running (asOfFor), with statuses as they
 * stood that day. `threshold` null gives exact values, a number the published ones
 * (applied only to figures of people by characteristic).
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
  for (const { key, disclosure } of HEADLINES) {
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
      disclosure,
      ...publishFigure(metric.unit, current, previous, disclosureThreshold(disclosure, threshold)),
    });
  }
  return figures;
}
