import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MeasureEntity, ObaQuadrant } from '@sli/measures-api';
import { ANALYTICS_READS, groupByKey, type RequestContext } from '@sli/shared/api-core';
import { DataSource, In } from 'typeorm';
import { ObaAnalysisService } from '../oba/oba-analysis.service';
import type { AnnualReport } from './models/annual-report.model';
import type { AnnualReportObaMeasure } from './models/annual-report-oba.model';

export const OBA_QUADRANT_ORDER: readonly ObaQuadrant[] = [ObaQuadrant.HOW_MUCH, ObaQuadrant.HOW_WELL, ObaQuadrant.BETTER_OFF];

/**
 * The OBA scorecard section of the annual report: the partnership's headline measures, each analysed
 * as of the year's last day and the year before's. The `oba` field and the PDF both come from here.
 */
@Injectable()
export class AnnualReportObaService {
  constructor(
    @InjectDataSource(ANALYTICS_READS) private readonly dataSource: DataSource,
    private readonly analysis: ObaAnalysisService,
  ) {}

  async measures(ctx: RequestContext, report: AnnualReport): Promise<AnnualReportObaMeasure[]> {
    const loader = ctx.loaders.get<string, MeasureEntity[]>('annualReport.headlineMeasures', async (keys) =>
      groupByKey(
        keys,
        await this.dataSource.getRepository(MeasureEntity).find({ where: { partnershipId: In([...keys]), headline: true }, order: { name: 'ASC', id: 'ASC' } }),
        (m) => m.partnershipId,
      ),
    );
    const measures = [...(await loader.load(report.partnershipId))].sort(
      (a, b) => OBA_QUADRANT_ORDER.indexOf(a.quadrant) - OBA_QUADRANT_ORDER.indexOf(b.quadrant),
    );
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
