import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { periodOf, periodsBetween, type Grain, type Period } from '@sli/analytics-domain';
import {
  Measure,
  MeasurePeriodicity,
  MeasureSource,
  MeasuresService,
  measureLoader,
  measureValuesLoader,
} from '@sli/measures-api';
import { ANALYTICS_READS, byKey, type RequestContext } from '@sli/shared/api-core';
import { DataSource, type EntityManager } from 'typeorm';
import type { MetricDefinition, MetricValue } from '../common/metric-catalogue.types';
import { memoisedQueries } from '../common/memoised-queries';
import { METRIC_CATALOGUE } from '../metric-catalogue';

/** A measure's value for one period; value null when a computed rate had nothing to measure. */
export interface SeriesPoint {
  period: Period;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface MeasureSeries {
  grain: Grain;
  /** Oldest first; only periods that had ended by asOf. */
  points: SeriesPoint[];
  /** A computed measure whose metric is not (yet) in the catalogue. */
  dataDevelopment: boolean;
  note: string | null;
}

/** At most this many metric queries of one request run at once (PGlite serialises them anyway). */
const CONCURRENCY = 4;

/**
 * At most this many metrics' series are computed at once: each may run CONCURRENCY statements (one per
 * period when it has no series computation), and 2 × 4 stays within the pool of 10 connections.
 */
const METRICS_AT_ONCE = 2;

/** The reporting grain of a measure's periodicity: its years are financial years. */
export function grainOf(periodicity: MeasurePeriodicity): Grain {
  switch (periodicity) {
    case MeasurePeriodicity.MONTH:
      return 'month';
    case MeasurePeriodicity.QUARTER:
      return 'quarter';
    case MeasurePeriodicity.YEAR:
      return 'financial-year';
  }
}

/** Every period of `grain` from the one holding `from` that had ended by `asOf`. */
export function completePeriods(from: string, asOf: string, grain: Grain): Period[] {
  return from > asOf ? [] : periodsBetween(from, asOf, grain).filter((p) => p.end <= asOf);
}

/** Runs `fn` over `items` with at most `limit` calls in flight, keeping the order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export function toPoint(period: Period, v: MetricValue): SeriesPoint {
  return { period, value: v.value, numerator: v.numerator ?? null, denominator: v.denominator ?? null };
}

/**
 * The series behind OBA measures. An ENTERED measure's series is its stored values; a COMPUTED
 * measure's is its built-in metric computed for every period of its periodicity from the
 * partnership's earliest record to `asOf`. Either way only periods that had ended by `asOf`
 * count, so an analysis as of a date is reproducible and a part-period never reads as a fall.
 */
@Injectable()
export class ObaSeriesService {
  constructor(
    @InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource,
    private readonly measures: MeasuresService,
  ) {}

  /** One series per measure and request: `series` and `analysis` of the same measure share it. */
  async seriesOf(ctx: RequestContext, measureId: string, asOf: string): Promise<MeasureSeries> {
    const loader = ctx.loaders.get<string, MeasureSeries | Error>(`oba.series|${asOf}`, (ids) => this.load(ctx, ids, asOf));
    const result = await loader.load(measureId);
    if (result instanceof Error) throw result;
    return result;
  }

  /** The first day of any record of each partnership, or null for one with no records. */
  earliestRecord(ctx: RequestContext, partnershipId: string): Promise<string | null> {
    return ctx.loaders.get<string, string | null>('oba.earliestRecord', (ids) => this.earliestRecords(ids)).load(partnershipId);
  }

  async earliestRecords(partnershipIds: readonly string[]): Promise<(string | null)[]> {
    // The earliest defining date of any record (DESIGN.md section 4): a notification's date aware,
    // a review's initiation, an audit's start, an action's due date, a training session's date.
    // LEAST ignores nulls, so a partnership with some kinds of record only still has a start.
    const rows: { id: string; earliest: string | null }[] = await this.dataSource.query(
      `SELECT p.id, LEAST(
         (SELECT min(n.date_aware) FROM notifications n WHERE n.partnership_id = p.id),
         (SELECT min(r.initiated_on) FROM reviews r WHERE r.partnership_id = p.id),
         (SELECT min(a.started_on) FROM audits a WHERE a.partnership_id = p.id),
         (SELECT min(x.due_on) FROM actions x WHERE x.partnership_id = p.id),
         (SELECT min(s.session_date) FROM training_sessions s WHERE s.partnership_id = p.id)
       ) AS earliest
       FROM partnerships p WHERE p.id = ANY($1::uuid[])`,
      [[...partnershipIds]],
    );
    return byKey(partnershipIds, rows, (r) => r.id).map((r) => r?.earliest ?? null);
  }

  /** Computes one built-in metric for each period, for the given partnerships. */
  computeMetric(definition: MetricDefinition, partnershipIds: string[], periods: readonly Period[], asOf: string): Promise<SeriesPoint[]> {
    return mapLimit(periods, CONCURRENCY, async (period) =>
      toPoint(period, await definition.compute(this.dataSource.manager, { partnershipIds, from: period.start, to: period.end, asOf })),
    );
  }

  private async load(ctx: RequestContext, ids: readonly string[], asOf: string): Promise<(MeasureSeries | Error)[]> {
    const measures = await measureLoader(ctx, this.measures).loadMany(ids);
    const computed = measures.filter((m): m is Measure => !(m instanceof Error) && m?.source === MeasureSource.COMPUTED);
    let series: Map<string, MeasureSeries> | Error;
    try {
      series = await this.computedSeries(ctx, computed, asOf);
    } catch (e) {
      series = e instanceof Error ? e : new Error(String(e));
    }
    return Promise.all(
      measures.map(async (m, i): Promise<MeasureSeries | Error> => {
        if (m instanceof Error) return m;
        if (!m) return new Error(`Measure ${ids[i]} was not found`);
        if (m.source === MeasureSource.COMPUTED) return series instanceof Error ? series : (series.get(m.id) ?? new Error(`Measure ${m.id} has no series`));
        try {
          return await this.entered(ctx, m, asOf);
        } catch (e) {
          return e instanceof Error ? e : new Error(String(e));
        }
      }),
    );
  }

  /**
   * The series of computed measures, batched: the measures of one metric and periodicity, whatever
   * their partnership, are computed together (`periodValues`: one grouped statement for every period, or
   * one per period where the metric has no series computation), so a scorecard of every partnership costs about
   * what one partnership's does. Each partnership's series starts at its own earliest record.
   */
  private async computedSeries(ctx: RequestContext, measures: readonly Measure[], asOf: string): Promise<Map<string, MeasureSeries>> {
    // Metrics of one family share a statement (training's sessions, reach and DNA rate): sent once here.
    const manager = memoisedQueries(this.dataSource.manager);
    const out = new Map<string, MeasureSeries>();
    const groups = new Map<string, { definition: MetricDefinition; grain: Grain; measures: Measure[] }>();
    for (const m of measures) {
      const grain = grainOf(m.periodicity);
      const definition = m.metric ? METRIC_CATALOGUE.get(m.metric) : undefined;
      if (!definition) {
        out.set(m.id, {
          grain,
          points: [],
          dataDevelopment: true,
          note: `"${m.metric}" is not a built-in metric (yet), so no values can be computed: a data development item.`,
        });
        continue;
      }
      const key = `${definition.key}|${grain}`;
      const group = groups.get(key) ?? { definition, grain, measures: [] };
      group.measures.push(m);
      groups.set(key, group);
    }
    // The metrics side by side: each is one long statement over every partnership's history (training's
    // impact reads every booking), so one after another they would add up.
    await mapLimit([...groups.values()], METRICS_AT_ONCE, async ({ definition, grain, measures: members }) => {
      const partnershipIds = [...new Set(members.map((m) => m.partnershipId))];
      const firsts = await Promise.all(partnershipIds.map((pid) => this.earliestRecord(ctx, pid)));
      const earliest = new Map(partnershipIds.map((pid, i) => [pid, firsts[i] ?? null]));
      const periodsOf = new Map([...earliest].map(([pid, first]) => [pid, first ? completePeriods(first, asOf, grain) : []]));
      const values = await this.periodValues(definition, grain, periodsOf, asOf, manager);
      for (const m of members) {
        const points = (periodsOf.get(m.partnershipId) ?? []).map((p) => {
          const v = values.get(p.start)?.get(m.partnershipId);
          if (!v) throw new Error(`${definition.key}: no value for partnership ${m.partnershipId} in ${p.label}`);
          return toPoint(p, v);
        });
        const notes = [
          `Computed from the partnership's records with the built-in metric "${definition.key}" (${definition.label}).`,
          m.agencyId ? 'Built-in metrics are not split by agency: the values are the whole partnership’s.' : null,
          earliest.get(m.partnershipId) ? null : 'The partnership has no records yet.',
        ];
        out.set(m.id, { grain, points, dataDevelopment: false, note: notes.filter(Boolean).join(' ') });
      }
    });
    return out;
  }

  /**
   * The metric's value for each period (by its first day) and partnership of `periodsOf`: with the
   * metric's series computation, its grouped statements once for every period from the first
   * partnership's start; otherwise one `computeEach` per period, over the partnerships it belongs to.
   * A partnership's value for a period outside its own series is never read. The roll-up uses it too.
   */
  async periodValues(
    definition: MetricDefinition,
    grain: Grain,
    periodsOf: ReadonlyMap<string, readonly Period[]>,
    asOf: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Map<string, MetricValue>>> {
    const periods = new Map<string, Period>();
    for (const list of periodsOf.values()) for (const p of list) periods.set(p.start, p);
    const ordered = [...periods.values()].sort((a, b) => a.start.localeCompare(b.start));
    const first = ordered[0];
    const last = ordered.at(-1);
    if (!first || !last) return new Map();
    if (definition.computeSeries) {
      // Each partnership's periods run from its own start to the last period ended by asOf, so together they are
      // every period from the first to the last: one range, one "as of".
      const partnershipIds = [...periodsOf].filter(([, list]) => list.length > 0).map(([pid]) => pid);
      return definition.computeSeries(manager, { partnershipIds, from: first.start, to: last.end, asOf }, grain);
    }
    const values = new Map<string, Map<string, MetricValue>>();
    await mapLimit(ordered, CONCURRENCY, async (period) => {
      const partnershipIds = [...periodsOf].filter(([, list]) => list.some((p) => p.start === period.start)).map(([pid]) => pid);
      values.set(period.start, await definition.computeEach(manager, { partnershipIds, from: period.start, to: period.end, asOf }));
    });
    return values;
  }

  private async entered(ctx: RequestContext, m: Measure, asOf: string): Promise<MeasureSeries> {
    const grain = grainOf(m.periodicity);
    const values = await measureValuesLoader(ctx, this.measures).load(m.id);
    const points = values
      .map((v) => ({ period: periodOf(v.periodStart, grain), value: v.value, numerator: null, denominator: null }))
      .filter((p) => p.period.end <= asOf);
    return { grain, points, dataDevelopment: false, note: null };
  }
}
