import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure, COLOURS, type Column } from '@sli/shared/ui';
import type { AnnualReport, ReportTable } from '../api/annual-report';
import { printed } from '../lib/report-rows';

interface ChartRow {
  key: string;
  label: string;
  current: string;
  previous: string;
}

/** A bar's height: a number, or nothing for a suppressed (`c`) value, which is not drawn. */
const drawn = (v: string) => (/^\d+$/.test(v) ? Number(v) : null);

/**
 * A table's row totals as bars, this year beside the year before, with n (the grand totals) said in
 * words and the data as a table; suppressed values are not drawn.
 */
export function TableChart({ report, table }: { report: AnnualReport; table: ReportTable }) {
  const rows: ChartRow[] = table.rowHeaders.map((label, i) => ({
    key: table.rowKeys[i] ?? label,
    label,
    current: table.rowTotals[i] ?? '',
    previous: table.previousRowTotals[i] ?? '',
  }));
  const hidden = rows.some((r) => r.current === 'c' || r.previous === 'c');
  const columns: Column<ChartRow>[] = [
    { key: 'label', header: table.rowHeading },
    { key: 'current', header: report.year.label, align: 'right', value: (r) => printed(r.current) },
    { key: 'previous', header: report.previousYear.label, align: 'right', value: (r) => printed(r.previous) },
  ];
  const description =
    `n = ${table.grandTotal} in ${report.year.label} and ${table.previousGrandTotal} in ${report.previousYear.label}. ` +
    `Bars: the total for each ${table.rowHeading.toLowerCase()}, this year beside the year before.` +
    (hidden ? ' Totals shown as c are suppressed and not drawn.' : '');
  return (
    <ChartFigure
      title={`${table.title}: totals by ${table.rowHeading.toLowerCase()}, ${report.year.label} and ${report.previousYear.label}`}
      description={description}
      // One band of two bars a row, read across: every row's name shows in full beside its bars.
      height={Math.max(240, rows.length * 56 + 80)}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            accessibilityLayer={false}
            data={rows.map((r) => ({ label: r.label, current: drawn(r.current), previous: drawn(r.previous) }))}
            layout="vertical"
            margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} interval={0} />
            <Tooltip />
            <Legend itemSorter={null} />
            <Bar dataKey="previous" name={report.previousYear.label} fill={COLOURS.grey} isAnimationActive={false} />
            <Bar dataKey="current" name={report.year.label} fill={COLOURS.primary} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      columns={columns}
      rows={rows}
      exportName={`annual-report-${report.financialYear.replace('/', '-')}-${table.key.toLowerCase().replace(/_/g, '-')}-chart`}
      rowKey={(r) => r.key}
    />
  );
}
