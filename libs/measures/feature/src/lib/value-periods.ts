import { periodsBetween, todayInEngland, type Grain } from '@sli/analytics-domain';

/** A measure's periodicity, as the API names it. */
export type Periodicity = 'MONTH' | 'QUARTER' | 'YEAR';

/** The reporting grain of a periodicity: years are financial years (April to March). */
export const GRAINS: Record<Periodicity, Grain> = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'financial-year' };

/**
 * The periods a value can be entered for, newest first: every period of the measure's periodicity
 * that has ended by today, back to the earliest of its first stored value, its baseline and five years
 * ago. A period still running has no value yet (the analysis would leave it out anyway).
 */
export function valuePeriods(
  periodicity: Periodicity,
  stored: readonly string[],
  baselinePeriodStart: string | null | undefined,
  today: string = todayInEngland(),
): { value: string; label: string }[] {
  const fiveYearsAgo = `${Number(today.slice(0, 4)) - 5}${today.slice(4)}`;
  const from = [fiveYearsAgo, ...stored, ...(baselinePeriodStart ? [baselinePeriodStart] : [])].sort()[0] as string;
  return periodsBetween(from, today, GRAINS[periodicity])
    .filter((p) => p.end < today)
    .reverse()
    .map((p) => ({ value: p.start, label: p.label }));
}

/** A typed value as a number: "72.5" → 72.5, "1,204" → 1204, " -3 " → -3; anything else (72%, 1e3, blank) → null. */
export function parseValue(text: string): number | null {
  const cleaned = text.trim().replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}
