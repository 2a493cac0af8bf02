import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Partnership, partnershipLoader, PartnershipsService } from '@sli/partnerships-api';
import { InjectDataSource } from '@nestjs/typeorm';
import { ANALYTICS_READS, ForbiddenError, NotFoundError, type RequestContext } from '@sli/shared/api-core';
import { DataSource } from 'typeorm';
import { checkReportMode, EXACT_ROLES } from './annual-report.access';
import { reportHeadlines, reportTables } from './annual-report.loader';
import { AnnualReportService } from './annual-report.service';
import { tableSource } from './annual-report.tables';
import { AnnualReportArgs, AnnualReportRecordsArgs, AnnualReportsArgs } from './dto/annual-report.args';
import { AnnualReport, AnnualReportFigure, AnnualReportRecord, AnnualReportTable } from './models/annual-report.model';

@Resolver(() => AnnualReport)
export class AnnualReportResolver {
  constructor(
    private readonly service: AnnualReportService,
    private readonly partnerships: PartnershipsService,
    @InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource,
  ) {}

  @Query(() => AnnualReport, {
    description: "A partnership's annual report dataset for a financial year. PUBLISHED (the default) suppresses small counts.",
  })
  async annualReport(@Args() args: AnnualReportArgs, @Context() ctx: RequestContext): Promise<AnnualReport> {
    await checkReportMode(this.dataSource.manager, ctx.caller, args.mode, [args.partnershipId], args.financialYear);
    const [found] = await this.service.reports([args.partnershipId], args.financialYear, args.mode);
    if (!found) throw new NotFoundError('Partnership', args.partnershipId);
    return found;
  }

  @Query(() => [AnnualReport], {
    description: 'The annual report dataset of several partnerships (e.g. a region), by partnership name; every partnership when partnershipIds is omitted.',
  })
  async annualReports(@Args() args: AnnualReportsArgs, @Context() ctx: RequestContext): Promise<AnnualReport[]> {
    await checkReportMode(this.dataSource.manager, ctx.caller, args.mode, args.partnershipIds ?? null, args.financialYear);
    return this.service.reports(args.partnershipIds, args.financialYear, args.mode);
  }

  @ResolveField(() => Partnership)
  async partnership(@Parent() report: AnnualReport, @Context() ctx: RequestContext): Promise<Partnership> {
    const found = await partnershipLoader(ctx, this.partnerships).load(report.partnershipId);
    if (!found) throw new Error(`Partnership ${report.partnershipId} is missing`);
    return found;
  }

  @ResolveField(() => [AnnualReportFigure], {
    description: 'Headline figures from the metric catalogue, this year beside the year before (each metric computed per partnership).',
  })
  headlines(@Parent() report: AnnualReport, @Context() ctx: RequestContext): Promise<AnnualReportFigure[]> {
    return reportHeadlines(ctx, this.service, report);
  }

  @ResolveField(() => [AnnualReportTable], {
    description: 'The tables, each marked WORK or PEOPLE_BY_CHARACTERISTIC (only the latter suppressed), with the year before\'s totals beside them.',
  })
  tables(@Parent() report: AnnualReport, @Context() ctx: RequestContext): Promise<AnnualReportTable[]> {
    return reportTables(ctx, this.service, report);
  }

  @ResolveField(() => [AnnualReportRecord], {
    description:
      'Drill-down: the records behind a cell of one of this report\'s tables (omit rowKey or columnKey for a total, both for the whole table). ' +
      'Always exact: for internal use.',
  })
  records(@Parent() report: AnnualReport, @Args() args: AnnualReportRecordsArgs, @Context() ctx: RequestContext): Promise<AnnualReportRecord[]> {
    if (!ctx.caller || !EXACT_ROLES.includes(ctx.caller.role)) {
      throw new ForbiddenError('The records behind a figure are for exact, internal use: your role reads published figures only');
    }
    return this.service.records(report, tableSource(args.table), args);
  }
}

