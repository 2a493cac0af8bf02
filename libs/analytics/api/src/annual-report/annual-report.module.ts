import { Module } from '@nestjs/common';
import { PartnershipsModule } from '@sli/partnerships-api';
import { AnnualReportResolver } from './annual-report.resolver';
import { AnnualReportService } from './annual-report.service';

@Module({
  imports: [PartnershipsModule],
  providers: [AnnualReportService, AnnualReportResolver],
  exports: [AnnualReportService],
})
export class AnnualReportModule {}
