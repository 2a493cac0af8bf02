import { byKey, groupByKey, type RequestContext } from '@sli/shared/api-core';
import type { MeasureEntity } from '../measure.entity';
import type { ObaResultEntity, ObaStrategyEntity } from './oba-result.entity';
import type { ObaResultsQueries } from './oba-results.queries';

/*
 * Per-request batched look-ups of the results hierarchy: a scorecard of any size reads each level
 * (strategies, indicators, measures, partner and action links) in one statement.
 */

export function obaResultLoader(ctx: RequestContext, q: ObaResultsQueries) {
  return ctx.loaders.get<string, ObaResultEntity | null>('obaResult.byId', async (ids) => byKey(ids, await q.resultsByIds(ids), (r) => r.id));
}

export function obaStrategyLoader(ctx: RequestContext, q: ObaResultsQueries) {
  return ctx.loaders.get<string, ObaStrategyEntity | null>('obaStrategy.byId', async (ids) => byKey(ids, await q.strategiesByIds(ids), (s) => s.id));
}

export function obaStrategiesByResultLoader(ctx: RequestContext, q: ObaResultsQueries) {
  return ctx.loaders.get<string, ObaStrategyEntity[]>('obaStrategies.byResult', async (ids) =>
    groupByKey(ids, await q.strategiesByResultIds(ids), (s) => s.resultId),
  );
}

export function obaIndicatorsLoader(ctx: RequestContext, q: ObaResultsQueries) {
  return ctx.loaders.get<string, MeasureEntity[]>('obaIndicators.byResult', async (ids) =>
    groupByKey(ids, await q.indicatorsByResultIds(ids), (m) => m.resultId ?? ''),
  );
}

export function obaStrategyMeasuresLoader(ctx: RequestContext, q: ObaResultsQueries) {
  return ctx.loaders.get<string, MeasureEntity[]>('obaMeasures.byStrategy', async (ids) =>
    groupByKey(ids, await q.measuresByStrategyIds(ids), (m) => m.strategyId ?? ''),
  );
}

/** The agency ids partnering each strategy. */
export function obaStrategyPartnerIdsLoader(ctx: RequestContext, q: ObaResultsQueries) {
  return ctx.loaders.get<string, string[]>('obaPartnerIds.byStrategy', async (ids) =>
    groupByKey(ids, await q.partnerLinks(ids), (l) => l.strategyId).map((links) => links.map((l) => l.agencyId)),
  );
}

/** The action ids serving each strategy. */
export function obaStrategyActionIdsLoader(ctx: RequestContext, q: ObaResultsQueries) {
  return ctx.loaders.get<string, string[]>('obaActionIds.byStrategy', async (ids) =>
    groupByKey(ids, await q.actionLinks(ids), (l) => l.strategyId).map((links) => links.map((l) => l.actionId)),
  );
}

/** The agency ids partnering any strategy of each result. */
export function obaResultPartnerIdsLoader(ctx: RequestContext, q: ObaResultsQueries) {
  return ctx.loaders.get<string, string[]>('obaPartnerIds.byResult', async (ids) =>
    groupByKey(ids, await q.resultPartners(ids), (p) => p.resultId).map((rows) => rows.map((p) => p.agencyId)),
  );
}
