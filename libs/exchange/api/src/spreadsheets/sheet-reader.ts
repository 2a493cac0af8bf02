import { readUkDate, readWord, YES_NO_WORDS, type HeaderMatch, type SheetKindSpec, type WordTable } from '@sli/exchange-domain';
import type { SheetCell, SheetProblem, SheetRow } from './spreadsheet.types';

/**
 * Reads the cells of one data row by field, collecting each bad cell as a problem with its row
 * number, column header and value. `has(field)` tells a column the sheet lacks (keep what the
 * record holds) from a blank cell (clear it).
 */
export class RowReader {
  readonly problems: SheetProblem[] = [];

  constructor(
    private readonly spec: SheetKindSpec,
    private readonly match: HeaderMatch,
    readonly row: SheetRow,
  ) {}

  has(field: string): boolean {
    return this.match.columns[field] !== undefined;
  }

  header(field: string): string {
    const i = this.match.columns[field];
    return i === undefined ? (this.spec.columns.find((c) => c.field === field)?.label ?? field) : this.match.headers[i] || `column ${columnLetter(i)}`;
  }

  cell(field: string): SheetCell {
    const i = this.match.columns[field];
    return i === undefined ? null : (this.row.cells[i] ?? null);
  }

  /** The cell as trimmed text, null when blank. */
  text(field: string): string | null {
    const v = this.cell(field);
    if (v === null) return null;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    const s = String(v).trim();
    return s === '' ? null : s;
  }

  /** The cell's text, or a problem "is required" (then null). */
  required(field: string): string | null {
    const s = this.text(field);
    if (s === null) this.fail(field, 'is required');
    return s;
  }

  /** A day, null when blank; a bad one is a problem (then undefined). */
  date(field: string): string | null | undefined {
    const v = this.cell(field);
    if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
    const reading = readUkDate(v);
    if ('iso' in reading) return reading.iso;
    this.fail(field, reading.problem);
    return undefined;
  }

  /** A value named in words (`In progress`, `LCSPR`), null when blank; unknown words are a problem naming the choices (then undefined). */
  word<V extends string>(field: string, words: WordTable<V>): V | null | undefined {
    const text = this.text(field);
    if (text === null) return null;
    const value = readWord(text, words);
    if (value === undefined) this.fail(field, `"${text}" is not one of ${words.choices}`);
    return value;
  }

  /** Yes or No as a boolean, null when blank. */
  yesNo(field: string): boolean | null | undefined {
    const cell = this.cell(field);
    if (typeof cell === 'boolean') return cell;
    const answer = this.word(field, YES_NO_WORDS);
    return answer === null || answer === undefined ? answer : answer === 'yes';
  }

  /**
   * A list in one cell, split on semicolons and line breaks, then on commas, but names with commas
   * ("Ethnicity, culture and identity") kept whole: at each piece the longest run of pieces that
   * is a name (`known`) is taken. Empty when blank.
   */
  list(field: string, known: (part: string) => boolean): string[] {
    const text = this.text(field);
    if (text === null) return [];
    return text.split(/[;\n\r]+/).flatMap((part) => {
      const pieces = part.split(',').map((p) => p.trim());
      const out: string[] = [];
      for (let i = 0; i < pieces.length; ) {
        let j = pieces.length;
        while (j > i + 1 && !known(pieces.slice(i, j).join(', '))) j--;
        out.push(pieces.slice(i, j).join(', '));
        i = j;
      }
      return out.filter((p) => p !== '');
    });
  }

  fail(field: string, message: string): void {
    this.problems.push({ row: this.row.number, column: this.header(field), value: this.text(field), message });
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }
}

/** 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
