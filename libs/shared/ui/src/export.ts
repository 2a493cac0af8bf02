/** A column of a table as shown and as exported. */
export interface Column<Row> {
  key: string;
  header: string;
  /** The cell's value for sorting and export; defaults to row[key]. */
  value?: (row: Row) => string | number | null | undefined;
  /** What the cell shows; defaults to the value. */
  render?: (row: Row) => React.ReactNode;
  align?: 'left' | 'right';
}

export function cellValue<Row>(column: Column<Row>, row: Row): string | number | null | undefined {
  if (column.value) return column.value(row);
  const v = (row as Record<string, unknown>)[column.key];
  return typeof v === 'string' || typeof v === 'number' ? v : v == null ? null : String(v);
}

function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV per RFC 4180: fields quoted when they hold a comma, quote or line break. */
export function toCsv<Row>(columns: Column<Row>[], rows: Row[]): string {
  const field = (v: string | number | null | undefined) => {
    const s = v == null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.map((c) => field(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(cellValue(c, row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function exportCsv<Row>(filename: string, columns: Column<Row>[], rows: Row[]): void {
  download(`${filename}.csv`, new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }));
}

/** XLSX through ExcelJS, loaded only when someone asks for a spreadsheet. */
export async function exportXlsx<Row>(filename: string, columns: Column<Row>[], rows: Row[]): Promise<void> {
  const { Workbook } = await import('exceljs');
  const book = new Workbook();
  const sheet = book.addWorksheet(filename.slice(0, 31));
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => cellValue(c, row) ?? ''));
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.min(60, Math.max(12, c.header.length + 2))));
  const buffer = await book.xlsx.writeBuffer();
  download(`${filename}.xlsx`, new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
}
