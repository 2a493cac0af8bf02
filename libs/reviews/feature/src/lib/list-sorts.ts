import type { NotificationSortField, ReviewSortField } from '@sli/shared/data-access';
import type { ListSort, SortDir } from './use-list-params';

/** What a sort is called in a caption: the column, and each direction in words. */
type Words = Record<string, [by: string, asc: string, desc: string]>;

const DATE = (what: string): [string, string, string] => [`by ${what}`, 'oldest first', 'most recent first'];
const TEXT = (what: string): [string, string, string] => [`by ${what}`, 'A to Z', 'Z to A'];

export const REVIEW_SORTS: ListSort<ReviewSortField> = {
  columns: ['initiatedOn', 'ref', 'title', 'type', 'status'],
  default: { key: 'initiatedOn', dir: 'desc' },
};
const REVIEW_WORDS: Words = {
  initiatedOn: DATE('initiation date'),
  ref: TEXT('reference'),
  title: TEXT('title'),
  type: TEXT('type'),
  status: TEXT('status'),
};

export const NOTIFICATION_SORTS: ListSort<NotificationSortField> = {
  columns: ['dateAware', 'ref', 'harm', 'decision'],
  default: { key: 'dateAware', dir: 'desc' },
};
const NOTIFICATION_WORDS: Words = {
  dateAware: DATE('date aware'),
  ref: TEXT('reference'),
  harm: ['by harm', 'deaths first', 'serious harm first'],
  decision: ['by decision', 'no rapid review first', 'rapid review first'],
};

function words(table: Words, key: string, dir: SortDir): string {
  const [by, asc, desc] = table[key] ?? [`by ${key}`, 'ascending', 'descending'];
  return `${by}, ${dir === 'asc' ? asc : desc}`;
}

/** "by initiation date, oldest first": how the reviews list is sorted, for its caption. */
export const reviewSortWords = (key: string, dir: SortDir) => words(REVIEW_WORDS, key, dir);
export const notificationSortWords = (key: string, dir: SortDir) => words(NOTIFICATION_WORDS, key, dir);
