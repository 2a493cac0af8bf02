import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, actionLoader, ActionsService } from '@sli/actions-api';
import { Agency, agencyLoader, PartnershipsService } from '@sli/partnerships-api';
import type { RequestContext } from '@sli/shared/api-core';
import { MeasureKind } from '../measure.enums';
import { Measure } from '../models/measure.model';
import {
  CreateObaResultInput,
  CreateObaStrategyInput,
  SetMeasurePlaceInput,
  UpdateObaResultInput,
  UpdateObaStrategyInput,
} from './dto/oba-result.input';
import {
  obaIndicatorsLoader,
  obaResultLoader,
  obaResultPartnerIdsLoader,
  obaStrategiesByResultLoader,
  obaStrategyActionIdsLoader,
  obaStrategyLoader,
  obaStrategyMeasuresLoader,
  obaStrategyPartnerIdsLoader,
} from './oba-results.loader';
import { ObaResultsQueries } from './oba-results.queries';
import { ObaResultsService } from './oba-results.service';
import { ObaResult, ObaStrategy } from './models/oba-result.model';

/** Agencies by name, whatever order their links came in. */
async function agencies(ctx: RequestContext, partnerships: PartnershipsService, ids: readonly string[]): Promise<Agency[]> {
  const found = await agencyLoader(ctx, partnerships).loadMany([...ids]);
  return found.filter((a): a is Agency => a !== null && !(a instanceof Error)).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

@Resolver(() => ObaResult)
export class ObaResultsResolver {
  constructor(
    private readonly queries: ObaResultsQueries,
    private readonly service: ObaResultsService,
    private readonly partnerships: PartnershipsService,
  ) {}

  @Query(() => [ObaResult], { description: "A partnership's results in scorecard order, each with its indicators, strategies and partners." })
  obaResults(@Args('partnershipId', { type: () => ID }) partnershipId: string): Promise<ObaResult[]> {
    return this.queries.resultsOf(partnershipId);
  }

  @Mutation(() => ObaResult)
  createObaResult(@Args('input') input: CreateObaResultInput): Promise<ObaResult> {
    return this.service.createResult(input);
  }

  @Mutation(() => ObaResult)
  updateObaResult(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateObaResultInput): Promise<ObaResult> {
    return this.service.updateResult(id, input);
  }

  @Mutation(() => ID, { description: 'Deletes a result that has no strategies; its indicators stay, no longer linked. Returns the id.' })
  deleteObaResult(@Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.deleteResult(id);
  }

  @ResolveField(() => [Measure], { description: 'Population-level measures of the result: headline first, then by name.' })
  indicators(@Parent() result: ObaResult, @Context() ctx: RequestContext): Promise<Measure[]> {
    return obaIndicatorsLoader(ctx, this.queries).load(result.id);
  }

  @ResolveField(() => [ObaStrategy], { description: 'What partners do to turn the curve, in order.' })
  strategies(@Parent() result: ObaResult, @Context() ctx: RequestContext): Promise<ObaStrategy[]> {
    return obaStrategiesByResultLoader(ctx, this.queries).load(result.id);
  }

  @ResolveField(() => [Agency], { description: "Every agency that partners one of the result's strategies, by name." })
  async partners(@Parent() result: ObaResult, @Context() ctx: RequestContext): Promise<Agency[]> {
    return agencies(ctx, this.partnerships, await obaResultPartnerIdsLoader(ctx, this.queries).load(result.id));
  }
}

@Resolver(() => ObaStrategy)
export class ObaStrategiesResolver {
  constructor(
    private readonly queries: ObaResultsQueries,
    private readonly service: ObaResultsService,
    private readonly partnerships: PartnershipsService,
    private readonly actionsService: ActionsService,
  ) {}

  @Mutation(() => ObaStrategy, { description: 'Creates a strategy of a result with its partner agencies and actions, all or nothing.' })
  createObaStrategy(@Args('input') input: CreateObaStrategyInput): Promise<ObaStrategy> {
    return this.service.createStrategy(input);
  }

  @Mutation(() => ObaStrategy, { description: 'Changes a strategy; a new resultId moves it, with its performance measures, to that result.' })
  updateObaStrategy(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateObaStrategyInput): Promise<ObaStrategy> {
    return this.service.updateStrategy(id, input);
  }

  @Mutation(() => ID, { description: 'Deletes a strategy and its links; its performance measures stay, no longer linked. Returns the id.' })
  deleteObaStrategy(@Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.deleteStrategy(id);
  }

  @Mutation(() => ObaStrategy, { description: "Makes the strategy's partners exactly these agencies of its partnership." })
  setObaStrategyPartners(
    @Args('strategyId', { type: () => ID }) strategyId: string,
    @Args('agencyIds', { type: () => [ID] }) agencyIds: string[],
  ): Promise<ObaStrategy> {
    return this.service.setPartners(strategyId, agencyIds);
  }

  @Mutation(() => ObaStrategy, { description: "Makes the strategy's actions exactly these actions of its partnership's action plan." })
  setObaStrategyActions(
    @Args('strategyId', { type: () => ID }) strategyId: string,
    @Args('actionIds', { type: () => [ID] }) actionIds: string[],
  ): Promise<ObaStrategy> {
    return this.service.setActions(strategyId, actionIds);
  }

  @ResolveField(() => ObaResult)
  async result(@Parent() strategy: ObaStrategy, @Context() ctx: RequestContext): Promise<ObaResult> {
    const found = await obaResultLoader(ctx, this.queries).load(strategy.resultId);
    if (!found) throw new Error(`Result ${strategy.resultId} of strategy ${strategy.id} is missing`);
    return found;
  }

  @ResolveField(() => [Agency], { description: 'Partner agencies, by name.' })
  async partners(@Parent() strategy: ObaStrategy, @Context() ctx: RequestContext): Promise<Agency[]> {
    return agencies(ctx, this.partnerships, await obaStrategyPartnerIdsLoader(ctx, this.queries).load(strategy.id));
  }

  @ResolveField(() => [Measure], { description: 'Performance measures of the strategy: headline first, then by name.' })
  measures(@Parent() strategy: ObaStrategy, @Context() ctx: RequestContext): Promise<Measure[]> {
    return obaStrategyMeasuresLoader(ctx, this.queries).load(strategy.id);
  }

  @ResolveField(() => [Action], { description: 'Actions of the action plan that serve the strategy, by due date.' })
  async actions(@Parent() strategy: ObaStrategy, @Context() ctx: RequestContext): Promise<Action[]> {
    const ids = await obaStrategyActionIdsLoader(ctx, this.queries).load(strategy.id);
    const found = await actionLoader(ctx, this.actionsService).loadMany(ids);
    return found
      .filter((a): a is NonNullable<typeof a> & Action => a !== null && !(a instanceof Error))
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.ref.localeCompare(b.ref));
  }
}

/** A measure's place in the hierarchy. */
@Resolver(() => Measure)
export class MeasurePlaceResolver {
  constructor(
    private readonly queries: ObaResultsQueries,
    private readonly service: ObaResultsService,
  ) {}

  @Mutation(() => Measure, {
    description:
      'Places a measure: an INDICATOR of a result (resultId), or a PERFORMANCE_MEASURE of a strategy (strategyId); leave the id out to unlink it.',
  })
  setMeasurePlace(@Args('measureId', { type: () => ID }) measureId: string, @Args('input') input: SetMeasurePlaceInput): Promise<Measure> {
    return this.service.setMeasurePlace(measureId, input);
  }

  @ResolveField(() => ObaResult, { nullable: true, description: "The result an indicator measures, or a performance measure's strategy's result." })
  async result(@Parent() measure: Measure, @Context() ctx: RequestContext): Promise<ObaResult | null> {
    if (measure.kind === MeasureKind.INDICATOR) return measure.resultId ? obaResultLoader(ctx, this.queries).load(measure.resultId) : null;
    if (!measure.strategyId) return null;
    const strategy = await obaStrategyLoader(ctx, this.queries).load(measure.strategyId);
    return strategy ? obaResultLoader(ctx, this.queries).load(strategy.resultId) : null;
  }

  @ResolveField(() => ObaStrategy, { nullable: true, description: 'The strategy a performance measure measures; null for an indicator.' })
  strategy(@Parent() measure: Measure, @Context() ctx: RequestContext): Promise<ObaStrategy | null> {
    return measure.strategyId ? obaStrategyLoader(ctx, this.queries).load(measure.strategyId) : Promise.resolve(null);
  }
}
