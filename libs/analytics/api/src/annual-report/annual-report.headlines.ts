import { asOfFor, disclosureThreshold, publishFigure, type Disclosure } from '@sli/analytics-domain';
import type { EntityManager } from 'typeorm';
import type { MetricScope } from '../common/metric-catalogue.types';
import { reports, type ReportWork, type Work } from './annual-report.kinds';
import { METRIC_CATALOGUE } from '../metric-catalogue';
import type { AnnualReportFigure } from './models/annual-report.model';

/**
 * The headline figures, in print order, by metric catalogue key, each with what it counts: every one
 * is the partnership's own work (or a rate built on it), published as it is (DESIGN.md section 4).
 * `work`: only a partnership that does that work reports it (notifications for one that works with
 * children, SARs for an adults board, DHRs for a community safety partnership or an adults board).
 * A key the catalogue does not (yet) hold is left out rather than failing the report.
 */
export const HEADLINES: readonly { key: string; disclosure: Disclosure; work?: Work }[] = [
  { key: 'notifications', disclosure: 'work', work: 'children' },
  { key: 'notifications-on-time', disclosure: 'work', work: 'children' },
  { key: 'rapid-reviews-on-time', disclosure: 'work', work: 'children' },
  { key: 'sars-started', disclosure: 'work', work: 'adults' },
  { key: 'sars-within-six-months', disclosure: 'work', work: 'adults' },
  { key: 'dhrs-started', disclosure: 'work', work: 'domesticHomicide' },
  { key: 'dhrs-within-six-months', disclosure: 'work', work: 'domesticHomicide' },
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
 * stood that day. Only the headlines of the partnership's own `work`. `threshold` null gives exact
 * values, a number the published ones (applied only to figures of people by characteristic).
 */
export async function headlineFigures(
  manager: EntityManager,
  partnershipId: string,
  year: YearRange,
  previousYear: YearRange,
  threshold: number | null,
  work: ReportWork,
): Promise<AnnualReportFigure[]> {
  const scope = (y: YearRange): MetricScope => ({ partnershipIds: [partnershipId], from: y.start, to: y.end, asOf: asOfFor(y.end) });
  const figures: AnnualReportFigure[] = [];
  // One metric after another: on PGlite queries queue on one session anyway, and order stays stable.
  for (const { key, disclosure } of HEADLINES.filter((h) => reports(work, h.work))) {
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
