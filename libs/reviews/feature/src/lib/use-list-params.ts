import { useListParams as usePagedList, type ListSort, type ReviewStatus } from '@sli/shared/data-access';
import { useSearchParams } from 'react-router';
import { isReviewStatus } from './review-types';

/**
 * The reviews list's state in the URL: the shared paged-list state (`sort`, `dir`, `after`; see
 * useListParams in shared data-access) and the list's own filters, `status` and `q` (title search),
 * which select the rows and so start again from page 1. The notifications list (prefix `n`) has no
 * filters of its own.
 */
export function useListParams<K extends string>(selection: string, sorts: ListSort<K>, prefix = '') {
  const [params] = useSearchParams();
  const rawStatus = prefix ? null : params.get('status');
  const status: ReviewStatus | null = isReviewStatus(rawStatus) ? rawStatus : null;
  const q = prefix ? '' : (params.get('q') ?? '');
  const list = usePagedList(`${selection}|${status ?? ''}|${q}`, sorts, prefix);
  return {
    ...list,
    status,
    q,
    setStatus: (value: string) => list.update({ status: value || null, after: null }),
    setQ: (value: string) => list.update({ q: value.trim() || null, after: null }),
  };
}
