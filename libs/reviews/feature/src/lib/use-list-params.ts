import type { ReviewStatus } from '@sli/shared/data-access';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isReviewStatus } from './review-types';

/** A short, stable hash of what selects the rows, so cursors from other filters are ignored. */
function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

export type SortDir = 'asc' | 'desc';

/** How a list may be sorted: the server's columns, and its default. */
export interface ListSort<K extends string> {
  columns: readonly K[];
  default: { key: K; dir: SortDir };
}

/**
 * A paged list's own state in the URL beside the shared filters: `status`, `q` (title search), `sort`
 * and `dir` (the server's sort; absent means the list's default), and `after` (the cursors of the pages
 * before this one, prefixed by a hash of the selection and sort they belong to), so a sorted page of
 * results can be bookmarked or shared and Previous works after a reload. A second list on the same page
 * uses a prefix (`n` → `nsort`, `ndir`, `nafter`).
 */
export function useListParams<K extends string>(selection: string, sorts: ListSort<K>, prefix = '') {
  const [params, setParams] = useSearchParams();
  const name = (k: string) => `${prefix}${k}`;
  const rawStatus = prefix ? null : params.get('status');
  const status: ReviewStatus | null = isReviewStatus(rawStatus) ? rawStatus : null;
  const q = prefix ? '' : (params.get('q') ?? '');
  const rawSort = params.get(name('sort'));
  const chosen = (sorts.columns as readonly string[]).includes(rawSort ?? '') ? (rawSort as K) : null;
  const rawDir = params.get(name('dir'));
  const dir: SortDir = rawDir === 'asc' || rawDir === 'desc' ? rawDir : chosen ? 'asc' : sorts.default.dir;
  const sort = { key: chosen ?? sorts.default.key, dir, chosen: chosen !== null || rawDir !== null };
  const key = hash(`${selection}|${status ?? ''}|${q}|${sort.key}|${sort.dir}`);

  const cursors = useMemo(() => {
    const [owner, ...rest] = (params.get(`${prefix}after`) ?? '').split('.');
    return owner === key ? rest.filter(Boolean) : [];
  }, [params, key, prefix]);

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
    status,
    q,
    sort,
    /** The variables the API's list query takes for this sort. */
    sortVariables: { sort: sort.key, direction: sort.dir },
    /** 1-based page number. */
    page: cursors.length + 1,
    after: cursors.at(-1) ?? null,
    setStatus: (value: string) => update({ status: value || null, after: null }),
    setQ: (value: string) => update({ q: value.trim() || null, after: null }),
    /** A new sort starts again from the first page; a column the server cannot sort by is ignored. */
    setSort: (k: string, d: SortDir) => {
      if ((sorts.columns as readonly string[]).includes(k)) update({ sort: k, dir: d, after: null });
    },
    next: (endCursor: string) => update({ after: [key, ...cursors, endCursor].join('.') }),
    previous: () => update({ after: cursors.length > 1 ? [key, ...cursors.slice(0, -1)].join('.') : null }),
  };
}
