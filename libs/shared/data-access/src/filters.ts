import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { chosenPeriod, financialYearLabel, financialYearOf, todayInEngland, type AsOfReason } from '@sli/analytics-domain';
import { useOptionalViewer } from './viewer';

/**
 * The filters every page shares, kept in the URL so any view can be bookmarked and shared:
 * partnership, financial year (or a From and/or To date), "as of" date, agency, review type and theme.
 * With no partnership in the URL, the first of the user's partnerships is in force.
 */
export interface Filters {
  partnershipId: string | null;
  /** Financial year label such as 2025/26; a From or To date alone replaces that end of it. */
  year: string;
  from: string | null;
  to: string | null;
  /** An explicit "as of" date; none means the default (the range's last day, or today if earlier). */
  asOf: string | null;
  agencyId: string | null;
  reviewType: string | null;
  themeId: string | null;
}

/**
 * The year a page opens on: the last complete financial year (2025/26 on 6 December 2026), the one a
 * board's annual report covers. Worked out from today, so it moves on each April without a release.
 */
export const DEFAULT_YEAR = financialYearLabel(financialYearOf(todayInEngland()) - 1);

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

const KEYS = ['partnershipId', 'year', 'from', 'to', 'asOf', 'agencyId', 'reviewType', 'themeId'] as const;

/** The filters in force, read from the URL; no partnership in the URL means `defaultPartnershipId`. */
export function readFilters(params: URLSearchParams, defaultPartnershipId: string | null): Filters {
  return {
    partnershipId: params.get('partnershipId') ?? defaultPartnershipId,
    year: params.get('year') ?? DEFAULT_YEAR,
    from: params.get('from'),
    to: params.get('to'),
    asOf: params.get('asOf'),
    agencyId: params.get('agencyId'),
    reviewType: params.get('reviewType'),
    themeId: params.get('themeId'),
  };
}

/**
 * The period the filters choose, judged on `today`: the date range in force, whether a From or To
 * date replaces the financial year's ends, and the "as of" date. The same outside React (to ask for a
 * page's data before the page has loaded) as in `useFilters`.
 */
export function periodOf(filters: Filters, today: string) {
  return chosenPeriod({ year: filters.year, from: filters.from, to: filters.to, asOf: filters.asOf }, today);
}

export function useFilters(): {
  filters: Filters;
  /** The date range in force: the financial year, with a From and/or To date in place of its ends. */
  range: { from: string; to: string };
  /** A From or To date is in force rather than the whole financial year. */
  custom: boolean;
  /**
   * The `asOf` of every "as of" figure on the page: the chosen date, else the range's last day, and
   * never later than today (a past period is judged at its end, the current one at today).
   */
  asOf: string;
  asOfReason: AsOfReason;
  /** Today's date in England: the latest "as of" date there can be. */
  today: string;
  setFilters: (patch: Partial<Filters>) => void;
  /** The search string to carry the filters onto another page's link. */
  search: string;
} {
  const [params, setParams] = useSearchParams();
  const defaultPartnershipId = useOptionalViewer()?.partnerships[0]?.id ?? null;
  const filters = useMemo<Filters>(() => readFilters(params, defaultPartnershipId), [params, defaultPartnershipId]);
  const today = todayInEngland();
  const period = useMemo(() => periodOf(filters, today), [filters, today]);
  const range = useMemo(() => ({ from: period.from, to: period.to }), [period.from, period.to]);
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
  return { filters, range, custom: period.custom, asOf: period.asOf, asOfReason: period.asOfReason, today, setFilters, search };
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
