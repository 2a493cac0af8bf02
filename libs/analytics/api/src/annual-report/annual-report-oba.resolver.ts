import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@sli/shared/api-core';
import { AnnualReportObaService } from './annual-report-oba.service';
import { AnnualReport } from './models/annual-report.model';
import { AnnualReportObaMeasure } from './models/annual-report-oba.model';

/** The OBA scorecard section of the annual report: the partnership's headline measures, this year beside the year before. */
@Resolver(() => AnnualReport)
export class AnnualReportObaResolver {
  constructor(private readonly service: AnnualReportObaService) {}

  @ResolveField(() => [AnnualReportObaMeasure], {
    description:
      "The partnership's headline OBA measures (How much, How well, Better off; then by name), each analysed as of the year's last day " +
      'and as of the last day of the year before, as the OBA scorecard analyses them.',
  })
  oba(@Parent() report: AnnualReport, @Context() ctx: RequestContext): Promise<AnnualReportObaMeasure[]> {
    return this.service.measures(ctx, report);
  }
}
