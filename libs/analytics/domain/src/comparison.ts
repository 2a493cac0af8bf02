/**
 * Honest small numbers: how a figure's change from one period to the next may be described.
 *
 * A change is judged better or worse only when the measure has a polarity (activity counts such as
 * notifications or reviews started have none: more of them is neither good nor bad news) and when
 * it rests on enough records. A figure's base is what it was counted from: a rate's denominator,
 * a count's own value. The rule:
 * - a rate (or mean) is too few to compare when either period's base is below the threshold: one
 *   record moves a percentage of 6 by 17 points;
 * - a count is too few to compare when both periods' counts are below the threshold: 3 against 5 is
 *   a handful either way, 3 against 40 is not.
 *
 * Worked examples, threshold 10:
 * - rapid reviews on time, 3 of 3 (100%) against 3 of 4 (75%): bases 3 and 4, too few to compare;
 * - training practice change, 55 of 91 (60.4%) against 60 of 92 (65.2%): bases 91 and
 *   92, down 4.8 percentage points (worse);
 * - notifications, 3 against 4: both below 10, too few to compare (and never judged: activity);
 * - actions overdue, 12 against 3: 12 is not below 10, "up 9 (worse)".
 */

/** Below this many records on each side (a count) or either side (a rate), a change is not compared. */
export const TOO_FEW_TO_COMPARE = 10;

export type ComparisonUnit = 'count' | 'percent' | 'days' | 'score';
/** Null: an activity count, described and never judged. */
export type ComparisonPolarity = 'higher-is-better' | 'lower-is-better' | null;

export interface ComparedFigure {
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

export type ComparisonVerdict = 'better' | 'worse' | 'no-change' | 'up' | 'down' | 'too-few' | 'none';

export interface Comparison {
  /**
   * better / worse / no-change: judged by polarity; up / down: an activity count, described only;
   * too-few: rests on fewer records than the threshold; none: a period has nothing to measure.
   */
  verdict: ComparisonVerdict;
  /** current − previous, in percentage points for percentages (as shown, one decimal place); null when not compared. */
  change: number | null;
  /** The smaller base of the two periods, so the page can say why it did not compare. */
  smallestBase: number | null;
}

/** What a figure was counted from: a rate's denominator, a count's value. */
export function baseOf(unit: ComparisonUnit, figure: ComparedFigure): number | null {
  if (unit === 'count') return figure.value;
  return figure.denominator ?? null;
}

/** Whether a change between these two figures rests on too few records to compare. */
export function tooFewToCompare(unit: ComparisonUnit, current: ComparedFigure, previous: ComparedFigure, threshold: number = TOO_FEW_TO_COMPARE): boolean {
  const a = baseOf(unit, current);
  const b = baseOf(unit, previous);
  if (a === null || b === null) return unit !== 'count';
  return unit === 'count' ? a < threshold && b < threshold : a < threshold || b < threshold;
}

const oneDp = (v: number) => Math.round(v * 10) / 10;

/** The change between two periods' figures and how it may be described (see the rule above). */
export function compareFigures(
  unit: ComparisonUnit,
  polarity: ComparisonPolarity,
  current: ComparedFigure,
  previous: ComparedFigure,
  threshold: number = TOO_FEW_TO_COMPARE,
): Comparison {
  const bases = [baseOf(unit, current), baseOf(unit, previous)].filter((b): b is number => b !== null);
  const smallestBase = bases.length > 0 ? Math.min(...bases) : null;
  if (current.value === null || previous.value === null) return { verdict: 'none', change: null, smallestBase };
  if (tooFewToCompare(unit, current, previous, threshold)) return { verdict: 'too-few', change: null, smallestBase };
  // Compared between the figures as shown (one decimal place), so the words match the numbers.
  const change = unit === 'count' ? current.value - previous.value : oneDp(oneDp(current.value) - oneDp(previous.value));
  if (change === 0) return { verdict: 'no-change', change, smallestBase };
  if (!polarity) return { verdict: change > 0 ? 'up' : 'down', change, smallestBase };
  const better = change > 0 === (polarity === 'higher-is-better');
  return { verdict: better ? 'better' : 'worse', change, smallestBase };
}
