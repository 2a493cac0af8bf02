export { AnnualReportPage } from './annual-report-page';
