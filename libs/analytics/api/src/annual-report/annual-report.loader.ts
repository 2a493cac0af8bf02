import { groupByKey, type RequestContext } from '@sli/shared/api-core';
import type { YearRange } from './annual-report.headlines';
import { buildTable, type AnnualReportService, type TableCount } from './annual-report.service';
import { reportWork, reports } from './annual-report.kinds';
import { TABLE_SOURCES, type TableSource } from './annual-report.tables';
import type { AnnualReport, AnnualReportFigure, AnnualReportTable } from './models/annual-report.model';

/**
 * One table's counts for a partnership and year, batched: every report of a request asking for
 * the same table and year is counted in one query (annualReports over a region is not N+1).
 */
export function tableCountsLoader(ctx: RequestContext, service: AnnualReportService, source: TableSource) {
  return ctx.loaders.get<string, TableCount[]>(`annualReport.tableCounts.${source.key}`, async (keys) => {
    const byYear = new Map<string, string[]>();
    for (const key of keys) {
      const [pid, start, end] = key.split('|') as [string, string, string];
      const yearKey = `${start}|${end}`;
      byYear.set(yearKey, [...(byYear.get(yearKey) ?? []), pid]);
    }
    const rows: (TableCount & { key: string })[] = [];
    for (const [yearKey, pids] of byYear) {
      const [start, end] = yearKey.split('|') as [string, string];
      const year: YearRange = { start, end };
      for (const c of await service.tableCounts(source, pids, year)) rows.push({ ...c, key: `${c.partnership_id}|${yearKey}` });
    }
    return groupByKey(keys, rows, (r) => r.key);
  });
}

export function tableCountsKey(partnershipId: string, year: YearRange): string {
  return `${partnershipId}|${year.start}|${year.end}`;
}

/**
 * A report's tables with the year before's totals beside them, those of the partnership's own work only (no
 * notifications table for an adults board or a community safety partnership): the `tables` field and the
 * PDF both come from here.
 */
export function reportTables(ctx: RequestContext, service: AnnualReportService, report: AnnualReport): Promise<AnnualReportTable[]> {
  const key = tableCountsKey(report.partnershipId, report.year);
  const previousKey = tableCountsKey(report.partnershipId, report.previousYear);
  const work = reportWork(report.partnershipKind);
  return Promise.all(
    TABLE_SOURCES.filter((source) => reports(work, source.work)).map(async (source) => {
      const loader = tableCountsLoader(ctx, service, source);
      const [counts, previous] = await Promise.all([loader.load(key), loader.load(previousKey)]);
      return buildTable(source, counts, report, previous);
    }),
  );
}

/**
 * A report's headline figures, batched: every report a request resolves (annualReports over a region,
 * or every partnership) is computed together, one grouped statement per metric and year.
 */
export function reportHeadlines(ctx: RequestContext, service: AnnualReportService, report: AnnualReport): Promise<AnnualReportFigure[]> {
  return ctx.loaders.get<AnnualReport, AnnualReportFigure[]>('annualReport.headlines', (reports) => service.headlines(reports)).load(report);
}
