/**
 * Outcomes-based accountability (OBA) analysis of one measure's series (DESIGN.md section 3):
 * latest value against target, the current trend judged by polarity, change since the baseline
 * and a straight-line forecast "if nothing changes" (the curve to turn).
 *
 * A series is one entry per consecutive period, oldest first, with null for a period that has no
 * value; positions in the array are the periods' indices (0 = the first period). Nothing here
 * returns NaN or Infinity: whatever cannot be computed (no value, a zero target) is null.
 */
export type ObaPolarity = 'higher-is-better' | 'lower-is-better';
export type ObaTargetStatus = 'on-target' | 'off-target' | 'no-target' | 'no-data';
export type ObaTrendDirection = 'up' | 'down' | 'flat';
export type ObaTrendJudgement = 'improving' | 'worsening' | 'stable';

export interface ObaValueAt {
  /** The period's position in the series. */
  index: number;
  value: number;
}

export interface ObaTrend {
  direction: ObaTrendDirection;
  /** How many of the most recent period-to-period changes moved in `direction` (at least 1). */
  periods: number;
  judgement: ObaTrendJudgement;
  /** The value the run started from. */
  from: ObaValueAt;
}

export interface ObaLinearFit {
  /** Change per period. */
  slope: number;
  /** The fitted value at index 0, the series' first period. */
  intercept: number;
}

export interface ObaForecast extends ObaLinearFit {
  /** Where the fitted line is heading, judged by polarity. */
  judgement: ObaTrendJudgement;
  /** The fitted line over the next periods, after the series' last period. */
  points: ObaValueAt[];
}

export interface ObaInput {
  polarity: ObaPolarity;
  target: number | null;
  baseline: number | null;
  values: readonly (number | null)[];
  /** How many periods to forecast; 4 when omitted. */
  forecastPeriods?: number;
  /** Limits for forecast values, e.g. 0–100 for a percentage: a straight line may leave the possible range. */
  bounds?: { min?: number; max?: number };
}

export interface ObaAnalysis {
  latest: ObaValueAt | null;
  /** (latest − target) / target, a fraction: −0.05 is 5% below target. */
  variance: number | null;
  /** latest / target × 100. */
  percentOfTarget: number | null;
  status: ObaTargetStatus;
  trend: ObaTrend | null;
  /** (latest − baseline) / baseline, a fraction. */
  changeSinceBaseline: number | null;
  forecast: ObaForecast | null;
  /** How many periods have a value. */
  valueCount: number;
}

/** Relative tolerance for "no change": values computed from the same counts compare equal despite float noise. */
const EPSILON = 1e-9;

function isNumber(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function same(a: number, b: number): boolean {
  return Math.abs(b - a) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** a / b, or null when b is 0 or the result is not a finite number. */
function ratio(a: number, b: number, scale = 1): number | null {
  // A target or baseline within rounding of zero is zero: dividing by it gives no meaningful ratio.
  if (Math.abs(b) < 1e-12) return null;
  const r = (a / b) * scale;
  return Number.isFinite(r) ? r : null;
}

/** The periods that have a value, in order. */
export function presentValues(values: readonly (number | null)[]): ObaValueAt[] {
  const out: ObaValueAt[] = [];
  values.forEach((value, index) => {
    if (isNumber(value)) out.push({ index, value });
  });
  return out;
}

/** The most recent period with a value. */
export function latestValue(values: readonly (number | null)[]): ObaValueAt | null {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (isNumber(v)) return { index: i, value: v };
  }
  return null;
}

/** (actual − target) / target; null without a target, or when the target is 0. */
export function varianceFromTarget(actual: number | null, target: number | null): number | null {
  if (!isNumber(actual) || !isNumber(target)) return null;
  return ratio(actual - target, target);
}

/** actual as a percentage of target (100 = exactly on target); null without a target, or when it is 0. */
export function percentOfTarget(actual: number | null, target: number | null): number | null {
  if (!isNumber(actual) || !isNumber(target)) return null;
  return ratio(actual, target, 100);
}

/** On target when the value is at least (higher is better) or at most (lower is better) the target. */
export function targetStatus(actual: number | null, target: number | null, polarity: ObaPolarity): ObaTargetStatus {
  if (!isNumber(target)) return 'no-target';
  if (!isNumber(actual)) return 'no-data';
  const met = polarity === 'higher-is-better' ? actual >= target || same(actual, target) : actual <= target || same(actual, target);
  return met ? 'on-target' : 'off-target';
}

/** Whether movement in `direction` is good news for a measure of `polarity`. */
export function judge(direction: ObaTrendDirection, polarity: ObaPolarity): ObaTrendJudgement {
  if (direction === 'flat') return 'stable';
  return (direction === 'up') === (polarity === 'higher-is-better') ? 'improving' : 'worsening';
}

function directionOf(from: number, to: number): ObaTrendDirection {
  if (same(from, to)) return 'flat';
  return to > from ? 'up' : 'down';
}

/**
 * The current trend: the direction of the latest change between consecutive values (periods
 * without a value are skipped) and how many changes in a row, counting back from the latest,
 * went the same way. Null with fewer than two values.
 */
export function currentTrend(values: readonly (number | null)[], polarity: ObaPolarity): ObaTrend | null {
  const present = presentValues(values);
  if (present.length < 2) return null;
  const changes = present.slice(1).map((p, i) => directionOf((present[i] as ObaValueAt).value, p.value));
  const direction = changes[changes.length - 1] as ObaTrendDirection;
  let periods = 0;
  while (periods < changes.length && changes[changes.length - 1 - periods] === direction) periods++;
  return { direction, periods, judgement: judge(direction, polarity), from: present[present.length - 1 - periods] as ObaValueAt };
}

/** (current − baseline) / baseline; null without a baseline, or when it is 0. */
export function changeSinceBaseline(current: number | null, baseline: number | null): number | null {
  if (!isNumber(current) || !isNumber(baseline)) return null;
  return ratio(current - baseline, baseline);
}

/** Ordinary least-squares line through the values against their period index; null with fewer than two values. */
export function linearFit(values: readonly (number | null)[]): ObaLinearFit | null {
  const present = presentValues(values);
  const n = present.length;
  if (n < 2) return null;
  // Centred sums keep the arithmetic stable for large values.
  const meanX = present.reduce((s, p) => s + p.index, 0) / n;
  const meanY = present.reduce((s, p) => s + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of present) {
    sxy += (p.index - meanX) * (p.value - meanY);
    sxx += (p.index - meanX) ** 2;
  }
  const slope = sxy / sxx; // sxx > 0: the indices are distinct
  const intercept = meanY - slope * meanX;
  return Number.isFinite(slope) && Number.isFinite(intercept) ? { slope, intercept } : null;
}

/** The fitted line continued over `periods` periods after the series' last one, kept within `bounds`. */
export function forecast(
  values: readonly (number | null)[],
  polarity: ObaPolarity,
  periods = 4,
  bounds: { min?: number; max?: number } = {},
): ObaForecast | null {
  const fit = linearFit(values);
  if (!fit) return null;
  const count = Number.isFinite(periods) ? Math.max(0, Math.floor(periods)) : 0;
  const clamp = (v: number) => Math.min(bounds.max ?? Infinity, Math.max(bounds.min ?? -Infinity, v));
  const points = Array.from({ length: count }, (_, k) => {
    const index = values.length + k;
    return { index, value: clamp(fit.intercept + fit.slope * index) };
  });
  // A slope that moves the line by less than the tolerance over the whole series is no movement.
  const span = Math.max(1, values.length - 1);
  const scale = Math.max(1, ...presentValues(values).map((p) => Math.abs(p.value)));
  const direction: ObaTrendDirection = Math.abs(fit.slope * span) <= EPSILON * scale ? 'flat' : fit.slope > 0 ? 'up' : 'down';
  return { ...fit, judgement: judge(direction, polarity), points };
}

/** Everything the scorecard shows about one measure. */
export function analyseMeasure(input: ObaInput): ObaAnalysis {
  const latest = latestValue(input.values);
  const actual = latest?.value ?? null;
  return {
    latest,
    variance: varianceFromTarget(actual, input.target),
    percentOfTarget: percentOfTarget(actual, input.target),
    status: targetStatus(actual, input.target, input.polarity),
    trend: currentTrend(input.values, input.polarity),
    changeSinceBaseline: changeSinceBaseline(actual, input.baseline),
    forecast: forecast(input.values, input.polarity, input.forecastPeriods ?? 4, input.bounds),
    valueCount: presentValues(input.values).length,
  };
}
