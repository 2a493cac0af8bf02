import { dateWords, numberWords, sortWords, textWords, type ListSort, type SortDir, type SortWords, type TrainingSessionSortField } from '@sli/shared/data-access';

/** The training-session list's server sorts (its table's column keys) and default: latest session first. */
export const SESSION_SORTS: ListSort<TrainingSessionSortField> = {
  columns: ['sessionDate', 'ref', 'capacity', 'delivery'],
  default: { key: 'sessionDate', dir: 'desc' },
};

export const SESSION_WORDS: SortWords = {
  sessionDate: dateWords('date'),
  ref: textWords('reference'),
  capacity: numberWords('places'),
  delivery: textWords('delivery'),
};

/** "by date, most recent first": how the session list is sorted, for its caption. */
export const sessionSortWords = (key: string, dir: SortDir) => sortWords(SESSION_WORDS, key, dir);
