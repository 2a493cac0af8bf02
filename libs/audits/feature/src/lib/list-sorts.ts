import { dateWords, numberWords, sortWords, textWords, type AuditListSort, type ListSort, type SortDir, type SortWords } from '@sli/shared/data-access';

/** The case-audit list's server sorts (its table's column keys) and default: latest start first. */
export const AUDIT_SORTS: ListSort<AuditListSort> = {
  columns: ['startedOn', 'ref', 'title', 'type', 'gradedCases', 'goodOrBetter'],
  default: { key: 'startedOn', dir: 'desc' },
};

export const AUDIT_WORDS: SortWords = {
  startedOn: dateWords('start date'),
  ref: textWords('reference'),
  title: textWords('title'),
  type: textWords('type'),
  gradedCases: numberWords('graded cases'),
  goodOrBetter: ['by share good or better', 'lowest first', 'highest first'],
};

/** "by start date, most recent first": how the case-audit list is sorted, for its caption. */
export const auditSortWords = (key: string, dir: SortDir) => sortWords(AUDIT_WORDS, key, dir);
