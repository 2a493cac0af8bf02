import { Injectable } from '@nestjs/common';
import { PartnershipsService } from '@sli/partnerships-api';
import type { Caller, RequestContext } from '@sli/shared/api-core';
import { AnnualReportNarrativesService, mayReadDrafts, reportNarratives } from '../annual-report-narratives.service';
import { AnnualReportObaService } from '../annual-report-oba.service';
import type { ReportMode } from '../annual-report.enums';
import { reportWork } from '../annual-report.kinds';
import { reportHeadlines, reportTables } from '../annual-report.loader';
import { AnnualReportService } from '../annual-report.service';
import type { AnnualReport } from '../models/annual-report.model';
import { pdfNarratives, pdfObaScorecard, reportPdfFileName, type PdfReportInput } from './report-pdf.sections';
import { reportTypst } from './report-pdf.typst';
import { compileTypstPdf } from './typst-compiler';

export interface ReportPdf {
  fileName: string;
  bytes: Buffer;
}

/**
 * The annual report as a PDF, from the same services and functions the `annualReport` query resolves
 * its fields with (headlines, tables, narratives, OBA): the same figures and the same text.
 */
@Injectable()
export class ReportPdfService {
  constructor(
    private readonly reports: AnnualReportService,
    private readonly narratives: AnnualReportNarrativesService,
    private readonly oba: AnnualReportObaService,
    private readonly partnerships: PartnershipsService,
  ) {}

  /** Null when the partnership is not there (or not visible to the caller). */
  async make(ctx: RequestContext, partnershipId: string, financialYear: string, mode: ReportMode, caller: Caller): Promise<ReportPdf | null> {
    const [report] = await this.reports.reports([partnershipId], financialYear, mode);
    if (!report) return null;
    const input = await this.input(ctx, report, caller);
    return { fileName: reportPdfFileName(input.partnership.ref, report.financialYear, mode), bytes: compileTypstPdf(reportTypst(input)) };
  }

  private async input(ctx: RequestContext, report: AnnualReport, caller: Caller): Promise<PdfReportInput> {
    const [partnership, headlines, tables, versions, oba] = await Promise.all([
      this.partnerships.getPartnership(report.partnershipId),
      reportHeadlines(ctx, this.reports, report),
      reportTables(ctx, this.reports, report),
      this.narratives.versions([report.partnershipId], report.financialYear),
      this.oba.measures(ctx, report),
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
      // PUBLISHED: approved text only, a section without any left out; EXACT: the latest text, a draft marked.
      narratives: pdfNarratives(reportNarratives(versions, report.mode, mayReadDrafts(caller), reportWork(report.partnershipKind))),
      oba: pdfObaScorecard(oba),
      madeAt: new Date(),
      madeBy: caller.name,
    };
  }
}
