import { Module } from '@nestjs/common';
import { PartnershipsModule } from '@sli/partnerships-api';
import { AnnualReportResolver } from './annual-report.resolver';
import { AnnualReportService } from './annual-report.service';
import { AnnualReportPdfController, ReportPdfService } from './pdf';

@Module({
  imports: [PartnershipsModule],
  controllers: [AnnualReportPdfController],
  providers: [AnnualReportService, AnnualReportResolver, ReportPdfService],
  exports: [AnnualReportService],
})
export class AnnualReportModule {}
