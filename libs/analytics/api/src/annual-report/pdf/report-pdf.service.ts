import { Injectable } from '@nestjs/common';
import { PartnershipsService } from '@sli/partnerships-api';
import type { Caller } from '@sli/shared/api-core';
import type { ReportMode } from '../annual-report.enums';
import { AnnualReportService, buildTable } from '../annual-report.service';
import { TABLE_SOURCES } from '../annual-report.tables';
import type { AnnualReport } from '../models/annual-report.model';
import { reportPdfFileName, type PdfReportInput } from './report-pdf.sections';
import { reportTypst } from './report-pdf.typst';
import { compileTypstPdf } from './typst-compiler';

export interface ReportPdf {
  fileName: string;
  bytes: Buffer;
}

/** The annual report as a PDF, from the same service the `annualReport` query resolves with: the same figures. */
@Injectable()
export class ReportPdfService {
  constructor(
    private readonly reports: AnnualReportService,
    private readonly partnerships: PartnershipsService,
  ) {}

  /** Null when the partnership is not there (or not visible to the caller). */
  async make(partnershipId: string, financialYear: string, mode: ReportMode, caller: Caller): Promise<ReportPdf | null> {
    const [report] = await this.reports.reports([partnershipId], financialYear, mode);
    if (!report) return null;
    const input = await this.input(report, caller);
    return { fileName: reportPdfFileName(input.partnership.ref, report.financialYear, mode), bytes: compileTypstPdf(reportTypst(input)) };
  }

  private async input(report: AnnualReport, caller: Caller): Promise<PdfReportInput> {
    const [partnership, headlines, tables] = await Promise.all([
      this.partnerships.getPartnership(report.partnershipId),
      this.reports.headlines(report),
      Promise.all(TABLE_SOURCES.map(async (source) => buildTable(source, await this.reports.tableCounts(source, [report.partnershipId], report.year), report))),
    ]);
    return {
      partnership: { name: partnership.name, ref: partnership.ref },
      financialYear: report.financialYear,
      mode: report.mode,
      suppressionThreshold: report.suppressionThreshold,
      year: report.year,
      previousYear: report.previousYear,
      asOf: report.asOf,
      headlines,
      tables,
      madeAt: new Date(),
      madeBy: caller.name,
    };
  }
}
