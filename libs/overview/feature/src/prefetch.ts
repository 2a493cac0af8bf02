import type { QueryClient } from '@tanstack/react-query';
import { todayInEngland } from '@sli/analytics-domain';
import { kindOf, kindScope, periodOf, readFilters, viewerQueryOptions, type CurrentUser } from '@sli/shared/data-access';
import { headlinesQueryOptions, headlineVariables } from './api/headlines';
import { buildScope } from './lib/scope';

/**
 * Starts the overview's one data request from the URL alone, before the page's chunk has loaded: the
 * router calls it as the route's loader, which runs beside the lazy import. It waits only for who is
 * signed in (already asked for by the entry), then asks exactly what the page will ask (same variables,
 * same query key), so the page finds the answer in flight or cached. Nobody signed in, or a user who
 * may not open the overview (`mayOpen`): nothing is asked.
 *
 * Kept out of the page's chunk on purpose (`@sli/overview-feature/prefetch`): the entry imports this
 * and the headline document, not the page.
 */
export async function prefetchOverview(client: QueryClient, search: string, mayOpen: (viewer: CurrentUser) => boolean): Promise<void> {
  const viewer = await client.ensureQueryData(viewerQueryOptions).catch(() => null);
  if (!viewer || !mayOpen(viewer)) return;
  const filters = readFilters(new URLSearchParams(search), viewer.partnerships[0]?.id ?? null);
  const period = periodOf(filters, todayInEngland());
  const scope = buildScope(filters, { from: period.from, to: period.to }, period.custom, period.asOf);
  await client.prefetchQuery(headlinesQueryOptions(headlineVariables(scope, kindScope(kindOf(viewer.partnerships, filters.partnershipId)))));
}
