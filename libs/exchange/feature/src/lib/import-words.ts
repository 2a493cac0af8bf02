import { SHEET_SPECS, type ColumnMapping, type SheetKind, type SheetProblem, type SpreadsheetOutcome } from '@sli/exchange-domain';

/*
 * The import page's pure logic: the request's address, what the outcome says in words, and which
 * problems are the file's rather than a row's. No React, so it is tested on its own.
 */

export const SPREADSHEET_URL = '/api/import/spreadsheet';

/** What one request to the import asks: the partnership (by ref), the kind (null: from the headers), the user's column changes. */
export interface ImportRequest {
  partnership: string;
  kind: SheetKind | null;
  mapping: ColumnMapping;
  commit?: boolean;
  format?: 'xlsx';
}

/** `/api/import/spreadsheet?partnership=NSCP&as=action-plan&mapping={…}`: only what is chosen goes in the address. */
export function importAddress(request: ImportRequest): string {
  const query = new URLSearchParams({ partnership: request.partnership });
  if (request.kind) query.set('as', request.kind);
  if (Object.keys(request.mapping).length > 0) query.set('mapping', JSON.stringify(request.mapping));
  if (request.commit) query.set('commit', 'true');
  if (request.format) query.set('format', request.format);
  return `${SPREADSHEET_URL}?${query.toString()}`;
}

/** "1 action", "3 actions", "1 value". */
export function counted(n: number, noun: string): string {
  return `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;
}

/** What the rows would do ("3 actions to create, 1 to update, 2 unchanged") or did ("3 actions created, …"). */
export function countWords(outcome: Pick<SpreadsheetOutcome, 'kind' | 'create' | 'update' | 'unchanged'>, done: boolean): string {
  const noun = SHEET_SPECS[outcome.kind].rowNoun;
  const n = (v: number) => v.toLocaleString('en-GB');
  return done
    ? `${counted(outcome.create, noun)} created, ${n(outcome.update)} updated, ${n(outcome.unchanged)} unchanged`
    : `${counted(outcome.create, noun)} to create, ${n(outcome.update)} to update, ${n(outcome.unchanged)} unchanged`;
}

/**
 * Problems of the file as a whole (unreadable, no header row, a required column missing, no way to
 * key the rows): no row, or the header row itself. They go in the error summary; the rest are the
 * data rows' problems, listed in the preview.
 */
export function splitProblems(outcome: Pick<SpreadsheetOutcome, 'headerRow' | 'problems'>): { file: SheetProblem[]; rows: SheetProblem[] } {
  const isFile = (p: SheetProblem) => p.row === null || p.row <= outcome.headerRow;
  return { file: outcome.problems.filter(isFile), rows: outcome.problems.filter((p) => !isFile(p)) };
}

/** Every header of the sheet a field could be read from: those read first, in the kind's order, then those ignored. */
export function headerChoices(outcome: Pick<SpreadsheetOutcome, 'columns' | 'ignoredHeaders'>): string[] {
  const read = outcome.columns.map((c) => c.header).filter((h): h is string => !!h);
  return [...new Set([...read, ...outcome.ignoredHeaders])];
}

/** The reviews (or audits) an action plan's rows came from, as the preview's rows name them. */
export function sourcesOf(outcome: Pick<SpreadsheetOutcome, 'kind' | 'sample'>): string[] {
  if (outcome.kind !== 'action-plan') return [];
  return [...new Set(outcome.sample.map((s) => s.values['source']).filter((v): v is string => typeof v === 'string' && v !== ''))];
}

const FILE_TYPES = /\.(csv|xlsx)$/i;

/** What is wrong with the chosen file before sending it, if anything (GOV.UK file upload messages). */
export function fileProblem(file: { name: string; size: number } | null): string | undefined {
  if (!file) return 'Select a CSV or XLSX file';
  if (!FILE_TYPES.test(file.name)) return 'The selected file must be a CSV or XLSX';
  if (file.size === 0) return 'The selected file is empty';
  return undefined;
}
