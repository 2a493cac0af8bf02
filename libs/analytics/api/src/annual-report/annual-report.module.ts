import { Module } from '@nestjs/common';
import { PartnershipsModule } from '@sli/partnerships-api';
import { ObaModule } from '../oba/oba.module';
import { AnnualReportNarrativesResolver } from './annual-report-narratives.resolver';
import { AnnualReportNarrativesService } from './annual-report-narratives.service';
import { AnnualReportObaResolver } from './annual-report-oba.resolver';
import { AnnualReportObaService } from './annual-report-oba.service';
import { AnnualReportResolver } from './annual-report.resolver';
import { AnnualReportService } from './annual-report.service';
import { AnnualReportPdfController, ReportPdfService } from './pdf';

@Module({
  imports: [PartnershipsModule, ObaModule],
  controllers: [AnnualReportPdfController],
  providers: [
    AnnualReportService,
    AnnualReportResolver,
    AnnualReportNarrativesService,
    AnnualReportNarrativesResolver,
    AnnualReportObaService,
    AnnualReportObaResolver,
    ReportPdfService,
  ],
  exports: [AnnualReportService],
})
export class AnnualReportModule {}
