import { parse } from 'csv-parse/sync';
import { Workbook, type CellValue, type Worksheet } from 'exceljs';
import type { SheetCell, SheetRow } from './spreadsheet.types';

/*
 * A spreadsheet file as rows of cells, whatever its format: XLSX through ExcelJS (real date cells
 * stay Dates, formulas give their result, merged cells give their top-left cell's value), CSV
 * through csv-parse (byte-order mark removed, quoted fields with commas and line breaks). Blank rows
 * are dropped, with the sheet's own row numbers kept so problems point at the right line.
 */

export class UnreadableSheet extends Error {}

const ABOUT_SHEET = 'About this file';

export async function readSheet(bytes: Buffer, fileName: string): Promise<SheetRow[]> {
  if (bytes.length === 0) throw new UnreadableSheet('The file is empty');
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new UnreadableSheet('This is an Excel 97–2003 (.xls) file: save it as .xlsx or CSV and import that');
  }
  // An XLSX file is a zip archive, whatever its name says.
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return readXlsx(bytes);
  if (/\.xlsx$/i.test(fileName)) throw new UnreadableSheet('The file is named .xlsx but is not an Excel workbook');
  return readCsv(bytes);
}

async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
  const book = new Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableSheet(`The workbook cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The first sheet holding data; an export's "About this file" sheet is not the data.
  const sheet = book.worksheets.find((s) => s.name !== ABOUT_SHEET && s.actualRowCount > 0);
  if (!sheet) throw new UnreadableSheet('The workbook has no sheet with data');
  return sheetRows(sheet);
}

function sheetRows(sheet: Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      let value = cellValue(cell.value);
      // A number shown as a percentage (0.86 shown as 86%) is read as the register shows it.
      if (typeof value === 'number' && /%/.test(cell.numFmt ?? '')) value = Math.round(value * 100 * 1e9) / 1e9;
      cells[column - 1] = value;
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    if (cells.some((c) => c !== null)) rows.push({ number, cells });
  });
  return rows;
}

function cellValue(value: CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return cellValue(value.richText.map((t) => t.text).join(''));
    if ('result' in value) return cellValue((value.result ?? null) as CellValue);
    if ('text' in value) return cellValue(value.text as CellValue);
    if ('error' in value) return null;
  }
  return String(value);
}

function readCsv(bytes: Buffer): SheetRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's plain "CSV" (not "CSV UTF-8") on Windows writes Windows-1252.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch (error) {
    throw new UnreadableSheet(`The CSV cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const rows: SheetRow[] = [];
  records.forEach((record, i) => {
    const cells = record.map((v) => (v === '' ? null : v));
    if (cells.some((c) => c !== null)) rows.push({ number: i + 1, cells });
  });
  return rows;
}
