/**
 * How an OBA scorecard says things (DESIGN.md section 3), in one place so the grid, the measure's
 * card, the embedded scorecard and the annual report never disagree:
 * - a value in its unit, rounded to what the unit can be (a count is whole: no 0.5 notifications);
 * - the gap to a target and the change since a baseline: in percentage points for a percentage
 *   (75% against 80% is "5 points below", not "6.3% below"), as a difference for a rate per
 *   10,000 or a score, and as a percentage of the target or baseline for counts, days and ratios;
 * - the trend: the latest run of changes when it is established (two or more periods in a row),
 *   otherwise the line through the whole series, and it says so when the two disagree.
 */
import type { ObaPolarity, ObaTrendDirection, ObaTrendJudgement } from './oba';

export type ObaUnit = 'count' | 'percent' | 'days' | 'rate-per-10000' | 'score' | 'ratio';

/** How a gap or a change is expressed for a unit. */
export type ObaChangeKind = 'points' | 'difference' | 'relative';

export function changeKindOf(unit: ObaUnit): ObaChangeKind {
  switch (unit) {
    case 'percent':
      return 'points';
    case 'rate-per-10000':
    case 'score':
      return 'difference';
    case 'count':
    case 'days':
    case 'ratio':
      return 'relative';
  }
}

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDp = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const twoDp = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A value rounded to its unit: counts whole, ratios to 2 places, everything else to 1. */
export function roundToUnit(value: number, unit: ObaUnit): number {
  const places = unit === 'count' ? 0 : unit === 'ratio' ? 2 : 1;
  const f = 10 ** places;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** A value in its unit: 57.1%, 12 days, 3.4 per 10,000, 1,204. */
export function formatObaValue(value: number | null | undefined, unit: ObaUnit): string {
  if (value == null || !Number.isFinite(value)) return '–';
  const v = roundToUnit(value, unit);
  switch (unit) {
    case 'percent':
      return `${oneDp.format(v)}%`;
    case 'days':
      return `${oneDp.format(v)} ${v === 1 ? 'day' : 'days'}`;
    case 'rate-per-10000':
      return `${oneDp.format(v)} per 10,000`;
    case 'count':
      return whole.format(v);
    case 'ratio':
      return twoDp.format(v);
    case 'score':
      return oneDp.format(v);
  }
}

const MINUS = '−';

function signed(text: string, v: number): string {
  return v > 0 ? `+${text}` : v < 0 ? `${MINUS}${text}` : text;
}

/** A change between two values of a unit, rounded as the unit says; null when it cannot be computed. */
export interface ObaChange {
  kind: ObaChangeKind;
  /** Points, unit difference, or a fraction (0.25 = 25%) for a relative change. */
  value: number;
  /** "+4.5 points", "−3 per 10,000", "+21%". */
  text: string;
}

/** `to` compared with `from` in the unit's terms: null without both, or for a relative change from 0. */
export function changeBetween(from: number | null | undefined, to: number | null | undefined, unit: ObaUnit): ObaChange | null {
  if (from == null || to == null || !Number.isFinite(from) || !Number.isFinite(to)) return null;
  const kind = changeKindOf(unit);
  if (kind === 'relative') {
    if (Math.abs(from) < 1e-12) return null;
    const value = (to - from) / Math.abs(from);
    const pct = Math.round(value * 1000) / 10;
    return {
      kind,
      value,
      text: pct === 0 ? 'no change' : signed(`${oneDp.format(Math.abs(pct))}%`, pct),
    };
  }
  const value = roundToUnit(to - from, unit === 'percent' ? 'score' : unit);
  if (value === 0) return { kind, value, text: 'no change' };
  const size = oneDp.format(Math.abs(value));
  const text = kind === 'points' ? `${size} ${Math.abs(value) === 1 ? 'point' : 'points'}` : unit === 'rate-per-10000' ? `${size} per 10,000` : size;
  return { kind, value, text: signed(text, value) };
}

/** "4.5 points below target", "12% above target", "on target exactly"; null without both values. */
export function varianceWords(actual: number | null | undefined, target: number | null | undefined, unit: ObaUnit): string | null {
  const change = changeBetween(target, actual, unit);
  if (!change) return null;
  if (change.text === 'no change') return 'exactly on target';
  return `${change.text.slice(1)} ${change.value > 0 ? 'above' : 'below'} target`;
}

/** "+4.5 points since the baseline (60%)"; null without a baseline or a value. */
export function baselineWords(actual: number | null | undefined, baseline: number | null | undefined, unit: ObaUnit): string | null {
  const change = changeBetween(baseline, actual, unit);
  if (!change) return null;
  return `${change.text === 'no change' ? 'No change' : change.text} since the baseline (${formatObaValue(baseline, unit)})`;
}

export interface ObaTrendInput {
  /** The latest run of changes in one direction: how many periods, which way and how it is judged. */
  run: {
    direction: ObaTrendDirection;
    periods: number;
    judgement: ObaTrendJudgement;
  } | null;
  /** Where the straight line through every value is heading, judged by polarity. */
  line: ObaTrendJudgement | null;
  /** How many periods have a value. */
  valueCount: number;
}

export interface ObaTrendSummary {
  /** The one judgement every view shows; null with fewer than two values. */
  judgement: ObaTrendJudgement | null;
  /** The arrow is always the latest run's direction. */
  direction: ObaTrendDirection | null;
  /** Periods in the latest run (0 without a trend). */
  periods: number;
  /** "Improving for 3 periods"; "Worsening over 8 periods, though better in the latest one". */
  words: string;
  /** The same, with the arrow and count only: "↑ 3". */
  short: string;
}

export const TREND_ARROWS: Record<ObaTrendDirection, string> = {
  up: '↑',
  down: '↓',
  flat: '→',
};
const JUDGED: Record<ObaTrendJudgement, string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  stable: 'Stable',
};
const BETTER: Record<ObaTrendJudgement, string> = {
  improving: 'better',
  worsening: 'worse',
  stable: 'unchanged',
};

const periodsWord = (n: number) => `${n} ${n === 1 ? 'period' : 'periods'}`;

/**
 * The one trend rule. An established run (two or more changes the same way) is the trend. A single
 * change is not enough to call a turn: the line through all the values decides, and the words say
 * what the latest period did when it went the other way.
 */
export function trendSummary(input: ObaTrendInput): ObaTrendSummary {
  const { run, line, valueCount } = input;
  if (!run)
    return {
      judgement: null,
      direction: null,
      periods: 0,
      words: 'Too few values for a trend',
      short: '–',
    };
  const base = {
    direction: run.direction,
    periods: run.periods,
    short: `${TREND_ARROWS[run.direction]} ${run.periods}`,
  };
  const runWords = run.judgement === 'stable' ? `Unchanged for ${periodsWord(run.periods)}` : `${JUDGED[run.judgement]} for ${periodsWord(run.periods)}`;
  // An established run, or a single change with no line to weigh it against.
  if (run.periods >= 2 || !line || line === 'stable') return { ...base, judgement: run.judgement, words: runWords };
  if (line === run.judgement)
    return {
      ...base,
      judgement: line,
      words: `${JUDGED[line]} over ${periodsWord(valueCount)}, the latest included`,
    };
  return {
    ...base,
    judgement: line,
    words: `${JUDGED[line]} over ${periodsWord(valueCount)}, though ${BETTER[run.judgement]} in the latest one`,
  };
}

/** Whether a judgement is good news, for colours and icons. */
export function judgementTone(j: ObaTrendJudgement | null): 'good' | 'bad' | 'neutral' {
  return j === 'improving' ? 'good' : j === 'worsening' ? 'bad' : 'neutral';
}

export function polarityWords(p: ObaPolarity): string {
  return p === 'higher-is-better' ? 'higher is better' : 'lower is better';
}
