import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Measure, measureLoader, MeasureNote, MeasuresService } from '@sli/measures-api';
import { DateScalar, NotFoundError, type RequestContext } from '@sli/shared/api-core';
import { MeasureAnalysisArgs, ObaMeasureArgs, ObaRollupArgs, ObaScorecardArgs, ObaScorecardsArgs } from './dto/oba.args';
import { MeasureAnalysis, MeasurePoint, ObaRollup, ObaScorecard, ObaScorecardEntry, StoryCurrency } from './models/oba.models';
import { ObaAnalysisService } from './oba-analysis.service';
import { ObaRollupService } from './oba-rollup.service';
import { ObaScorecardService } from './oba-scorecard.service';

/** OBA fields on the measures domain's `Measure` (analytics may depend on measures, not the reverse). */
@Resolver(() => Measure)
export class ObaMeasureResolver {
  constructor(private readonly oba: ObaAnalysisService) {}

  @ResolveField(() => [MeasurePoint], {
    description:
      'The values as of a date, oldest first: an ENTERED measure’s stored values; a COMPUTED measure’s built-in metric for every period of its ' +
      'periodicity from the partnership’s earliest record. Only periods that had ended by asOf. Empty when the metric is not (yet) built in.',
  })
  series(
    @Parent() measure: Measure,
    @Args('asOf', { type: () => DateScalar }) asOf: string,
    @Context() ctx: RequestContext,
  ): Promise<MeasurePoint[]> {
    return this.oba.points(ctx, measure, asOf);
  }

  @ResolveField(() => MeasureAnalysis, {
    description: 'Latest value against target, current trend, change since baseline and the straight-line forecast, as of a date.',
  })
  analysis(@Parent() measure: Measure, @Args() args: MeasureAnalysisArgs, @Context() ctx: RequestContext): Promise<MeasureAnalysis> {
    return this.oba.analyse(ctx, measure, args.asOf, args.forecastPeriods);
  }
}

@Resolver(() => ObaScorecardEntry)
export class ObaScorecardEntryResolver {
  constructor(private readonly oba: ObaAnalysisService) {}

  @ResolveField(() => MeasureAnalysis)
  analysis(@Parent() entry: ObaScorecardEntry, @Context() ctx: RequestContext): Promise<MeasureAnalysis> {
    return this.oba.analyse(ctx, entry.measure, entry.asOf, entry.forecastPeriods);
  }

  @ResolveField(() => MeasureNote, { nullable: true, description: 'The story behind the curve: the latest note written on or before asOf.' })
  latestNote(@Parent() entry: ObaScorecardEntry, @Context() ctx: RequestContext): Promise<MeasureNote | null> {
    return this.oba.latestNote(ctx, entry.measure.id, entry.asOf);
  }

  @ResolveField(() => StoryCurrency, { nullable: true, description: 'Whether the latest story is as recent as the latest value; null without a story.' })
  storyCurrency(@Parent() entry: ObaScorecardEntry, @Context() ctx: RequestContext): Promise<StoryCurrency | null> {
    return this.oba.storyCurrency(ctx, entry.measure, entry.asOf);
  }

  @ResolveField(() => [MeasureNote], {
    description: 'Every story, newest first, including any written after asOf (latestNote and storyCurrency only count those written by asOf).',
  })
  stories(@Parent() entry: ObaScorecardEntry, @Context() ctx: RequestContext): Promise<MeasureNote[]> {
    return this.oba.notes(ctx, entry.measure.id);
  }
}

@Resolver()
export class ObaResolver {
  constructor(
    private readonly scorecards: ObaScorecardService,
    private readonly rollups: ObaRollupService,
    private readonly measures: MeasuresService,
  ) {}

  @Query(() => ObaScorecardEntry, { description: 'One measure as its scorecard shows it, as of a date: the detail behind a row of the grid.' })
  async obaMeasure(@Args() args: ObaMeasureArgs, @Context() ctx: RequestContext): Promise<ObaScorecardEntry> {
    const measure = await measureLoader(ctx, this.measures).load(args.measureId);
    if (!measure) throw new NotFoundError('Measure', args.measureId);
    return { measure, asOf: args.asOf, forecastPeriods: args.forecastPeriods };
  }

  @Query(() => ObaScorecard, {
    description: "A partnership's OBA scorecard as of a date: measures by quadrant, headline first, each with its analysis and latest note.",
  })
  async obaScorecard(@Args() args: ObaScorecardArgs): Promise<ObaScorecard> {
    const [scorecard] = await this.scorecards.scorecards([args.partnershipId], args.asOf, args.forecastPeriods, 'partnershipId');
    if (!scorecard) throw new Error('A scorecard was asked for and none came back');
    return scorecard;
  }

  @Query(() => [ObaScorecard], { description: 'The OBA scorecards of several partnerships (all when partnershipIds is omitted), by partnership name.' })
  obaScorecards(@Args() args: ObaScorecardsArgs): Promise<ObaScorecard[]> {
    return this.scorecards.scorecards(args.partnershipIds, args.asOf, args.forecastPeriods);
  }

  @Query(() => ObaRollup, {
    description:
      'A built-in metric per period for each partnership, each region and nationally (all partnerships asked for), ' +
      'each figure computed over the group’s records: rates pooled, never averaged.',
  })
  obaRollup(@Args() args: ObaRollupArgs): Promise<ObaRollup> {
    return this.rollups.rollup(args);
  }
}
