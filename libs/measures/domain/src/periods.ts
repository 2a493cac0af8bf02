import { longDate } from '@sli/shared/domain';

/** How often a measure has a value, as the API's enum and the bundle hold it. */
export type PeriodicityValue = 'month' | 'quarter' | 'year';

const PERIOD_WORDS: Record<PeriodicityValue, string> = { month: 'month', quarter: 'quarter', year: 'financial year' };

const RULE_WORDS: Record<PeriodicityValue, string> = {
  month: 'a month starts on its 1st',
  quarter: 'quarters start on 1 April, 1 July, 1 October and 1 January',
  year: 'a financial year starts on 1 April',
};

/**
 * The first day of the period of `periodicity` holding `date` (`YYYY-MM-DD`). Quarters and years are
 * the UK financial year's: Q1 starts 1 April, the year starts 1 April.
 */
export function periodStartOf(date: string, periodicity: PeriodicityValue): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (periodicity) {
    case 'month':
      return `${date.slice(0, 7)}-01`;
    case 'quarter': {
      // Quarters start in January, April, July and October: 1, 4, 7, 10.
      const start = month - ((month - 1) % 3);
      return `${year}-${String(start).padStart(2, '0')}-01`;
    }
    case 'year':
      return `${month >= 4 ? year : year - 1}-04-01`;
  }
}

export function isPeriodStart(date: string, periodicity: PeriodicityValue): boolean {
  return periodStartOf(date, periodicity) === date;
}

/**
 * Why `date` does not start a period of `periodicity`, or undefined when it does: names the start of
 * the period it falls in, so the user can see what was meant (a value is never moved silently).
 */
export function periodStartProblem(date: string, periodicity: PeriodicityValue): string | undefined {
  const start = periodStartOf(date, periodicity);
  if (start === date) return undefined;
  return `must be the first day of its ${PERIOD_WORDS[periodicity]}: ${longDate(date)} falls in the ${PERIOD_WORDS[periodicity]} starting ${longDate(start)} (${RULE_WORDS[periodicity]})`;
}
