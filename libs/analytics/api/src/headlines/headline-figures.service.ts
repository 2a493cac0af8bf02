import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { asOfFor, headlinePeriods, type JudgedPeriod } from '@sli/analytics-domain';
import { ANALYTICS_READS, InputError, type FieldProblem } from '@sli/shared/api-core';
import { DataSource, type EntityManager } from 'typeorm';
import type { MetricDefinition, MetricScope } from '../common/metric-catalogue.types';
import { memoisedQueries } from '../common/memoised-queries';
import { METRIC_CATALOGUE } from '../metric-catalogue';
import { mapLimit } from '../oba/oba-series.service';
import type { HeadlineFiguresArgs } from './dto/headline-figures.args';
import type { HeadlineFigure, HeadlineValue } from './models/headline-figure.model';

/** One catalogue value for a scope, with the scope it was computed for. */
export async function catalogueValue(
  manager: EntityManager,
  metric: MetricDefinition,
  base: Omit<MetricScope, 'from' | 'to' | 'asOf'>,
  period: JudgedPeriod,
): Promise<HeadlineValue> {
  const v = await metric.compute(manager, { ...base, from: period.from, to: period.to, asOf: period.asOf });
  return { ...period, value: v.value, numerator: v.numerator ?? null, denominator: v.denominator ?? null };
}

/**
 * How many metrics' statements run at once on PostgreSQL, each on its own pooled connection: the
 * national overview's 22 metrics are 51 statements, most of them a few hundred milliseconds of one
 * core. A few at once use the server's cores without taking the pool from other requests; PGlite's
 * pool is one session, so there they run one after another.
 */
const METRICS_AT_ONCE = 3;

/**
 * Headline figures straight from the metric catalogue (the annual report's headlines use the same
 * definitions), so every page shows one number for one definition, scope and date.
 */
@Injectable()
export class HeadlineFiguresService {
  constructor(@InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource) {}

  async figures(args: HeadlineFiguresArgs, today?: string): Promise<HeadlineFigure[]> {
    const { filter } = args;
    const problems: FieldProblem[] = [];
    if (!filter.from) problems.push({ field: 'filter.from', message: 'is required: the first day of the chosen range' });
    if (!filter.to) problems.push({ field: 'filter.to', message: 'is required: the last day of the chosen range' });
    if (filter.from && filter.to && filter.from > filter.to) problems.push({ field: 'filter.to', message: 'must be on or after filter.from' });
    const unknown = args.keys.filter((k) => !METRIC_CATALOGUE.has(k));
    if (unknown.length > 0) problems.push({ field: 'keys', message: `are not metric catalogue keys: ${unknown.join(', ')}` });
    if (problems.length > 0 || !filter.from || !filter.to) throw new InputError(problems);

    const manager = memoisedQueries(this.dataSource.manager);
    const partnershipIds = filter.partnershipIds ?? (await this.visiblePartnerships(manager));
    const base = { partnershipIds, agencyId: filter.agencyId ?? null, reviewTypes: filter.reviewTypes ?? null, themeId: filter.themeId ?? null };
    const periods = headlinePeriods(filter.from, filter.to, asOfFor(filter.to, today, args.asOf), args.trendYears);
    const poolSize = this.dataSource.options.poolSize ?? 1;
    // Metrics side by side (their periods one after another, so a repeated period is read once);
    // a statement two metrics share is still sent once (memoisedQueries keeps the pending answer).
    return mapLimit(args.keys, Math.min(METRICS_AT_ONCE, poolSize), async (key): Promise<HeadlineFigure> => {
      const metric = METRIC_CATALOGUE.get(key) as MetricDefinition;
      const computed = new Map<string, HeadlineValue>();
      const value = async (p: JudgedPeriod) => {
        const id = `${p.from}|${p.to}|${p.asOf}`;
        const known = computed.get(id);
        if (known) return { ...known, label: p.label };
        const v = await catalogueValue(manager, metric, base, p);
        computed.set(id, v);
        return v;
      };
      const current = await value(periods.current);
      const previous = await value(periods.previous);
      const trend: HeadlineValue[] = [];
      for (const p of periods.trend) trend.push(await value(p));
      return {
        key: metric.key,
        label: metric.label,
        unit: metric.unit,
        quadrant: metric.quadrant,
        polarity: metric.activity ? null : metric.polarity,
        current,
        previous,
        trend,
      };
    });
  }

  /** The partnerships the caller may read (row-level security keeps the rest out). */
  private async visiblePartnerships(manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query('SELECT id FROM partnerships ORDER BY id');
    return rows.map((r) => r.id);
  }
}
