import { SHEET_KINDS, SHEET_SPECS, type SheetKind, type SheetKindSpec } from './sheet-kinds';

/*
 * Finding the header row and what each column means. Real registers have a title (often merged
 * across the columns), notes or an "About this file" block above the headers, so the header row is
 * the row among the first HEADER_SEARCH_ROWS that names most of the kind's columns.
 */

/** Rows searched for the header row. */
export const HEADER_SEARCH_ROWS = 30;

/** Which header text fills each field: `{ dueOn: 'Target date' }`; null leaves a field out on purpose. */
export type ColumnMapping = Record<string, string | null>;

/** A header row found: its index (0-based) and the column index of each field it fills. */
export interface HeaderMatch {
  kind: SheetKind;
  rowIndex: number;
  /** field → column index. */
  columns: Record<string, number>;
  /** The header text of every column (empty where the header row is blank). */
  headers: string[];
  /** Required fields no column fills. */
  missing: string[];
}

/**
 * A header as compared: lower case, `&` as "and", words only, with bracketed notes, "(dd/mm/yyyy)",
 * required-field stars and a trailing "?" dropped. "Due Date (dd/mm/yyyy)*" → "due date".
 */
export function normaliseHeader(text: unknown): string {
  return String(text ?? '')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const cellText = (value: unknown) => (value instanceof Date ? '' : String(value ?? '').trim());

/**
 * The columns one row would give a kind. A mapping (given by the user, or saved for the
 * partnership) is followed first, then the common names; each column fills one field at most, and
 * each field takes the first column that names it.
 */
export function matchColumns(spec: SheetKindSpec, row: readonly unknown[], mapping: ColumnMapping = {}): Record<string, number> {
  const headers = row.map((v) => normaliseHeader(cellText(v)));
  const used = new Set<number>();
  const columns: Record<string, number> = {};
  for (const column of spec.columns) {
    const chosen = mapping[column.field];
    if (chosen === undefined) continue;
    if (chosen === null) {
      columns[column.field] = -1;
      continue;
    }
    const i = headers.findIndex((h, j) => !used.has(j) && h !== '' && h === normaliseHeader(chosen));
    if (i >= 0) {
      columns[column.field] = i;
      used.add(i);
    }
  }
  for (const column of spec.columns) {
    if (columns[column.field] !== undefined) continue;
    const i = headers.findIndex((h, j) => !used.has(j) && column.headers.includes(h));
    if (i >= 0) {
      columns[column.field] = i;
      used.add(i);
    }
  }
  // -1 marked a field the mapping leaves out; it is not a column.
  return Object.fromEntries(Object.entries(columns).filter(([, i]) => i >= 0));
}

/** The best header row for one kind, or null when no row names two of its columns. */
export function findHeaderRow(spec: SheetKindSpec, rows: readonly (readonly unknown[])[], mapping: ColumnMapping = {}): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  let bestScore = 1;
  const last = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const row = rows[r] ?? [];
    // A merged title repeats one text across its cells: such a row is a title, not headers.
    const texts = row.map(cellText).filter((t) => t !== '');
    if (texts.length > 1 && new Set(texts).size === 1) continue;
    const columns = matchColumns(spec, row, mapping);
    const found = spec.columns.filter((c) => columns[c.field] !== undefined);
    const score = found.length + found.filter((c) => c.required).length;
    if (score > bestScore) {
      bestScore = score;
      best = {
        kind: spec.kind,
        rowIndex: r,
        columns,
        headers: row.map(cellText),
        missing: spec.columns.filter((c) => c.required && columns[c.field] === undefined).map((c) => c.field),
      };
    }
  }
  return best;
}

/**
 * Which kind of sheet this is, from its headers: the kind whose required columns are all found,
 * naming most columns; else the kind that came closest (its `missing` says what is lacking).
 */
export function detectKind(rows: readonly (readonly unknown[])[], mappings: Partial<Record<SheetKind, ColumnMapping>> = {}): HeaderMatch | null {
  const matches = SHEET_KINDS.map((kind) => findHeaderRow(SHEET_SPECS[kind], rows, mappings[kind])).filter((m): m is HeaderMatch => m !== null);
  const rank = (m: HeaderMatch) => (m.missing.length === 0 ? 1000 : 0) + Object.keys(m.columns).length - m.missing.length;
  return matches.sort((a, b) => rank(b) - rank(a))[0] ?? null;
}
