import type { Workbook, Worksheet } from 'exceljs';

/**
 * The one layout of every CSV and XLSX download, used by the API (lists streamed page by page) and by
 * the dashboard (tables already on screen), so a file reads the same whichever side wrote it.
 * Only a type comes from ExcelJS here: each side brings its own workbook (streamed or in memory).
 */

/** How a column's values are written: dates become real Excel dates, numbers and shares real numbers. */
export type ExportColumnType = 'text' | 'date' | 'number' | 'percent';

export interface ExportColumn {
  key: string;
  header: string;
  type: ExportColumnType;
  /** Width in characters; by default from the header and the type. */
  width?: number;
}

/** A cell as it arrives: dates as `YYYY-MM-DD`, shares as fractions (0.619 is 61.9%). */
export type ExportValue = string | number | boolean | null | undefined;

export interface ExportPartnership {
  name: string;
  /** The partnership's short reference, e.g. `NSCP`. */
  ref: string;
}

/** What a file says about itself: what it holds, for whom, with which filters, as of when, made when and by whom. */
export interface ExportAbout {
  /** What the rows are, e.g. "Overdue actions". */
  title: string;
  partnerships: readonly ExportPartnership[];
  /** Every filter in force, in words (names, not ids). */
  filters: readonly { label: string; value: string }[];
  /** `YYYY-MM-DD`, or null when the figures do not depend on a day. */
  asOf: string | null;
  madeAt: Date;
  madeBy: string;
  /** How many data rows follow; known before the first row when the API writes the file. */
  rows?: number;
  notes?: readonly string[];
}

export const CSV_BOM = '\uFEFF';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv; charset=utf-8';
export const ABOUT_SHEET = 'About this file';
const DATE_FORMAT = 'dd/mm/yyyy';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-12-06` as `06/12/2026`. */
export function ukDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A moment as a person in England reads it: `06/12/2026 10:15 (UK time)`. */
export function ukDateTime(at: Date): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(at);
  return `${text.replace(',', '')} (UK time)`;
}

/** The day of a moment in England, `YYYY-MM-DD`. */
function ukDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function partnershipWords(partnerships: readonly ExportPartnership[]): string {
  if (partnerships.length === 0) return 'None';
  return partnerships.map((p) => `${p.name} (${p.ref})`).join('; ');
}

/** The "About this file" block: one label and one value a line, the same in the CSV and the XLSX. */
export function aboutRows(about: ExportAbout): [string, string][] {
  const rows: [string, string][] = [
    ['What', about.title],
    [about.partnerships.length === 1 ? 'Partnership' : 'Partnerships', partnershipWords(about.partnerships)],
  ];
  if (about.asOf) rows.push(['As of', ukDate(about.asOf)]);
  for (const f of about.filters) rows.push([f.label, f.value]);
  if (about.filters.length === 0) rows.push(['Filters', 'None']);
  if (about.rows !== undefined) rows.push(['Rows', String(about.rows)]);
  rows.push(['Made', ukDateTime(about.madeAt)], ['Made by', about.madeBy]);
  for (const note of about.notes ?? []) rows.push(['Note', note]);
  return rows;
}

/**
 * `overdue-actions_NSCP_as-of-2026-12-06.xlsx`: what, whose and as of when (or made when, for figures
 * that do not depend on a day). Several partnerships: their refs joined by `+`, or `all-partnerships`.
 */
export function exportFileName(slug: string, about: Pick<ExportAbout, 'partnerships' | 'asOf' | 'madeAt'>, extension: 'csv' | 'xlsx'): string {
  const refs = about.partnerships.map((p) => p.ref);
  const whose = refs.length === 0 ? 'no-partnership' : refs.length > 3 ? 'all-partnerships' : refs.join('+');
  const when = about.asOf ? `as-of-${about.asOf}` : `made-${ukDay(about.madeAt)}`;
  return `${safe(slug)}_${safe(whose)}_${when}.${extension}`;
}

function safe(part: string): string {
  return part.replace(/[^A-Za-z0-9+.-]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
}

// ---- CSV ----

/** A CSV field per RFC 4180: quoted when it holds a comma, quote or line break. */
export function csvField(value: ExportValue): string {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly ExportValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A value as the CSV writes it: dates stay ISO (Excel reads them as dates), shares as `61.9%`. */
export function csvValue(column: ExportColumn, value: ExportValue): ExportValue {
  if (value == null || value === '') return '';
  if (column.type === 'percent' && typeof value === 'number') return `${round(value * 100, 1)}%`;
  return value;
}

/**
 * The start of a CSV: the byte-order mark (so Excel reads UTF-8), the "About this file" block as
 * label,value lines, one empty line, then the column headings. Data rows follow.
 */
export function csvPreamble(columns: readonly ExportColumn[], about: ExportAbout): string {
  const about_ = aboutRows(about).map((r) => csvLine(r)).join('');
  return `${CSV_BOM}${csvLine([ABOUT_SHEET])}${about_}\r\n${csvLine(columns.map((c) => c.header))}`;
}

export function csvRow(columns: readonly ExportColumn[], values: readonly ExportValue[]): string {
  return csvLine(columns.map((c, i) => csvValue(c, values[i])));
}

// ---- XLSX ----

/** A value as the XLSX writes it: a real date (midnight UTC, so the day never shifts) or a real number. */
export function xlsxValue(column: ExportColumn, value: ExportValue): string | number | boolean | Date | null {
  if (value == null || value === '') return null;
  if (column.type === 'date' && typeof value === 'string') {
    const m = ISO_DATE.exec(value.slice(0, 10));
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : value;
  }
  if ((column.type === 'number' || column.type === 'percent') && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) {
    return Number(value);
  }
  return value;
}

function defaultWidth(column: ExportColumn): number {
  const byType = column.type === 'date' ? 12 : column.type === 'text' ? 24 : 10;
  return Math.min(80, Math.max(byType, column.header.length + 3));
}

const NUMBER_FORMATS: Record<ExportColumnType, string | undefined> = { text: undefined, date: DATE_FORMAT, number: undefined, percent: '0.0%' };

/**
 * The data sheet: bold headings on a frozen first row, an autofilter over every column, widths set
 * before any row (a streamed sheet writes them first), dates as dd/mm/yyyy.
 */
export function addDataSheet(book: Workbook, name: string, columns: readonly ExportColumn[]): Worksheet {
  const sheet = book.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width ?? defaultWidth(c), style: NUMBER_FORMATS[c.type] ? { numFmt: NUMBER_FORMATS[c.type] } : {} }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, columns.length) } };
  return sheet;
}

export function addDataRow(sheet: Worksheet, columns: readonly ExportColumn[], values: readonly ExportValue[]): void {
  const row = sheet.addRow(columns.map((c, i) => xlsxValue(c, values[i])));
  columns.forEach((c, i) => {
    const format = NUMBER_FORMATS[c.type];
    if (format) row.getCell(i + 1).numFmt = format;
  });
  row.commit();
}

/** The "About this file" sheet: label and value, labels bold. */
export function addAboutSheet(book: Workbook, about: ExportAbout): Worksheet {
  const sheet = book.addWorksheet(ABOUT_SHEET);
  sheet.columns = [{ width: 18 }, { width: 70 }];
  for (const [label, value] of aboutRows(about)) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  return sheet;
}

/** Excel allows 31 characters and none of `[]:*?/\` in a sheet name. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Data';
}

function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}
