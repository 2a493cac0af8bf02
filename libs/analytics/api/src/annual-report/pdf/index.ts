export { AnnualReportPdfController, ANNUAL_REPORT_PDF_PATH } from './annual-report-pdf.controller';
export { ReportPdfService } from './report-pdf.service';
