/**
 * Whether what a scorecard shows is current: a measure whose latest value is periods behind the
 * latest complete period as of the scorecard's date, and a story behind the curve written before
 * the latest value it sits beside.
 */
import { longDate } from '@sli/shared/domain';
import { periodOf, periodsBetween, type Grain, type Period } from './periods';

const GRAIN_WORDS: Record<Grain, [string, string]> = {
  month: ['month', 'months'],
  quarter: ['quarter', 'quarters'],
  'financial-year': ['year', 'years'],
  'calendar-year': ['year', 'years'],
};

/** The latest period of `grain` that had ended by `asOf`. */
export function latestCompletePeriod(asOf: string, grain: Grain): Period {
  const current = periodOf(asOf, grain);
  if (current.end <= asOf) return current;
  const [y, m, d] = current.start.split('-').map(Number) as [number, number, number];
  return periodOf(new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10), grain);
}

export interface ObaLag {
  /** Complete periods after the latest value (0 = up to date). */
  periodsBehind: number;
  /** The latest period that had ended by the as-of date. */
  expected: Period;
  /** "2 quarters behind: the latest value is for 2024/25 Q2; the latest complete quarter is 2024/25 Q4."; null when up to date. */
  words: string | null;
}

/** How far a measure's latest value (its period's first day) trails the latest complete period as of `asOf`. */
export function lagOf(latestPeriodStart: string, asOf: string, grain: Grain): ObaLag {
  const expected = latestCompletePeriod(asOf, grain);
  const latest = periodOf(latestPeriodStart, grain);
  const periodsBehind = latest.start >= expected.start ? 0 : periodsBetween(latest.start, expected.start, grain).length - 1;
  if (periodsBehind === 0) return { periodsBehind, expected, words: null };
  const [one, many] = GRAIN_WORDS[grain];
  return {
    periodsBehind,
    expected,
    words: `${periodsBehind} ${periodsBehind === 1 ? one : many} behind: the latest value is for ${latest.label}; the latest complete ${one} is ${expected.label}.`,
  };
}

export interface ObaStoryDate {
  writtenOn: string;
  /** The period the story is about, when it names one. */
  periodStart: string | null;
}

/**
 * A story is older than the latest value when it is about an earlier period, or, naming none, was
 * written before that period ended. The words say when it was written and about what.
 */
export function storyCurrency(
  story: ObaStoryDate,
  latest: { periodStart: string; periodEnd: string; label: string } | null,
  grain: Grain,
): { older: boolean; words: string } {
  const about = story.periodStart ? ` about ${periodOf(story.periodStart, grain).label}` : '';
  const written = `Written ${longDate(story.writtenOn)}${about}`;
  if (!latest) return { older: false, words: `${written}.` };
  const older = story.periodStart ? story.periodStart < latest.periodStart : story.writtenOn <= latest.periodEnd;
  return {
    older,
    words: older ? `${written}, before the latest value (${latest.label}).` : `${written}.`,
  };
}
