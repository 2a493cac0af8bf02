import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type SortDir = 'asc' | 'desc';

/** How a paged list may be sorted: the server's columns (the table's column keys), and its default. */
export interface ListSort<K extends string> {
  columns: readonly K[];
  default: { key: K; dir: SortDir };
}

/** What each sort is called in a caption: the column, and each direction in words. */
export type SortWords = Record<string, [by: string, asc: string, desc: string]>;

export const dateWords = (what: string): [string, string, string] => [`by ${what}`, 'oldest first', 'most recent first'];
export const textWords = (what: string): [string, string, string] => [`by ${what}`, 'A to Z', 'Z to A'];
export const numberWords = (what: string): [string, string, string] => [`by ${what}`, 'fewest first', 'most first'];

/** "by initiation date, oldest first": how a list is sorted, for its caption and the phone's sort menu. */
export function sortWords(table: SortWords, key: string, dir: SortDir): string {
  const [by, asc, desc] = table[key] ?? [`by ${key}`, 'ascending', 'descending'];
  return `${by}, ${dir === 'asc' ? asc : desc}`;
}

/** A short, stable hash of what selects the rows, so cursors from other filters are ignored. */
export function listHash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

export interface ListState<K extends string> {
  sort: { key: K; dir: SortDir; chosen: boolean };
  /** The hash the cursors in the URL must carry to belong to this selection and sort. */
  owner: string;
  /** The end cursors of the pages before this one. */
  cursors: string[];
}

/**
 * A paged list's state as its URL parameters hold it (`sort`, `dir`, `after`, each with the list's
 * prefix): a column the server cannot sort by falls back to the default, a chosen column runs A to Z
 * unless told otherwise, and cursors left from another selection or sort are dropped (page 1).
 */
export function readListState<K extends string>(params: URLSearchParams, selection: string, sorts: ListSort<K>, prefix = ''): ListState<K> {
  const rawSort = params.get(`${prefix}sort`);
  const chosen = (sorts.columns as readonly string[]).includes(rawSort ?? '') ? (rawSort as K) : null;
  const rawDir = params.get(`${prefix}dir`);
  const validDir = rawDir === 'asc' || rawDir === 'desc' ? rawDir : null;
  const dir: SortDir = validDir ?? (chosen ? 'asc' : sorts.default.dir);
  // Whether the URL chose the sort (a column or a direction the list knows), rather than the default.
  const sort = { key: chosen ?? sorts.default.key, dir, chosen: chosen !== null || validDir !== null };
  const owner = listHash(`${selection}|${sort.key}|${sort.dir}`);
  const [tag, ...rest] = (params.get(`${prefix}after`) ?? '').split('.');
  return { sort, owner, cursors: tag === owner ? rest.filter(Boolean) : [] };
}

/**
 * A paged list's own state in the URL beside the shared filters: `sort` and `dir` (the server's sort;
 * absent means the list's default) and `after` (the cursors of the pages before this one, prefixed by
 * a hash of the selection and sort they belong to), so a sorted page of results can be bookmarked or
 * shared and Previous works after a reload. A second list on one page uses a prefix (`n` → `nsort`,
 * `ndir`, `nafter`). `selection` is whatever else chooses the rows (filters, search), as text.
 */
export function useListParams<K extends string>(selection: string, sorts: ListSort<K>, prefix = '') {
  const [params, setParams] = useSearchParams();
  const { sort, owner, cursors } = useMemo(() => readListState(params, selection, sorts, prefix), [params, selection, sorts, prefix]);

  /** Sets (or, with null or '', removes) the list's own parameters, keeping the page where it is on screen. */
  const update = useCallback(
    (patch: Record<string, string | null>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v) next.set(`${prefix}${k}`, v);
            else next.delete(`${prefix}${k}`);
          }
          return next;
        },
        { preventScrollReset: true },
      ),
    [setParams, prefix],
  );

  return {
    sort,
    /** The variables the API's list query takes for this sort. */
    sortVariables: { sort: sort.key, direction: sort.dir },
    /** 1-based page number. */
    page: cursors.length + 1,
    after: cursors.at(-1) ?? null,
    update,
    /** A new sort starts again from the first page; a column the server cannot sort by is ignored. */
    setSort: (k: string, d: SortDir) => {
      if ((sorts.columns as readonly string[]).includes(k)) update({ sort: k, dir: d, after: null });
    },
    next: (endCursor: string) => update({ after: [owner, ...cursors, endCursor].join('.') }),
    previous: () => update({ after: cursors.length > 1 ? [owner, ...cursors.slice(0, -1)].join('.') : null }),
  };
}
