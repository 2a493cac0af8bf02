import { Injectable } from '@nestjs/common';
import {
  addMonths,
  analyseMeasure,
  baselineWords,
  changeBetween,
  changeKindOf,
  formatObaValue,
  lagOf,
  periodsBetween,
  roundToUnit,
  storyCurrency,
  trendSummary,
  varianceWords,
  type Grain,
  type ObaUnit,
  type ObaValueAt,
  type Period,
} from '@sli/analytics-domain';
import { Measure, MeasureNote, MeasureSource, MeasuresService, MeasureUnit, measureNotesLoader } from '@sli/measures-api';
import type { RequestContext } from '@sli/shared/api-core';
import { MeasureAnalysis, MeasurePoint, StoryCurrency } from './models/oba.models';
import { ObaChangeKind, ObaTargetStatus, ObaTrendDirection, ObaTrendJudgement } from './oba.enums';
import { grainOf, ObaSeriesService, type MeasureSeries, type SeriesPoint } from './oba-series.service';

const MONTHS_PER: Record<Grain, number> = { month: 1, quarter: 3, 'financial-year': 12, 'calendar-year': 12 };

/** The range a forecast may not leave: a percentage stays within 0–100, counts and durations at 0 or more. */
function boundsOf(unit: MeasureUnit): { min?: number; max?: number } {
  switch (unit) {
    case MeasureUnit.PERCENT:
      return { min: 0, max: 100 };
    case MeasureUnit.COUNT:
    case MeasureUnit.DAYS:
    case MeasureUnit.RATE_PER_10000:
    case MeasureUnit.RATIO:
      return { min: 0 };
    case MeasureUnit.SCORE:
      return {}; // e.g. a change in confidence, which may be negative
  }
}

function pointAt(period: Period, value: number | null, numerator: number | null = null, denominator: number | null = null): MeasurePoint {
  return { periodStart: period.start, periodEnd: period.end, label: period.label, value, numerator, denominator };
}

function point(p: SeriesPoint): MeasurePoint {
  return pointAt(p.period, p.value, p.numerator, p.denominator);
}

/** OBA analysis of measures (DESIGN.md section 3): the arithmetic is the pure `analyseMeasure`. */
@Injectable()
export class ObaAnalysisService {
  constructor(
    private readonly series: ObaSeriesService,
    private readonly measures: MeasuresService,
  ) {}

  async points(ctx: RequestContext, measure: Measure, asOf: string): Promise<MeasurePoint[]> {
    return (await this.series.seriesOf(ctx, measure.id, asOf)).points.map(point);
  }

  async analyse(ctx: RequestContext, measure: Measure, asOf: string, forecastPeriods: number): Promise<MeasureAnalysis> {
    return analysisOf(measure, await this.series.seriesOf(ctx, measure.id, asOf), asOf, forecastPeriods);
  }

  /** The story behind the curve: the latest note written on or before `asOf`. */
  async latestNote(ctx: RequestContext, measureId: string, asOf: string): Promise<MeasureNote | null> {
    const notes = await measureNotesLoader(ctx, this.measures).load(measureId); // oldest first
    return notes.filter((n) => n.writtenOn <= asOf).at(-1) ?? null;
  }

  /** Every story, newest first, those written after the as-of date included (the page marks them). */
  async notes(ctx: RequestContext, measureId: string): Promise<MeasureNote[]> {
    const notes = await measureNotesLoader(ctx, this.measures).load(measureId);
    return [...notes].reverse();
  }

  /** Whether the latest story is as recent as the latest value; null without a story. */
  async storyCurrency(ctx: RequestContext, measure: Measure, asOf: string): Promise<StoryCurrency | null> {
    const [note, series] = await Promise.all([this.latestNote(ctx, measure.id, asOf), this.series.seriesOf(ctx, measure.id, asOf)]);
    if (!note) return null;
    const latest = series.points.filter((p) => p.value != null).at(-1);
    return storyCurrency(note, latest ? { periodStart: latest.period.start, periodEnd: latest.period.end, label: latest.period.label } : null, series.grain);
  }
}

/**
 * Places the series on consecutive periods (an entered series may skip some: those are gaps, not
 * zeros), analyses it, and maps period indices back to periods, forecast periods included.
 */
export function analysisOf(measure: Measure, series: MeasureSeries, asOf: string, forecastPeriods: number): MeasureAnalysis {
  const first = series.points[0];
  const last = series.points.at(-1);
  // Enough consecutive periods to cover the series and the forecast after it.
  const periods: Period[] =
    first && last ? periodsBetween(first.period.start, addMonths(last.period.start, MONTHS_PER[series.grain] * forecastPeriods), series.grain) : [];
  const byStart = new Map(series.points.map((p) => [p.period.start, p]));
  const observed = first && last ? periods.filter((p) => p.start <= last.period.start) : [];
  const values = observed.map((p) => byStart.get(p.start)?.value ?? null);

  const baseline = measure.baseline ?? (measure.baselinePeriodStart ? (byStart.get(measure.baselinePeriodStart)?.value ?? null) : null);
  const a = analyseMeasure({
    polarity: measure.polarity,
    target: measure.target,
    baseline,
    values,
    forecastPeriods,
    bounds: boundsOf(measure.unit),
  });

  const unit = measure.unit as ObaUnit;
  const at = (v: ObaValueAt): MeasurePoint => {
    const period = periods[v.index] as Period;
    const stored = byStart.get(period.start);
    return stored ? point(stored) : pointAt(period, roundToUnit(v.value, unit)); // a forecast period, rounded to the unit
  };
  const actual = a.latest?.value ?? null;
  const trend = trendSummary({ run: a.trend, line: a.forecast?.judgement ?? null, valueCount: a.valueCount });
  const lastForecast = a.forecast?.points.at(-1);
  // A computed measure is computed for every complete period (a gap there means nothing to measure);
  // only an entered one can trail because its figures have not come in.
  const lag = a.latest && measure.source === MeasureSource.ENTERED ? lagOf((periods[a.latest.index] as Period).start, asOf, grainOf(measure.periodicity)) : null;
  return {
    measureId: measure.id,
    asOf,
    latest: a.latest && at(a.latest),
    target: measure.target,
    variance: a.variance,
    percentOfTarget: a.percentOfTarget,
    status: a.status as ObaTargetStatus,
    trend: a.trend && {
      direction: a.trend.direction as ObaTrendDirection,
      periods: a.trend.periods,
      judgement: a.trend.judgement as ObaTrendJudgement,
      since: at(a.trend.from),
    },
    baseline,
    baselinePeriodStart: measure.baselinePeriodStart,
    changeSinceBaseline: a.changeSinceBaseline,
    changeKind: changeKindOf(unit) as ObaChangeKind,
    targetGap: changeBetween(measure.target, actual, unit)?.value ?? null,
    baselineChange: changeBetween(baseline, actual, unit)?.value ?? null,
    trendJudgement: trend.judgement as ObaTrendJudgement | null,
    periodsBehind: lag?.periodsBehind ?? 0,
    words: {
      latest: formatObaValue(actual, unit),
      target: measure.target == null ? null : formatObaValue(measure.target, unit),
      variance: varianceWords(actual, measure.target, unit),
      baseline: baselineWords(actual, baseline, unit),
      trend: trend.words,
      trendShort: trend.short,
      forecast: lastForecast ? `${formatObaValue(lastForecast.value, unit)} by ${(periods[lastForecast.index] as Period).label}` : null,
      lag: lag?.words ?? null,
    },
    forecast: a.forecast && {
      slope: a.forecast.slope,
      intercept: a.forecast.intercept,
      judgement: a.forecast.judgement as ObaTrendJudgement,
      points: a.forecast.points.map(at),
    },
    valueCount: a.valueCount,
    onDataDevelopmentAgenda: a.valueCount === 0,
    dataDevelopment: series.dataDevelopment,
    note: series.note ?? (a.valueCount === 0 ? 'No values yet as of this date: the measure is on the data development agenda.' : null),
  };
}
