import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { groupByKey, requireCaller, type RequestContext } from '@sli/shared/api-core';
import { AnnualReportNarrativesService, mayReadDrafts, narrativeOf, reportNarratives, type NarrativeVersionRow } from './annual-report-narratives.service';
import { ReportMode } from './annual-report.enums';
import { reportWork } from './annual-report.kinds';
import { AnnualReportNarrativeArgs, ApproveAnnualReportNarrativeArgs, SaveAnnualReportNarrativeArgs } from './dto/annual-report-narrative.args';
import { AnnualReport } from './models/annual-report.model';
import { AnnualReportNarrative, AnnualReportNarrativeVersion } from './models/annual-report-narrative.model';

@Resolver(() => AnnualReport)
export class AnnualReportNarrativesResolver {
  constructor(private readonly service: AnnualReportNarrativesService) {}

  @ResolveField(() => [AnnualReportNarrative], {
    description:
      'The narrative sections in print order (always five). PUBLISHED mode prints approved text only; EXACT mode the latest version, ' +
      'flagged `textIsDraft` when not yet approved.',
  })
  async narratives(@Parent() report: AnnualReport, @Context() ctx: RequestContext): Promise<AnnualReportNarrative[]> {
    const loader = ctx.loaders.get<string, NarrativeVersionRow[]>(`annualReport.narratives.${report.financialYear}`, async (keys) =>
      groupByKey(keys, await this.service.versions(keys, report.financialYear), (r) => r.partnershipId),
    );
    const versions = await loader.load(report.partnershipId);
    return reportNarratives(versions, report.mode, mayReadDrafts(ctx.caller), reportWork(report.partnershipKind));
  }

  @Query(() => [AnnualReportNarrativeVersion], {
    description: 'Every saved version of a narrative section, newest first, with who saved and who approved each. Drafts included: not for publication.',
  })
  annualReportNarrativeHistory(@Args() args: AnnualReportNarrativeArgs): Promise<AnnualReportNarrativeVersion[]> {
    return this.service.history(args.partnershipId, args.financialYear, args.section);
  }

  @Mutation(() => AnnualReportNarrative, {
    description: 'Saves a narrative section as its next version: a draft until the board approves it. Plain text, at most 10,000 characters.',
  })
  async saveAnnualReportNarrative(@Args() args: SaveAnnualReportNarrativeArgs, @Context() ctx: RequestContext): Promise<AnnualReportNarrative> {
    const versions = await this.service.save(requireCaller(ctx), args.partnershipId, args.financialYear, args.section, args.text);
    return narrativeOf(args.section, versions, ReportMode.EXACT, true, await this.service.workOf(args.partnershipId));
  }

  @Mutation(() => AnnualReportNarrative, {
    description: "Approves the latest version of a narrative section for publication (a board member's or admin's decision).",
  })
  async approveAnnualReportNarrative(@Args() args: ApproveAnnualReportNarrativeArgs, @Context() ctx: RequestContext): Promise<AnnualReportNarrative> {
    const versions = await this.service.approve(requireCaller(ctx), args.partnershipId, args.financialYear, args.section, args.version);
    return narrativeOf(args.section, versions, ReportMode.EXACT, true, await this.service.workOf(args.partnershipId));
  }
}
