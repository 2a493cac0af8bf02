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

/**
 * The list's own state in the URL beside the shared filters: `status`, `q` (title search) and `after`
 * (the cursors of the pages before this one, prefixed by a hash of the selection they belong to), so a
 * page of results can be bookmarked and Previous works after a reload.
 */
export function useListParams(selection: string) {
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status: ReviewStatus | null = isReviewStatus(rawStatus) ? rawStatus : null;
  const q = params.get('q') ?? '';
  const key = hash(`${selection}|${status ?? ''}|${q}`);

  const cursors = useMemo(() => {
    const [owner, ...rest] = (params.get('after') ?? '').split('.');
    return owner === key ? rest.filter(Boolean) : [];
  }, [params, key]);

  const update = useCallback(
    (patch: Record<string, string | null>) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      }),
    [setParams],
  );

  return {
    status,
    q,
    /** 1-based page number. */
    page: cursors.length + 1,
    after: cursors.at(-1) ?? null,
    setStatus: (value: string) => update({ status: value || null, after: null }),
    setQ: (value: string) => update({ q: value.trim() || null, after: null }),
    next: (endCursor: string) => update({ after: [key, ...cursors, endCursor].join('.') }),
    previous: () => update({ after: cursors.length > 1 ? [key, ...cursors.slice(0, -1)].join('.') : null }),
  };
}
