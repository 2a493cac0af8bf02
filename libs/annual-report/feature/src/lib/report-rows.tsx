import type { Column } from '@sli/shared/ui';
import type { AnnualReport, ReportFigure, ReportTable } from '../api/annual-report';

/** A printed figure for export: numbers as numbers (so spreadsheets can sum them), `c` as `c`, nothing as empty. */
export function printed(v: string | null | undefined): string | number | null {
  if (v == null) return null;
  return /^[+-]?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
}

export interface TableRow {
  id: string;
  head: string;
  cells: string[];
  total: string;
  /** The same row's total the year before (`c` when suppressed). */
  previousTotal: string;
  isTotal: boolean;
}

/** A report table as rows, its column totals last as a "Total" row. */
export function tableRows(table: ReportTable): TableRow[] {
  const rows: TableRow[] = table.rowHeaders.map((head, i) => ({
    id: `r${i}`,
    head,
    cells: table.cells[i] ?? [],
    total: table.rowTotals[i] ?? '',
    previousTotal: table.previousRowTotals[i] ?? '',
    isTotal: false,
  }));
  rows.push({ id: 'total', head: 'Total', cells: table.columnTotals, total: table.grandTotal, previousTotal: table.previousGrandTotal, isTotal: true });
  return rows;
}

/** The table's columns: its row headers, cells and total, then (given its label) the year before's total. */
export function tableColumns(table: ReportTable, previousLabel?: string): Column<TableRow>[] {
  const strong = (row: TableRow, text: string) => (row.isTotal ? <strong>{text}</strong> : text);
  const previous: Column<TableRow>[] = previousLabel
    ? [{ key: 'previous', header: `Total ${previousLabel}`, align: 'right', value: (r) => printed(r.previousTotal), render: (r) => strong(r, r.previousTotal) }]
    : [];
  return [
    { key: 'head', header: table.rowHeading, render: (r) => strong(r, r.head) },
    ...table.columnHeaders.map<Column<TableRow>>((header, j) => ({
      key: `c${j}`,
      header,
      align: 'right',
      value: (r) => printed(r.cells[j]),
      render: (r) => strong(r, r.cells[j] ?? ''),
    })),
    { key: 'total', header: 'Total', align: 'right', value: (r) => printed(r.total), render: (r) => <strong>{r.total}</strong> },
    ...previous,
  ];
}

/** A figure as printed, with its unit: "60.7%", "c", "–" when nothing was measured. */
export function figureText(v: string | null | undefined, unit: string): string {
  if (v == null) return '–';
  if (v === 'c') return 'c';
  if (unit === 'percent') return `${v}%`;
  if (unit === 'days') return `${v} days`;
  return v;
}

/** A change as printed: percentages in percentage points. */
export function changeText(v: string | null | undefined, unit: string): string {
  if (v == null) return '–';
  if (v === 'c') return 'c';
  return unit === 'percent' ? `${v} points` : v;
}

/** "17 of 28" for a rate, null for a count. */
export function outOf(numerator: string | null | undefined, denominator: string | null | undefined): string | null {
  return numerator != null && denominator != null ? `${numerator} of ${denominator}` : null;
}

export const UNIT_WORDS: Record<string, string> = { count: 'Count', percent: 'Percentage', days: 'Days', score: 'Score' };

export function headlineColumns(report: AnnualReport): Column<ReportFigure>[] {
  return [
    { key: 'label', header: 'Figure' },
    {
      key: 'current',
      header: report.year.label,
      align: 'right',
      value: (f) => printed(f.current),
      render: (f) => <strong>{figureText(f.current, f.unit)}</strong>,
    },
    {
      key: 'currentOutOf',
      header: `${report.year.label}: counted`,
      value: (f) => outOf(f.currentNumerator, f.currentDenominator),
    },
    {
      key: 'previous',
      header: report.previousYear.label,
      align: 'right',
      value: (f) => printed(f.previous),
      render: (f) => figureText(f.previous, f.unit),
    },
    {
      key: 'previousOutOf',
      header: `${report.previousYear.label}: counted`,
      value: (f) => outOf(f.previousNumerator, f.previousDenominator),
    },
    { key: 'change', header: 'Change', align: 'right', value: (f) => printed(f.change), render: (f) => changeText(f.change, f.unit) },
    { key: 'unit', header: 'Unit', value: (f) => UNIT_WORDS[f.unit] ?? f.unit },
  ];
}
