import {
  addAboutSheet,
  addDataRow,
  addDataSheet,
  CSV_MIME,
  csvPreamble,
  csvRow,
  exportFileName,
  XLSX_MIME,
  type ExportAbout,
  type ExportColumn,
  type ExportColumnType,
  type ExportValue,
} from '@sli/exports-domain';

/** A column of a table as shown and as exported. */
export interface Column<Row> {
  key: string;
  header: string;
  /** The cell's value for sorting and export (dates as `YYYY-MM-DD`); defaults to row[key]. */
  value?: (row: Row) => string | number | null | undefined;
  /** What the cell shows; defaults to the value. */
  render?: (row: Row) => React.ReactNode;
  align?: 'left' | 'right';
  /** How the download writes the column; by default read from the values (numbers, ISO dates, else text). */
  type?: ExportColumnType;
}

export type ExportFormat = 'csv' | 'xlsx';

/**
 * What a download says about itself beyond its rows: the filter in force (the analytics filter:
 * partnershipIds, from, to, agencyId, reviewTypes, themeId) and the as-of date; null when the page
 * filters do not apply to the table (users, tokens). `extra` adds filters of the page's own, in words.
 */
export interface ExportScope {
  filter: Record<string, unknown> | null;
  asOf: string | null;
  extra?: { label: string; value: string }[];
}

/** A paged list the API downloads whole: its name in the API's allow-list, its variables, the columns on screen. */
export interface ServerExport {
  list: string;
  variables: Record<string, unknown>;
  columns?: string[];
}

export function cellValue<Row>(column: Column<Row>, row: Row): string | number | null | undefined {
  if (column.value) return column.value(row);
  const v = (row as Record<string, unknown>)[column.key];
  return typeof v === 'string' || typeof v === 'number' ? v : v == null ? null : String(v);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Numbers when every value is a number, dates when every value is an ISO date, else text. */
export function columnType<Row>(column: Column<Row>, rows: readonly Row[]): ExportColumnType {
  if (column.type) return column.type;
  const values = rows.map((r) => cellValue(column, r)).filter((v) => v != null && v !== '');
  if (values.length === 0) return 'text';
  if (values.every((v) => typeof v === 'number')) return 'number';
  if (values.every((v) => typeof v === 'string' && ISO_DATE.test(v))) return 'date';
  return 'text';
}

function saveFile(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function failure(res: Response): Promise<Error> {
  const json = (res.headers.get('content-type') ?? '').includes('json');
  const body = json ? ((await res.json()) as { errors?: { message?: string }[] }) : null;
  return new Error(body?.errors?.[0]?.message ?? `The server answered ${res.status} ${res.statusText}`);
}

/** The "About this file" block, worded by the API as its own downloads word it (names, not ids; who is signed in). */
async function fetchAbout(title: string, scope: ExportScope | null): Promise<ExportAbout> {
  const res = await fetch('/api/exports/about', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ title, filter: scope?.filter ? withoutNulls(scope.filter) : {}, asOf: scope?.asOf ?? null }),
  });
  if (!res.ok) throw await failure(res);
  const about = (await res.json()) as Omit<ExportAbout, 'madeAt'> & { madeAt: string };
  return { ...about, filters: [...about.filters, ...(scope?.extra ?? [])], madeAt: new Date(about.madeAt) };
}

function withoutNulls(filter: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v != null && !(Array.isArray(v) && v.length === 0)));
}

/**
 * Downloads rows the dashboard already holds (a summary, a chart's data) in the same layout as the
 * API's whole-list downloads: about block, real dates and numbers, frozen header and filters in XLSX,
 * a byte-order mark in CSV. Returns the file name.
 */
export async function exportTable<Row>(
  format: ExportFormat,
  spec: { name: string; title: string; columns: Column<Row>[]; rows: readonly Row[]; scope: ExportScope | null },
): Promise<string> {
  const columns: ExportColumn[] = spec.columns.map((c) => ({ key: c.key, header: c.header, type: columnType(c, spec.rows) }));
  const values = (row: Row): ExportValue[] => spec.columns.map((c) => cellValue(c, row));
  const about = { ...(await fetchAbout(spec.title, spec.scope)), rows: spec.rows.length };
  const filename = exportFileName(spec.name, about, format);
  if (format === 'csv') {
    const text = csvPreamble(columns, about) + spec.rows.map((r) => csvRow(columns, values(r))).join('');
    saveFile(filename, new Blob([text], { type: CSV_MIME }));
    return filename;
  }
  // ExcelJS is loaded only when someone asks for a spreadsheet.
  const { Workbook } = await import('exceljs');
  const book = new Workbook();
  book.creator = about.madeBy;
  book.created = about.madeAt;
  const sheet = addDataSheet(book, spec.title, columns);
  for (const row of spec.rows) addDataRow(sheet, columns, values(row));
  addAboutSheet(book, about);
  saveFile(filename, new Blob([await book.xlsx.writeBuffer()], { type: XLSX_MIME }));
  return filename;
}

/** Downloads every row of a paged list from the API (not the page on screen). Returns the file name. */
export async function exportList(format: ExportFormat, spec: ServerExport): Promise<string> {
  const res = await fetch('/api/exports', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...spec, format }),
  });
  if (!res.ok) throw await failure(res);
  const disposition = res.headers.get('content-disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `${spec.list}.${format}`;
  saveFile(filename, await res.blob());
  return filename;
}
