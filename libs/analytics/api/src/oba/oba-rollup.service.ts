import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Grain, Period } from '@sli/analytics-domain';
import { MeasurePolarity } from '@sli/measures-api';
import { ANALYTICS_READS, InputError, type FieldProblem } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import { PeriodGrain } from '../common/metric-args';
import type { MetricDefinition } from '../common/metric-catalogue.types';
import { METRIC_CATALOGUE } from '../metric-catalogue';
import { ObaRollupArgs } from './dto/oba.args';
import { ObaRollup, ObaRollupRow } from './models/oba.models';
import { ObaRollupLevel } from './oba.enums';
import { completePeriods, ObaSeriesService, toPoint, type SeriesPoint } from './oba-series.service';

/** A roll-up computes rows × periods figures; past this it asks for a narrower question. */
export const MAX_ROLLUP_FIGURES = 5000;

interface PartnershipRow {
  id: string;
  name: string;
  region: string | null;
}

interface Group {
  level: ObaRollupLevel;
  label: string;
  partnershipId: string | null;
  region: string | null;
  ids: string[];
}

/**
 * Rolls a built-in metric up from partnership to region (the partnership's `region`) to national.
 * Each group's figure is the metric computed over all its partnerships' records at once, so a rate
 * is pooled (total numerator over total denominator) and a median is the median of all records,
 * never an average of averages.
 */
@Injectable()
export class ObaRollupService {
  constructor(
    @InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource,
    private readonly series: ObaSeriesService,
  ) {}

  async rollup(args: ObaRollupArgs): Promise<ObaRollup> {
    const problems: FieldProblem[] = [];
    const definition = METRIC_CATALOGUE.get(args.metric);
    if (!definition) {
      const known = [...METRIC_CATALOGUE.keys()].sort().join(', ') || 'none yet';
      problems.push({ field: 'metric', message: `is not a built-in metric (known: ${known})` });
    }
    if (args.from && args.from > args.asOf) problems.push({ field: 'from', message: 'must be on or before asOf' });
    const partnerships = await this.partnerships(args.partnershipIds);
    const missing = (args.partnershipIds ?? []).filter((id) => !partnerships.some((p) => p.id === id));
    if (missing.length > 0) problems.push({ field: 'partnershipIds', message: `has partnerships that do not exist: ${missing.join(', ')}` });
    if (problems.length > 0 || !definition) throw new InputError(problems);

    const groups = groupsOf(partnerships);
    const from = args.from ?? min(await this.series.earliestRecords(partnerships.map((p) => p.id)));
    const periods = from ? completePeriods(from, args.asOf, args.grain) : [];
    const distinct = new Map(groups.map((g) => [g.ids.join(','), g.ids]));
    if (distinct.size * periods.length > MAX_ROLLUP_FIGURES) {
      throw new InputError([
        {
          field: 'grain',
          message: `would compute ${distinct.size * periods.length} figures (at most ${MAX_ROLLUP_FIGURES}): choose a coarser grain, a later from, or fewer partnerships`,
        },
      ]);
    }

    // A region of one partnership has the same figures as the partnership: compute each set once. Every
    // partnership on its own comes from the metric's statements grouped by partnership (and period); each
    // region and the nation pool their partnerships' records, so they are computed as one scope each.
    const singles = [...distinct.values()].filter((ids) => ids.length === 1).map(([id]) => id as string);
    const computed = await this.eachPartnership(definition, singles, periods, args.asOf, args.grain);
    for (const [key, ids] of distinct) {
      if (ids.length > 1) computed.set(key, await this.series.computeMetric(definition, ids, periods, args.asOf));
    }

    const rows: ObaRollupRow[] = groups.map((g) => ({
      level: g.level,
      label: g.label,
      partnershipId: g.partnershipId,
      region: g.region,
      partnershipCount: g.ids.length,
      values: (computed.get(g.ids.join(',')) ?? []).map((p) => ({
        period: { ...p.period, grain: p.period.grain as PeriodGrain },
        value: p.value,
        numerator: p.numerator,
        denominator: p.denominator,
      })),
    }));
    return {
      metric: definition.key,
      label: definition.label,
      unit: definition.unit,
      polarity: definition.polarity as MeasurePolarity,
      grain: args.grain,
      asOf: args.asOf,
      periods: periods.map((p) => ({ ...p, grain: p.grain as PeriodGrain })),
      rows,
    };
  }

  /**
   * Each partnership's series of `definition`, keyed by its id: the metric's grouped series statement once
   * for every period, or one statement per period grouped by partnership where it has none.
   */
  private async eachPartnership(definition: MetricDefinition, ids: string[], periods: readonly Period[], asOf: string, grain: Grain): Promise<Map<string, SeriesPoint[]>> {
    const values = await this.series.periodValues(definition, grain, new Map(ids.map((id) => [id, periods])), asOf);
    return new Map(
      ids.map((id) => [
        id,
        periods.map((period) => {
          const value = values.get(period.start)?.get(id);
          if (!value) throw new Error(`${definition.key}: no value for partnership ${id} in ${period.label}`);
          return toPoint(period, value);
        }),
      ]),
    );
  }

  /** The partnerships asked for (all when none are named), by region then name. */
  private partnerships(ids: string[] | undefined): Promise<PartnershipRow[]> {
    return this.dataSource.query(
      `SELECT id, name, region FROM partnerships
       WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[])
       ORDER BY region NULLS LAST, name, id`,
      [ids ?? null],
    );
  }
}

function min(dates: (string | null)[]): string | null {
  return dates.reduce<string | null>((m, d) => (d !== null && (m === null || d < m) ? d : m), null);
}

/** NATIONAL first, then each region followed by its partnerships; `partnerships` come sorted by region. */
export function groupsOf(partnerships: readonly PartnershipRow[]): Group[] {
  if (partnerships.length === 0) return [];
  const groups: Group[] = [
    { level: ObaRollupLevel.NATIONAL, label: 'National', partnershipId: null, region: null, ids: partnerships.map((p) => p.id) },
  ];
  const regions = new Map<string | null, PartnershipRow[]>();
  for (const p of partnerships) regions.set(p.region, [...(regions.get(p.region) ?? []), p]);
  for (const [region, members] of regions) {
    groups.push({ level: ObaRollupLevel.REGION, label: region ?? 'No region', partnershipId: null, region, ids: members.map((p) => p.id) });
    for (const p of members) {
      groups.push({ level: ObaRollupLevel.PARTNERSHIP, label: p.name, partnershipId: p.id, region, ids: [p.id] });
    }
  }
  return groups;
}
