import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Action } from '@sli/actions-api';
import type { RequestContext } from '@sli/shared/api-core';
import { measureLoader } from './measures.loader';
import { MeasuresService } from './measures.service';
import { Measure } from './models/measure.model';

/**
 * `Action.impactMeasure`: the OBA measure an action names to show its impact. Here rather than in the
 * actions library, which measures already depend on (a strategy's actions).
 */
@Resolver(() => Action)
export class ActionImpactMeasureResolver {
  constructor(private readonly service: MeasuresService) {}

  @ResolveField(() => Measure, { nullable: true, description: "The OBA measure named to show the action's impact; its values since the action was completed are the evidence." })
  impactMeasure(@Parent() action: Action, @Context() ctx: RequestContext): Promise<Measure | null> {
    return action.impactMeasureId ? measureLoader(ctx, this.service).load(action.impactMeasureId) : Promise.resolve(null);
  }
}
