import { addAboutSheet, addDataRow, addDataSheet, type ExportColumn } from '@sli/exports-domain';
import { SHEET_SPECS } from '@sli/exchange-domain';
import { Workbook } from 'exceljs';
import type { SpreadsheetOutcome } from './spreadsheet.types';

const COLUMNS: ExportColumn[] = [
  { key: 'row', header: 'Row', type: 'number', width: 8 },
  { key: 'column', header: 'Column', type: 'text', width: 24 },
  { key: 'value', header: 'Value', type: 'text', width: 30 },
  { key: 'problem', header: 'Problem', type: 'text', width: 90 },
];

/**
 * The problems of an import as a workbook, laid out like every download (a data sheet and "About
 * this file"), so a business unit can sort it, share it and fix the register row by row.
 */
export async function errorReport(outcome: SpreadsheetOutcome, madeBy: string, partnershipName: string): Promise<Buffer> {
  const book = new Workbook();
  const sheet = addDataSheet(book, 'Problems', COLUMNS);
  for (const p of outcome.problems) addDataRow(sheet, COLUMNS, [p.row, p.column ?? (p.row === null ? '(whole file)' : '(whole row)'), p.value ?? null, p.message]);
  addAboutSheet(book, {
    title: `Problems importing ${outcome.fileName} as ${SHEET_SPECS[outcome.kind].label.toLowerCase()}`,
    partnerships: [{ name: partnershipName, ref: outcome.partnership }],
    filters: [],
    asOf: null,
    madeAt: new Date(),
    madeBy,
    rows: outcome.problems.length,
    notes: [
      `Header row ${outcome.headerRow}; ${outcome.rows} data rows read.`,
      outcome.problems.length === 0 ? 'No problems: the file can be imported.' : 'Nothing was imported: fix these rows and import the file again.',
    ],
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
