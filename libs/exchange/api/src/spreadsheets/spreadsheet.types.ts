import type { ColumnMapping, SheetKind } from '@sli/exchange-domain';

// The answer's shape is shared with the dashboard.
export type { SheetProblem, SpreadsheetOutcome } from '@sli/exchange-domain';

/** A cell as read: text, a number, a real date (XLSX date cells), a boolean, or empty. */
export type SheetCell = string | number | boolean | Date | null;

/** A non-blank row, with its row number as the spreadsheet program shows it (1-based). */
export interface SheetRow {
  number: number;
  cells: SheetCell[];
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
