import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { ActionGroupInput, ActionPlanGroupBy, ActionRegisterSort, ActionStatus, Brag } from '@sli/shared/data-access';
import { patchParams, searchWithPatch } from '@sli/shared/data-access';
import { GROUPINGS } from './page-params';

/** URL word ↔ API value, for the lists kept in the register's address. */
const kebab = (v: string) => v.toLowerCase().replace(/_/g, '-');
const STATUS_VALUES: ActionStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'IMPACT_EVIDENCED', 'CANCELLED'];
const BRAG_VALUES: Brag[] = ['RED', 'AMBER', 'GREEN', 'BLUE'];

/** The register's sortable columns (table column keys) and the API sort each asks for. */
export const SORTS: { column: string; sort: ActionRegisterSort; url: string }[] = [
  { column: 'due', sort: 'DUE_ON', url: 'due' },
  { column: 'ref', sort: 'REF', url: 'ref' },
  { column: 'owner', sort: 'OWNER_AGENCY', url: 'owner' },
  { column: 'status', sort: 'STATUS', url: 'status' },
  { column: 'brag', sort: 'BRAG', url: 'brag' },
  { column: 'days', sort: 'DAYS_OVERDUE', url: 'days-overdue' },
];

/** Rows per page the register offers. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

const DEFAULT_SORT = SORTS[0] as (typeof SORTS)[number];

function parseList<T extends string>(raw: string | null, values: readonly T[]): T[] {
  if (!raw) return [];
  const words = raw.split(',');
  return values.filter((v) => words.includes(kebab(v)));
}

export type RegisterPatch = Partial<Record<'status' | 'brag' | 'reviewId' | 'group' | 'groupKey' | 'sort' | 'dir' | 'page' | 'size' | 'action', string | null>>;

/** Builds a register address's own parameters (used by the links into it from the action plans page). */
export function registerParams(p: { statuses?: ActionStatus[]; brags?: Brag[]; group?: { by: ActionPlanGroupBy; key: string | null }; reviewId?: string }): Record<string, string | null> {
  const grouping = p.group ? GROUPINGS.find((g) => g.by === p.group?.by) : undefined;
  return {
    status: p.statuses?.length ? p.statuses.map(kebab).join(',') : null,
    brag: p.brags?.length ? p.brags.map(kebab).join(',') : null,
    group: grouping ? grouping.value : null,
    groupKey: p.group?.key ?? null,
    reviewId: p.reviewId ?? null,
  };
}

/** The register's own state in the URL: filters, sort, direction and page (1-based), so a link reproduces it. */
export function useRegisterParams() {
  const [params, setParams] = useSearchParams();
  const statuses = parseList(params.get('status'), STATUS_VALUES);
  const brags = parseList(params.get('brag'), BRAG_VALUES);
  const reviewId = params.get('reviewId');
  const grouping = GROUPINGS.find((g) => g.value === params.get('group'));
  const group: ActionGroupInput | null = grouping ? { by: grouping.by, key: params.get('groupKey') } : null;
  const sort = SORTS.find((s) => s.url === params.get('sort')) ?? DEFAULT_SORT;
  const descending = params.get('dir') === 'desc';
  const pageNumber = Number(params.get('page') ?? '1');
  const page = Number.isInteger(pageNumber) && pageNumber >= 1 ? pageNumber - 1 : 0;
  const actionId = params.get('action');
  const size = PAGE_SIZES.find((n) => String(n) === params.get('size')) ?? DEFAULT_PAGE_SIZE;

  const searchWith = useCallback(
    (patch: RegisterPatch) => searchWithPatch(params, patch),
    [params],
  );

  const update = useCallback(
    (patch: RegisterPatch) => setParams((prev) => patchParams(prev, patch)),
    [setParams],
  );

  /** Turns one value of a list filter on or off; back to the first page. */
  const toggle = (key: 'status' | 'brag', value: string, on: boolean) => {
    const current = (key === 'status' ? statuses : brags).map(kebab);
    const next = on ? [...current, kebab(value)] : current.filter((v) => v !== kebab(value));
    update({ [key]: next.length ? next.join(',') : null, page: null });
  };

  return { statuses, brags, reviewId, grouping, group, sort, descending, page, size, actionId, searchWith, update, toggle };
}

/** Parameters of the action plans page that mean nothing to the register. */
const PLANS_ONLY = ['groupBy', 'action', 'overdue'];

/**
 * The register's address for some actions of the action plans page: its filters (partnership, dates,
 * agency, theme, as-of, review) carried over, plus the register's own.
 */
export function registerLink(currentSearch: string, p: Parameters<typeof registerParams>[0] & { agencyId?: string }): { pathname: string; search: string } {
  const next = new URLSearchParams(currentSearch);
  for (const key of PLANS_ONLY) next.delete(key);
  for (const [key, value] of Object.entries(registerParams(p))) {
    if (value) next.set(key, value);
    else if (key !== 'reviewId') next.delete(key);
  }
  if (p.agencyId) next.set('agencyId', p.agencyId);
  const s = next.toString();
  return { pathname: '/actions/register', search: s ? `?${s}` : '' };
}
