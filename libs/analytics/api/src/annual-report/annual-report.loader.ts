import { groupByKey, type RequestContext } from '@sli/shared/api-core';
import type { YearRange } from './annual-report.headlines';
import type { TableSource } from './annual-report.tables';
import type { AnnualReportService, TableCount } from './annual-report.service';

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
