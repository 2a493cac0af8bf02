import { isoDay, monthNumber, readUkDate } from './uk-dates';

/*
 * A measure's period as registers write it, read into the day the period starts. Reporting years
 * are UK financial years (1 April – 31 March, `2024/25`), quarters Q1 = April–June. A date is taken
 * as given: whether it is its period's first day is a rule of measure values, checked with the others.
 */

export type PeriodGrain = 'month' | 'quarter' | 'year';
export type PeriodReading = { start: string; grain: PeriodGrain | null } | { problem: string };

const FY = String.raw`(\d{4})\s*[/-]\s*(\d{2}|\d{4})`;
const QUARTER_FIRST = new RegExp(String.raw`^Q([1-4])\s*,?\s*(?:FY\s*)?${FY}$`, 'i');
const YEAR_FIRST = new RegExp(String.raw`^(?:FY\s*)?${FY}\s*,?\s*Q([1-4])$`, 'i');
const YEAR_ONLY = new RegExp(String.raw`^(?:FY\s*)?${FY}$`, 'i');

/** `2024/25` → 2024, checking the second year follows the first. */
function financialYear(first: string, second: string): number | undefined {
  const start = Number(first);
  const end = second.length === 2 ? Number(second) : Number(second) % 100;
  return (start + 1) % 100 === end ? start : undefined;
}

/** The first day of quarter q (1–4) of the financial year starting in April of `year`. */
function quarterStart(year: number, q: number): string {
  const month = 4 + (q - 1) * 3;
  return month > 12 ? `${year + 1}-${String(month - 12).padStart(2, '0')}-01` : `${year}-${String(month).padStart(2, '0')}-01`;
}

const HOW = 'give the first day of the period (01/04/2024) or a label: Q1 2024/25, April 2024, 2024/25';

/** Reads a period cell; `grain` is the period the label named (null for a plain date). */
export function readPeriod(value: unknown): PeriodReading {
  if (value instanceof Date || typeof value === 'number') {
    const date = readUkDate(value);
    return 'iso' in date ? { start: date.iso, grain: null } : { problem: `${date.problem.replace(/: .*$/, '')}: ${HOW}` };
  }
  const text = String(value ?? '').trim().replace(/\s+/g, ' ');
  if (text === '') return { problem: 'is empty' };

  let m = QUARTER_FIRST.exec(text);
  if (m) {
    const year = financialYear(m[2] ?? '', m[3] ?? '');
    return year === undefined ? { problem: `"${text}" is not a financial year: ${HOW}` } : { start: quarterStart(year, Number(m[1])), grain: 'quarter' };
  }
  m = YEAR_FIRST.exec(text);
  if (m) {
    const year = financialYear(m[1] ?? '', m[2] ?? '');
    return year === undefined ? { problem: `"${text}" is not a financial year: ${HOW}` } : { start: quarterStart(year, Number(m[3])), grain: 'quarter' };
  }
  m = YEAR_ONLY.exec(text);
  if (m) {
    const year = financialYear(m[1] ?? '', m[2] ?? '');
    if (year !== undefined) return { start: `${year}-04-01`, grain: 'year' };
  }
  m = /^([A-Za-z]+\.?)[\s-]+(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    const year = (m[2] ?? '').length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    const start = month ? isoDay(year, month, 1) : undefined;
    if (start) return { start, grain: 'month' };
  }
  const date = readUkDate(text);
  if ('iso' in date) return { start: date.iso, grain: null };
  return { problem: `"${text}" is not a period: ${HOW}` };
}
