import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { financialYearRange, periodsBetween, previousPeriod, rate, shareGrowth, type Period } from '@sli/analytics-domain';
import { ANALYTICS_READS, InputError } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import type { PeriodGrain } from '../common/metric-args';
import type { PeriodModel } from '../common/metric.models';
import { periodStartSql } from '../common/sql-params';
import type { EmergingThemesArgs, ThemeTrendArgs } from './dto/theme-metrics.args';
import type { EmergingTheme, EmergingThemes, ThemeHeatmap, ThemeMetricsTheme, ThemeTrendSeries } from './models/theme-metrics.models';
import { countByBucket, themeOrCode, themesByCode, type BucketCount } from './theme-counts';
import { checkRange, scopeOf } from './theme-records.sql';

/** The theme × period grid both the trend and the heatmap read. */
interface ThemeGrid {
  periods: Period[];
  /** All records in scope per period (the share's denominator), in period order. */
  totals: BucketCount[];
  rows: { theme: ThemeMetricsTheme; cells: BucketCount[]; total: number }[];
}

// The domain's grain strings are the PeriodGrain enum's values.
const periodModel = (p: Period): PeriodModel => ({ ...p, grain: p.grain as PeriodGrain });

const empty = (bucket: string, code: string | null): BucketCount => ({ bucket, code, count: 0, reviews: 0, audits: 0 });

/**
 * Theme trends (DESIGN.md section 4): per theme and period, the distinct reviews (by initiation
 * date) and audits (by start date) tagged with it, and their share of all reviews and audits in
 * scope in that period; and emerging themes, whose share grew most against the previous period.
 */
@Injectable()
export class ThemeTrendsService {
  constructor(@InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource) {}

  async trend(args: ThemeTrendArgs): Promise<ThemeTrendSeries[]> {
    const grid = await this.grid(args);
    return grid.rows.map((row) => ({
      theme: row.theme,
      total: row.total,
      points: row.cells.map((cell, i) => {
        const denominator = grid.totals[i]?.count ?? 0;
        return {
          period: periodModel(grid.periods[i] as Period),
          count: cell.count,
          reviews: cell.reviews,
          audits: cell.audits,
          share: rate(cell.count, denominator),
        };
      }),
    }));
  }

  async heatmap(args: ThemeTrendArgs): Promise<ThemeHeatmap> {
    const grid = await this.grid(args);
    return {
      periods: grid.periods.map(periodModel),
      totals: grid.totals.map((t) => t.count),
      rows: grid.rows.map((row) => ({
        theme: row.theme,
        counts: row.cells.map((c) => c.count),
        shares: row.cells.map((c, i) => rate(c.count, grid.totals[i]?.count ?? 0).value),
      })),
    };
  }

  /**
   * Counts in SQL per (period start, theme code), then lays them on every period of the range and
   * every selected theme of the partnerships in scope, zeros included. Rows: most tagged first.
   */
  private async grid(args: ThemeTrendArgs): Promise<ThemeGrid> {
    checkRange(args.filter?.from, args.filter?.to);
    const manager = this.dataSource.manager;
    const [counts, themes] = await Promise.all([
      countByBucket(manager, scopeOf(args), args, (col) => `to_char(${periodStartSql(args.grain, col)}, 'YYYY-MM-DD')`),
      themesByCode(manager, args.filter, args),
    ]);
    const buckets = counts.map((c) => c.bucket).sort();
    const from = args.filter?.from ?? buckets[0];
    const to = args.filter?.to ?? buckets[buckets.length - 1] ?? from;
    const periods = from && to ? periodsBetween(from, to, args.grain) : [];

    const key = (bucket: string, code: string | null) => `${bucket}|${code ?? ''}`;
    const byKey = new Map(counts.map((c) => [key(c.bucket, c.code), c]));
    const codes = new Set([...themes.keys(), ...counts.flatMap((c) => (c.code ? [c.code] : []))]);
    const rows = [...codes].map((code) => {
      const cells = periods.map((p) => byKey.get(key(p.start, code)) ?? empty(p.start, code));
      return { theme: themeOrCode(themes, code), cells, total: cells.reduce((n, c) => n + c.count, 0) };
    });
    rows.sort((a, b) => b.total - a.total || a.theme.name.localeCompare(b.theme.name) || a.theme.code.localeCompare(b.theme.code));
    return { periods, totals: periods.map((p) => byKey.get(key(p.start, null)) ?? empty(p.start, null)), rows };
  }

  /**
   * Emerging themes: for each theme on at least `minCount` records in the current period,
   * share = tagged records / all records, in the current period and in the previous period of
   * the same length; growth = current share − previous share (and their ratio). Only themes
   * whose share grew, largest growth first.
   */
  async emerging(args: EmergingThemesArgs): Promise<EmergingThemes> {
    const current = this.currentPeriod(args);
    const previous = previousPeriod(current.from, current.to);
    const manager = this.dataSource.manager;
    const counts = await countByBucket(
      manager,
      { ...scopeOf(args), range: { from: previous.from, to: current.to } },
      args,
      (col, p) => `CASE WHEN ${col} >= ${p.add(current.from)}::date THEN 'current' ELSE 'previous' END`,
    );
    const find = (bucket: string, code: string | null) => counts.find((c) => c.bucket === bucket && c.code === code)?.count ?? 0;
    const currentRecords = find('current', null);
    const previousRecords = find('previous', null);

    const candidates = counts.filter((c) => c.bucket === 'current' && c.code !== null && c.count >= args.minCount);
    const grown: (Omit<EmergingTheme, 'theme'> & { code: string })[] = [];
    for (const c of candidates) {
      const now = rate(c.count, currentRecords);
      const before = rate(find('previous', c.code), previousRecords);
      const growth = shareGrowth(now, before);
      if (growth.difference === null || growth.difference <= 0) continue;
      grown.push({
        code: c.code as string,
        current: { count: c.count, share: now },
        previous: { count: before.numerator, share: before },
        shareChange: growth.difference,
        shareRatio: growth.ratio,
      });
    }
    // Equal growth computed along different paths (3/6 − 1/3 against 1/6 − 0) may differ in the last bit.
    const byChange = (a: number, b: number) => (Math.abs(a - b) < 1e-9 ? 0 : b - a);
    grown.sort(
      (a, b) =>
        byChange(a.shareChange, b.shareChange) ||
        (b.shareRatio ?? Infinity) - (a.shareRatio ?? Infinity) ||
        b.current.count - a.current.count ||
        a.code.localeCompare(b.code),
    );
    const top = grown.slice(0, args.limit);
    const themes = await themesByCode(manager, args.filter, { codes: top.map((g) => g.code) });
    return {
      current,
      previous,
      currentRecords,
      previousRecords,
      themes: top.map(({ code, ...g }) => ({ theme: themeOrCode(themes, code), ...g })),
    };
  }

  private currentPeriod(args: EmergingThemesArgs): { from: string; to: string } {
    const f = args.filter;
    if (args.financialYear != null) {
      if (f?.from || f?.to) {
        throw new InputError([{ field: 'financialYear', message: 'give either financialYear or filter.from and filter.to, not both' }]);
      }
      try {
        const fy = financialYearRange(args.financialYear);
        return { from: fy.start, to: fy.end };
      } catch {
        throw new InputError([{ field: 'financialYear', message: 'must be a financial year such as 2024/25' }]);
      }
    }
    if (!f?.from || !f?.to) {
      throw new InputError([{ field: 'financialYear', message: 'is required unless filter.from and filter.to give the period' }]);
    }
    checkRange(f.from, f.to);
    return { from: f.from, to: f.to };
  }
}
