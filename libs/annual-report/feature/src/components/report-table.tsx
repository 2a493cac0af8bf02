import { DataTable } from '@sli/shared/ui';
import type { AnnualReport, ReportTable } from '../api/annual-report';
import { TABLE_NOTES, tableColumns, tableRows } from '../lib/report-rows';

const slug = (key: string) => key.toLowerCase().replace(/_/g, '-');

/** One of the report's tables with its row and column totals, downloadable as CSV and XLSX as shown. */
export function ReportTableSection({ report, table }: { report: AnnualReport; table: ReportTable }) {
  const id = `ar-${slug(table.key)}`;
  return (
    <section aria-labelledby={`${id}-h`} className="ar-table" data-testid={id}>
      <h2 id={`${id}-h`}>{table.title}</h2>
      <p className="hint">{TABLE_NOTES[table.key]}</p>
      <DataTable
        caption={`${table.title}, ${report.year.label}${report.mode === 'EXACT' ? ' (exact)' : ''}`}
        columns={tableColumns(table)}
        rows={tableRows(table)}
        exportName={`annual-report-${report.financialYear.replace('/', '-')}-${slug(table.key)}${report.mode === 'EXACT' ? '-exact' : ''}`}
        rowKey={(r) => r.id}
      />
    </section>
  );
}
