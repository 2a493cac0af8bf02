import { DataTable } from '@sli/shared/ui';
import type { AnnualReport, ReportTable } from '../api/annual-report';
import { tableColumns, tableRows } from '../lib/report-rows';
import { TableChart } from './table-chart';

const slug = (key: string) => key.toLowerCase().replace(/_/g, '-');

/** One of the report's tables with its row and column totals and the year before's, a chart beside it; downloadable as shown. */
export function ReportTableSection({ report, table }: { report: AnnualReport; table: ReportTable }) {
  const id = `ar-${slug(table.key)}`;
  const people = table.disclosure === 'PEOPLE_BY_CHARACTERISTIC';
  return (
    <section aria-labelledby={`${id}-h`} className="ar-table" data-testid={id}>
      <h2 id={`${id}-h`}>{table.title}</h2>
      <p className="hint">
        {table.description}{' '}
        {people
          ? report.mode === 'PUBLISHED'
            ? 'It counts people by their characteristics, so small counts are suppressed (c).'
            : 'It counts people by their characteristics: the published version suppresses small counts.'
          : "It counts the partnership's own work, published as it is."}
      </p>
      {table.rowHeaders.length === 0 ? (
        // As the PDF says it: no empty table or chart.
        <p data-testid={`${id}-empty`}>
          Nothing was recorded in the year.{table.previousGrandTotal !== '0' ? ` Total in ${report.previousYear.label}: ${table.previousGrandTotal}.` : ''}
        </p>
      ) : (
      // A table of more than three columns (with its totals, six) takes the width, its chart below.
      <div className={table.columnHeaders.length > 3 ? 'ar-table-chart ar-table-chart-wide' : 'ar-table-chart'}>
        <DataTable
          caption={`${table.title}, ${report.year.label}${report.mode === 'EXACT' ? ' (exact)' : ''}, with the ${report.previousYear.label} total`}
          columns={tableColumns(table, report.previousYear.label)}
          rows={tableRows(table)}
          exportName={`annual-report-${report.financialYear.replace('/', '-')}-${slug(table.key)}${report.mode === 'EXACT' ? '-exact' : ''}`}
          rowKey={(r) => r.id}
        />
        <TableChart report={report} table={table} />
      </div>
      )}
    </section>
  );
}
