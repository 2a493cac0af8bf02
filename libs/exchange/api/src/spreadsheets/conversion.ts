import type { SheetProblem } from './spreadsheet.types';

/** Who imports, when and from what file: stamped on the status updates and notes an import adds. */
export interface ImportStamp {
  /** ISO 8601 instant, the same for every record of one import. */
  at: string;
  by: string;
  fileName: string;
  /** The day in England, `YYYY-MM-DD`. */
  today: string;
}

/** A sheet's rows as bundle records of one section, with the way back from a record to its row. */
export interface Conversion {
  section: 'actions' | 'measures' | 'notifications' | 'reviews' | 'attendances';
  records: Record<string, unknown>[] | object[];
  /** The sheet row of each record (by index), for problems about the whole record. */
  rowOf: readonly number[];
  /** The row and column header of a problem the importer found at `section[index].field`. */
  locate(index: number, field: string): { row: number | null; column: string | null };
  /** The sheet field a nested path (`followUp.sentOn`) is about, when it is not the path's first name. */
  fieldOf?(path: string): string;
  /** Problems found reading the cells (dates, unknown agencies, …): those rows are left out of the bundle. */
  problems: SheetProblem[];
  /** Rows that create, update or leave a record unchanged, when a row is not a record (measure values); null: the importer's counts. */
  counts: { create: number; update: number; unchanged: number } | null;
  sample: { row: number; values: Record<string, string | number | null> }[];
}
