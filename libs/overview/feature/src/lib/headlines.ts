import type { KindScope } from '@sli/shared/data-access';
import { baseOf, compareFigures, TOO_FEW_TO_COMPARE, type Comparison, type ComparisonPolarity, type ComparisonUnit } from '@sli/analytics-domain';
import { formatCount, formatDate, formatNumber } from '@sli/shared/ui';
import type { HeadlineFigure, HeadlineValue, Headlines } from '../api/headlines';
import { tilesFor, type DetailValue, type TileDef } from './measures';

export type Tone = 'good' | 'bad' | 'neutral';

export interface Change {
  /** e.g. "Up 6.2 percentage points on 2024/25 (better)": the words carry the judgement, not only the colour. */
  text: string;
  tone: Tone;
  comparison: Comparison;
}

export interface Headline {
  def: TileDef;
  figure: HeadlineFigure;
  change: Change | null;
  hint: string | null;
  /** The chosen period, the one before and each trend year: whether the partnership has no data at all then. */
  noData: { current: boolean; previous: boolean; trend: boolean[] };
}

/** The words for a period in which the partnership has no records at all. */
export const NO_DATA = 'No data';

/** Whether a value rests on any record: a rate with something to measure, a count above zero. */
export function hasData(unit: string, v: Valued | null | undefined): boolean {
  if (v?.value == null) return false;
  return isRate(unit) ? !!v.denominator : v.value !== 0;
}

/**
 * Whether the partnership has no data at all in a period: no tile rests on any record. A single zero
 * count is a real figure ("no overdue actions"); every figure empty is a year before the data began.
 */
export function periodIsEmpty(figures: { unit: string; value: Valued | null | undefined }[]): boolean {
  return figures.length > 0 && figures.every((f) => !hasData(f.unit, f.value));
}

interface Valued {
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

const isRate = (unit: string) => unit === 'percent';

/** "60.4%" for a rate (0–100), "7" for a count, "0.8" for a score. */
export function formatFigure(unit: string, v: Valued | null | undefined): string {
  if (v?.value == null) return '–';
  if (isRate(unit)) return `${formatNumber(v.value)}%`;
  return unit === 'count' ? formatCount(v.value) : formatNumber(v.value);
}

/** "60.4% (55 of 91)" for a rate, "7" for a count. */
export function describeFigure(unit: string, v: Valued | null | undefined): string {
  if (!v || !isRate(unit)) return formatFigure(unit, v);
  if (!v.denominator) return 'none to measure';
  return `${formatFigure(unit, v)} (${formatCount(v.numerator ?? 0)} of ${formatCount(v.denominator)})`;
}

/** "2024/25, as of 31 Mar 2025": the scope and date a value was computed for. */
export function describeScope(v: HeadlineValue, label: string): string {
  return `${label}, as of ${formatDate(v.asOf)}`;
}

/** The change from the previous period in words: judged by polarity on enough records, else described or not compared. */
export function describeChange(figure: Pick<HeadlineFigure, 'unit' | 'polarity' | 'current' | 'previous'>, against: string): Change | null {
  const comparison = compareFigures(
    figure.unit as ComparisonUnit,
    (figure.polarity ?? null) as ComparisonPolarity,
    figure.current,
    figure.previous,
  );
  const { verdict, change } = comparison;
  if (verdict === 'none') return null;
  if (verdict === 'too-few') {
    const unit = figure.unit as ComparisonUnit;
    const bases = `${formatCount(baseOf(unit, figure.current) ?? 0)} and ${formatCount(baseOf(unit, figure.previous) ?? 0)}`;
    const text = `Too few to compare with ${against}: ${bases} records (fewer than ${TOO_FEW_TO_COMPARE})`;
    return { text, tone: 'neutral', comparison };
  }
  if (verdict === 'no-change' || change === null || change === 0) return { text: `No change on ${against}`, tone: 'neutral', comparison };
  const size = isRate(figure.unit) ? `${formatNumber(Math.abs(change))} percentage points` : formatNumber(Math.abs(change));
  const direction = `${change > 0 ? 'Up' : 'Down'} ${size} on ${against}`;
  if (verdict === 'up' || verdict === 'down') return { text: direction, tone: 'neutral', comparison };
  return { text: `${direction} (${verdict})`, tone: verdict === 'better' ? 'good' : 'bad', comparison };
}

const EVERYTHING: KindScope = { children: true, adults: true, domesticHomicide: true };

/**
 * The tiles in order, for the partnership's kind (`works`, every tile when omitted): notifications and
 * rapid reviews for one that works with children, safeguarding adults reviews for one that works with
 * adults, domestic homicide reviews for a community safety partnership (and an adults board), all for a
 * joint partnership. A period in which the partnership has no data at all reads "No data", and nothing
 * is compared with it.
 */
export function buildHeadlines(data: Headlines, ctx: { against: string; label: string; works?: KindScope }): Headline[] {
  // A hint may quote any figure of the chosen period: a detail, or another tile's.
  const details = new Map<string, DetailValue>([...data.tiles, ...data.details].map((d) => [d.key, d.current]));
  const byKey = new Map(data.tiles.map((t) => [t.key, t]));
  const empty = (pick: (t: HeadlineFigure) => Valued | null | undefined) => periodIsEmpty(data.tiles.map((t) => ({ unit: t.unit, value: pick(t) })));
  const years = Math.max(0, ...data.tiles.map((t) => t.trend.length));
  const noData = {
    current: empty((t) => t.current),
    previous: empty((t) => t.previous),
    trend: Array.from({ length: years }, (_, i) => empty((t) => t.trend[i])),
  };
  return tilesFor(ctx.works ?? EVERYTHING).flatMap((def) => {
    const figure = byKey.get(def.key);
    if (!figure) return [];
    const change = noData.current || noData.previous ? null : describeChange(figure, ctx.against);
    return [{ def, figure, change, hint: def.hint && !noData.current ? def.hint((k) => details.get(k), ctx) : null, noData }];
  });
}
