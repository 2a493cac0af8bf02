import { addMonths } from './periods';
import type { Rate } from './rate';

/*
 * Pure helpers of the theme metrics (DESIGN.md section 4: theme trends, co-occurrence, emerging
 * themes). The counting happens in SQL; these only place periods and reshape counted figures.
 */

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y as number, m as number, d as number];
}

function utc(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const lastDayOfMonth = (date: string) => {
  const [y, m] = parts(date);
  return iso(Date.UTC(y, m, 0));
};

/**
 * The period of the same length immediately before [from, to]. A range of whole months (from the
 * 1st to a month's last day: a month, a quarter, a financial year) steps back by whole months, so
 * 2024/25 Q1 (Apr–Jun) is preceded by Jan–Mar and 2024/25 by 2023/24; any other range steps back
 * by its number of days.
 */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  if (to < from) throw new Error(`"${to}" is before "${from}"`);
  const [fy, fm, fd] = parts(from);
  const [ty, tm] = parts(to);
  if (fd === 1 && to === lastDayOfMonth(to)) {
    const months = (ty - fy) * 12 + (tm - fm) + 1;
    return { from: addMonths(from, -months), to: iso(utc(from) - DAY) };
  }
  const days = (utc(to) - utc(from)) / DAY + 1;
  return { from: iso(utc(from) - days * DAY), to: iso(utc(from) - DAY) };
}

export interface ShareGrowth {
  /** Current share minus previous share (a share is 0 when its period had no records); null when the current period had none. */
  difference: number | null;
  /** Current share divided by previous share; null when the previous share is 0 or unknown (a new theme). */
  ratio: number | null;
}

/** How a theme's share of records moved between two periods. */
export function shareGrowth(current: Rate, previous: Rate): ShareGrowth {
  if (current.value === null) return { difference: null, ratio: null };
  const before = previous.value ?? 0;
  return { difference: current.value - before, ratio: before > 0 ? current.value / before : null };
}

export interface ThemePairCount {
  codeA: string;
  codeB: string;
  count: number;
}

/**
 * A symmetric themes × themes matrix from counted pairs: cell (i, j) holds the records tagged
 * with both themes, the diagonal the records tagged with each theme. Pairs naming a theme not on
 * the axis are left out.
 */
export function coOccurrenceMatrix(
  codes: readonly string[],
  ownCounts: ReadonlyMap<string, number>,
  pairs: readonly ThemePairCount[],
): number[][] {
  const index = new Map(codes.map((c, i) => [c, i]));
  const matrix = codes.map((c, i) => codes.map((_, j) => (i === j ? (ownCounts.get(c) ?? 0) : 0)));
  for (const p of pairs) {
    const i = index.get(p.codeA);
    const j = index.get(p.codeB);
    if (i === undefined || j === undefined || i === j) continue;
    (matrix[i] as number[])[j] = p.count;
    (matrix[j] as number[])[i] = p.count;
  }
  return matrix;
}
