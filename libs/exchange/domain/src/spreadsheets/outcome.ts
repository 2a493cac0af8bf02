import type { SheetKind } from './sheet-kinds';

/*
 * What POST /api/import/spreadsheet answers: the API builds it, the dashboard's import page and the
 * CLI show it.
 */

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
