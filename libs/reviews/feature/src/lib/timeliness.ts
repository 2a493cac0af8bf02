import type { Timeliness } from '@sli/shared/data-access';
import { COLOURS, RAG_COLOURS } from '@sli/shared/ui';

/** The word for a timeliness, always written (never colour alone). */
export const TIMELINESS_WORDS: Record<Timeliness, string> = {
  ON_TIME: 'On time',
  LATE: 'LATE',
  OVERDUE: 'OVERDUE',
  DUE: 'Due',
  EARLY: 'Early',
};

/** Badge backgrounds: white text on each has at least 4.5:1 contrast. */
export const TIMELINESS_COLOURS: Record<Timeliness, string> = {
  ON_TIME: RAG_COLOURS.GREEN,
  LATE: RAG_COLOURS.RED,
  OVERDUE: RAG_COLOURS.RED,
  DUE: COLOURS.grey,
  EARLY: RAG_COLOURS.AMBER,
};

/** Calendar days from the due date to the actual date (positive: after the due date). */
export function daysAfter(dueOn: string, actualOn: string): number {
  const toUtc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((toUtc(actualOn) - toUtc(dueOn)) / 86_400_000);
}

/** "3 days late", "2 days early", "on the due date". */
export function describeDifference(dueOn: string | null | undefined, actualOn: string | null | undefined): string {
  if (!dueOn || !actualOn) return '–';
  const d = daysAfter(dueOn, actualOn);
  if (d === 0) return 'On the due date';
  const n = Math.abs(d);
  return `${n} day${n === 1 ? '' : 's'} ${d > 0 ? 'after' : 'before'} due`;
}
