import { formatCount, formatNumber, formatShare } from '@sli/shared/ui';
import type { FamilyFigures, FamilyKey } from './figures';
import { MEASURES, type Figure, type MeasureDef } from './measures';

export type Tone = 'good' | 'bad' | 'neutral';

export interface Change {
  /** e.g. "Up 6.2 percentage points on 2024/25 (better)": the words carry the judgement, not only the colour. */
  text: string;
  tone: Tone;
  judgement: 'better' | 'worse' | 'no change' | null;
}

export interface Headline {
  def: MeasureDef;
  current: Figure | null;
  previous: Figure | null;
  /** The measure per trend year, oldest first. */
  trend: (number | null)[];
  change: Change | null;
  /** What the chosen period's figure is made of. */
  hint: string | null;
}

export function formatFigure(def: MeasureDef, figure: Figure | null): string {
  if (!figure) return '–';
  return def.unit === 'share' ? formatShare(figure.value) : formatCount(figure.value);
}

/** "83.3% (5 of 6)" for a rate, "7" for a count. */
export function describeFigure(def: MeasureDef, figure: Figure | null): string {
  if (!figure || def.unit !== 'share') return formatFigure(def, figure);
  if (!figure.denominator) return 'none to measure';
  return `${formatFigure(def, figure)} (${formatCount(figure.numerator)} of ${formatCount(figure.denominator)})`;
}

/** The change from the previous period in words, judged by the measure's polarity. */
export function describeChange(def: MeasureDef, current: Figure | null, previous: Figure | null, against: string): Change | null {
  if (current?.value == null || previous?.value == null) return null;
  const points = def.unit === 'share';
  // Rates compare in percentage points, between the figures as shown (one decimal place).
  const shown = (v: number) => Math.round(v * 1000) / 10;
  const diff = points ? Math.round((shown(current.value) - shown(previous.value)) * 10) / 10 : current.value - previous.value;
  if (diff === 0) return { text: `No change on ${against}`, tone: 'neutral', judgement: def.polarity === 'neutral' ? null : 'no change' };
  const size = points ? `${formatNumber(Math.abs(diff))} percentage points` : formatCount(Math.abs(diff));
  const direction = `${diff > 0 ? 'Up' : 'Down'} ${size} on ${against}`;
  if (def.polarity === 'neutral') return { text: direction, tone: 'neutral', judgement: null };
  const better = (diff > 0) === (def.polarity === 'higher-is-better');
  return { text: `${direction} (${better ? 'better' : 'worse'})`, tone: better ? 'good' : 'bad', judgement: better ? 'better' : 'worse' };
}

export function buildHeadlines(
  families: Record<FamilyKey, FamilyFigures>,
  ctx: { against: string; label: string; asOf: string },
): Headline[] {
  return MEASURES.map((def) => {
    const fam = families[def.family];
    const current = fam.current ? def.figure(fam.current) : null;
    const previous = fam.previous ? def.figure(fam.previous) : null;
    return {
      def,
      current,
      previous,
      trend: fam.trend.map((f) => (f ? def.figure(f).value : null)),
      change: describeChange(def, current, previous, ctx.against),
      hint: fam.current ? def.hint(fam.current, ctx) : null,
    };
  });
}
