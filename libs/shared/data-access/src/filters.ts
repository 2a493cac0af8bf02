import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useOptionalViewer } from './viewer';

/**
 * The filters every page shares, kept in the URL so any view can be bookmarked and shared:
 * partnership, financial year (or a custom from/to range), agency, review type and theme. With no
 * partnership in the URL, the first of the user's partnerships is in force.
 */
export interface Filters {
  partnershipId: string | null;
  /** Financial year label such as 2025/26; ignored when from/to are set. */
  year: string;
  from: string | null;
  to: string | null;
  agencyId: string | null;
  reviewType: string | null;
  themeId: string | null;
}

export const DEFAULT_YEAR = '2025/26';

/** First and last day of a financial year label such as 2025/26. */
export function yearRange(label: string): { from: string; to: string } {
  const start = Number(label.slice(0, 4));
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/** The previous financial year's label: 2024/25 for 2025/26. */
export function previousYear(label: string): string {
  const start = Number(label.slice(0, 4)) - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

const KEYS = ['partnershipId', 'year', 'from', 'to', 'agencyId', 'reviewType', 'themeId'] as const;

export function useFilters(): {
  filters: Filters;
  /** The date range in force: the custom range, else the financial year. */
  range: { from: string; to: string };
  /** The last day of the range: the `asOf` of every "as of" figure on the page. */
  asOf: string;
  setFilters: (patch: Partial<Filters>) => void;
  /** The search string to carry the filters onto another page's link. */
  search: string;
} {
  const [params, setParams] = useSearchParams();
  const defaultPartnershipId = useOptionalViewer()?.partnerships[0]?.id ?? null;
  const filters = useMemo<Filters>(
    () => ({
      partnershipId: params.get('partnershipId') ?? defaultPartnershipId,
      year: params.get('year') ?? DEFAULT_YEAR,
      from: params.get('from'),
      to: params.get('to'),
      agencyId: params.get('agencyId'),
      reviewType: params.get('reviewType'),
      themeId: params.get('themeId'),
    }),
    [params, defaultPartnershipId],
  );
  const range = filters.from && filters.to ? { from: filters.from, to: filters.to } : yearRange(filters.year);
  const setFilters = useCallback(
    (patch: Partial<Filters>) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const key of KEYS) {
          if (!(key in patch)) continue;
          const value = patch[key];
          if (value === null || value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      }),
    [setParams],
  );
  const search = useMemo(() => {
    const keep = new URLSearchParams();
    for (const key of KEYS) {
      const v = params.get(key);
      if (v) keep.set(key, v);
    }
    const s = keep.toString();
    return s ? `?${s}` : '';
  }, [params]);
  return { filters, range, asOf: range.to, setFilters, search };
}

/** The MetricFilter input most analytics queries take, built from the page filters. */
export function metricFilter(filters: Filters, range: { from: string; to: string }) {
  return {
    partnershipIds: filters.partnershipId ? [filters.partnershipId] : null,
    from: range.from,
    to: range.to,
    agencyId: filters.agencyId,
    reviewTypes: filters.reviewType ? [filters.reviewType] : null,
    themeId: filters.themeId,
  };
}
