import { isPrimarySuppressed, SUPPRESSED } from './suppression';

/** Units of a headline figure: percentages run from 0 to 100. */
export type FigureUnit = 'count' | 'percent' | 'days' | 'score';

/** One year's value of a figure, as a metric computes it. */
export interface FigureValue {
  value: number | null;
  numerator?: number;
  denominator?: number;
}

/** A headline figure for a year beside the year before, as text ready to print (hidden ones `c`) and as numbers. */
export interface PublishedFigure {
  current: string | null;
  previous: string | null;
  /** Null when nothing was measured or when the figure is hidden. */
  currentValue: number | null;
  previousValue: number | null;
  currentNumerator: string | null;
  currentDenominator: string | null;
  previousNumerator: string | null;
  previousDenominator: string | null;
  /** current − previous (percentage points for percentages), signed; `c` when either year is hidden. */
  change: string | null;
  changeValue: number | null;
  /** True when anything of the figure is shown as `c`. */
  suppressed: boolean;
}

interface Side {
  text: string | null;
  value: number | null;
  numerator: string | null;
  denominator: string | null;
  hidden: boolean;
  anyHidden: boolean;
}

/** Whole numbers as they are, anything else to one decimal place (83.3, 100, 2.5). */
export function formatFigure(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function part(count: number | undefined, threshold: number | null): { text: string | null; hidden: boolean } {
  if (count === undefined) return { text: null, hidden: false };
  const hidden = threshold !== null && isPrimarySuppressed(count, threshold);
  return { text: hidden ? SUPPRESSED : String(count), hidden };
}

function side(v: FigureValue, unit: FigureUnit, threshold: number | null): Side {
  const numerator = part(v.numerator, threshold);
  const denominator = part(v.denominator, threshold);
  // A count is hidden like a table cell; a rate (or mean) when what it was computed from is.
  const ownCount = unit === 'count' && v.value !== null && threshold !== null && isPrimarySuppressed(v.value, threshold);
  const hidden = ownCount || numerator.hidden || denominator.hidden;
  const shown = v.value === null ? null : hidden ? SUPPRESSED : formatFigure(v.value);
  return {
    text: shown,
    value: hidden ? null : v.value,
    numerator: numerator.text,
    denominator: denominator.text,
    hidden: hidden && v.value !== null,
    anyHidden: hidden,
  };
}

/**
 * A figure for a year and the year before. `threshold` null publishes exact values; a number applies
 * the published-statistics rules: a count from 1 to the threshold is `c`, a rate is `c` when its
 * numerator or denominator is, and the change is `c` when either year is.
 */
export function publishFigure(unit: FigureUnit, current: FigureValue, previous: FigureValue, threshold: number | null): PublishedFigure {
  const now = side(current, unit, threshold);
  const before = side(previous, unit, threshold);
  let change: string | null = null;
  let changeValue: number | null = null;
  if (current.value !== null && previous.value !== null) {
    if (now.hidden || before.hidden) {
      change = SUPPRESSED;
    } else {
      changeValue = current.value - previous.value;
      const shown = formatFigure(changeValue);
      change = Number(shown) > 0 ? `+${shown}` : shown;
    }
  }
  return {
    current: now.text,
    previous: before.text,
    currentValue: now.value,
    previousValue: before.value,
    currentNumerator: now.numerator,
    currentDenominator: now.denominator,
    previousNumerator: before.numerator,
    previousDenominator: before.denominator,
    change,
    changeValue,
    suppressed: now.anyHidden || before.anyHidden,
  };
}
