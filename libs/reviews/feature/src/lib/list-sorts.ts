import { dateWords, sortWords, textWords, type ListSort, type NotificationSortField, type ReviewSortField, type SortDir, type SortWords } from '@sli/shared/data-access';

export const REVIEW_SORTS: ListSort<ReviewSortField> = {
  columns: ['initiatedOn', 'ref', 'title', 'type', 'status'],
  default: { key: 'initiatedOn', dir: 'desc' },
};
export const REVIEW_WORDS: SortWords = {
  initiatedOn: dateWords('initiation date'),
  ref: textWords('reference'),
  title: textWords('title'),
  type: textWords('type'),
  status: textWords('status'),
};

export const NOTIFICATION_SORTS: ListSort<NotificationSortField> = {
  columns: ['dateAware', 'ref', 'harm', 'decision'],
  default: { key: 'dateAware', dir: 'desc' },
};
export const NOTIFICATION_WORDS: SortWords = {
  dateAware: dateWords('date aware'),
  ref: textWords('reference'),
  harm: ['by harm', 'deaths first', 'serious harm first'],
  decision: ['by decision', 'no rapid review first', 'rapid review first'],
};

/** "by initiation date, oldest first": how the reviews list is sorted, for its caption. */
export const reviewSortWords = (key: string, dir: SortDir) => sortWords(REVIEW_WORDS, key, dir);
export const notificationSortWords = (key: string, dir: SortDir) => sortWords(NOTIFICATION_WORDS, key, dir);
