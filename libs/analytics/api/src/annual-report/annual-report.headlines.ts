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

/** What the headlines of one report depend on. */
export interface HeadlineRequest {
  partnershipId: string;
  year: YearRange;
  previousYear: YearRange;
  /** Null gives exact values, a number the published ones (applied only to figures of people by characteristic). */
  threshold: number | null;
  work: ReportWork;
}

/**
 * Each headline metric for the year and the year before, for each request (one partnership's report),
 * in request order. "As of" figures are taken on each year's last day, or today for a year still
 * running (asOfFor), with statuses as they stood that day. Only the headlines of each partnership's
 * own `work`. The reports of one year are computed together: one grouped statement per metric and
 * year (`computeEach`), however many partnerships, so a national set of reports costs what one does.
 */
export async function headlineFigures(manager: EntityManager, requests: readonly HeadlineRequest[]): Promise<AnnualReportFigure[][]> {
  const out: AnnualReportFigure[][] = requests.map(() => []);
  const byYears = new Map<string, number[]>();
  requests.forEach((r, i) => {
    const key = `${r.year.start}|${r.year.end}|${r.previousYear.start}|${r.previousYear.end}`;
    byYears.set(key, [...(byYears.get(key) ?? []), i]);
  });
  for (const indexes of byYears.values()) {
    const first = requests[indexes[0] as number] as HeadlineRequest;
    const scope = (y: YearRange, partnershipIds: string[]): MetricScope => ({ partnershipIds, from: y.start, to: y.end, asOf: asOfFor(y.end) });
    // One metric after another: on PGlite queries queue on one session anyway, and order stays stable.
    for (const { key, disclosure, work } of HEADLINES) {
      const metric = METRIC_CATALOGUE.get(key);
      if (!metric) continue;
      const reporting = indexes.filter((i) => reports((requests[i] as HeadlineRequest).work, work));
      if (reporting.length === 0) continue;
      const ids = [...new Set(reporting.map((i) => (requests[i] as HeadlineRequest).partnershipId))];
      const current = await metric.computeEach(manager, scope(first.year, ids));
      const previous = await metric.computeEach(manager, scope(first.previousYear, ids));
      for (const i of reporting) {
        const r = requests[i] as HeadlineRequest;
        const now = current.get(r.partnershipId);
        const before = previous.get(r.partnershipId);
        if (!now || !before) throw new Error(`${key}: no value for partnership ${r.partnershipId}`);
        (out[i] as AnnualReportFigure[]).push({
          key: metric.key,
          label: metric.label,
          unit: metric.unit,
          quadrant: metric.quadrant,
          polarity: metric.polarity,
          disclosure,
          ...publishFigure(metric.unit, now, before, disclosureThreshold(disclosure, r.threshold)),
        });
      }
    }
  }
  return out;
}
