import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MeasureEntity, ObaQuadrant } from '@sli/measures-api';
import { groupByKey, type RequestContext } from '@sli/shared/api-core';
import { DataSource, In } from 'typeorm';
import { ObaAnalysisService } from '../oba/oba-analysis.service';
import { AnnualReport } from './models/annual-report.model';
import { AnnualReportObaMeasure } from './models/annual-report-oba.model';

const QUADRANT_ORDER: readonly ObaQuadrant[] = [ObaQuadrant.HOW_MUCH, ObaQuadrant.HOW_WELL, ObaQuadrant.BETTER_OFF];

/** The OBA scorecard section of the annual report: the partnership's headline measures, this year beside the year before. */
@Resolver(() => AnnualReport)
export class AnnualReportObaResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly analysis: ObaAnalysisService,
  ) {}

  @ResolveField(() => [AnnualReportObaMeasure], {
    description:
      "The partnership's headline OBA measures (How much, How well, Better off; then by name), each analysed as of the year's last day " +
      'and as of the last day of the year before, as the OBA scorecard analyses them.',
  })
  async oba(@Parent() report: AnnualReport, @Context() ctx: RequestContext): Promise<AnnualReportObaMeasure[]> {
    const loader = ctx.loaders.get<string, MeasureEntity[]>('annualReport.headlineMeasures', async (keys) =>
      groupByKey(
        keys,
        await this.dataSource.getRepository(MeasureEntity).find({ where: { partnershipId: In([...keys]), headline: true }, order: { name: 'ASC', id: 'ASC' } }),
        (m) => m.partnershipId,
      ),
    );
    const measures = [...(await loader.load(report.partnershipId))].sort((a, b) => QUADRANT_ORDER.indexOf(a.quadrant) - QUADRANT_ORDER.indexOf(b.quadrant));
    const rows: AnnualReportObaMeasure[] = [];
    for (const measure of measures) {
      rows.push({
        measure,
        quadrant: measure.quadrant,
        disclosure: 'work',
        analysis: await this.analysis.analyse(ctx, measure, report.year.end, 0),
        previous: await this.analysis.analyse(ctx, measure, report.previousYear.end, 0),
      });
    }
    return rows;
  }
}
