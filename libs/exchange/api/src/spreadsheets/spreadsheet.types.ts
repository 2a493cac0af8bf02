import type { ColumnMapping, SheetKind } from '@sli/exchange-domain';

/** A cell as read: text, a number, a real date (XLSX date cells), a boolean, or empty. */
export type SheetCell = string | number | boolean | Date | null;

/** A non-blank row, with its row number as the spreadsheet program shows it (1-based). */
export interface SheetRow {
  number: number;
  cells: SheetCell[];
}

/** One thing wrong, located as the user sees the sheet. Null row: the whole file; null column: the whole row. */
export interface SheetProblem {
  row: number | null;
  column: string | null;
  /** The cell's text, when the problem is its value. */
  value?: string | null;
  message: string;
}

/** What an import would do (preview) or did (commit). */
export interface SpreadsheetOutcome {
  fileName: string;
  kind: SheetKind;
  partnership: string;
  /** The header row's number and the header each field was read from. */
  headerRow: number;
  columns: { field: string; label: string; header: string | null }[];
  /** Headers no field reads (they are ignored). */
  ignoredHeaders: string[];
  /** Data rows read (after the header row). */
  rows: number;
  /** Rows counted by what they do: an action created, a value added, … */
  create: number;
  update: number;
  unchanged: number;
  /** Every problem; a non-empty list means nothing was written. */
  problems: SheetProblem[];
  /** The first rows as read and understood, for the preview. */
  sample: { row: number; values: Record<string, string | number | null> }[];
  committed: boolean;
  durationMs: number;
}

export interface SpreadsheetRequest {
  bytes: Buffer;
  fileName: string;
  partnership: string;
  /** Left out: told from the headers. */
  kind?: SheetKind | null;
  /** Overrides the saved mapping and the common names, field by field. */
  mapping?: ColumnMapping | null;
  commit: boolean;
}
