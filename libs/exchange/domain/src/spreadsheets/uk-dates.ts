/*
 * Dates as partnerships' spreadsheets hold them, read strictly into `YYYY-MM-DD`: UK order only
 * (`05/04/2024` is 5 April, never May 4), a real calendar day (31/02 is refused, not rolled over),
 * Excel serial numbers and real date cells. A small, tested parser rather than a general date
 * library, because the point is to refuse what is ambiguous, not to guess.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `jan`, `sept`, `september` → 1-based month; undefined when no month starts that way. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return i >= 0 ? i + 1 : undefined;
}

export type DateReading = { iso: string } | { problem: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a calendar day, or undefined when the day does not exist (31/02, 29/02/2023). */
export function isoDay(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : undefined;
}

/** Excel's day 0 is 30 December 1899 (its 1900 leap-year bug is before every date we accept). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An Excel serial day (e.g. 45383 = 01/04/2024) as `YYYY-MM-DD`; a time of day is ignored. */
export function excelSerialDay(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 401_768) return undefined; // 401768 = 31/12/2999
  return new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

const WRITTEN_AS = 'write it as dd/mm/yyyy (e.g. 05/04/2024) or d Month yyyy (e.g. 5 April 2024)';

/**
 * One cell as a day. Accepts a Date (a real XLSX date cell: ExcelJS gives midnight UTC of the day),
 * an Excel serial number, and text: `dd/mm/yyyy` (also `-` or `.`; `d/m/yy` means 20yy),
 * `d Month yyyy` / `d Mon yyyy` (with or without a weekday, `st`/`nd`/`th`, commas), `yyyy-mm-dd`.
 */
export function readUkDate(value: unknown): DateReading {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { problem: `is not a date: ${WRITTEN_AS}` };
    // Excel date cells hold a day; times from a sheet written in UK summer time land on 23:00 the day before.
    const shifted = new Date(value.getTime() + (value.getUTCHours() >= 12 ? DAY_MS : 0));
    return { iso: shifted.toISOString().slice(0, 10) };
  }
  if (typeof value === 'number') {
    const iso = excelSerialDay(value);
    return iso ? { iso } : { problem: `${value} is not a date (nor an Excel date number): ${WRITTEN_AS}` };
  }
  const text = String(value ?? '').trim();
  if (text === '') return { problem: 'is empty' };

  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (m) {
    const year = (m[3] ?? '').length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const iso = isoDay(year, Number(m[2]), Number(m[1]));
    if (iso) return { iso };
    const usOrder = Number(m[2]) > 12 && Number(m[1]) <= 12;
    return { problem: `"${text}" is not a day${usOrder ? ' in UK order (day first)' : ''}: ${WRITTEN_AS}` };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) {
    const iso = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { iso } : { problem: `"${text}" is not a day: ${WRITTEN_AS}` };
  }
  // "Friday 5th April 2024", "5 Apr 2024", "5-Apr-2024", "05 April, 2024"
  m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+\.?),?[\s-]+(\d{4})$/.exec(text);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    const iso = month ? isoDay(Number(m[3]), month, Number(m[1])) : undefined;
    return iso ? { iso } : { problem: `"${text}" is not a day: ${WRITTEN_AS}` };
  }
  if (/^\d+(\.\d+)?$/.test(text)) {
    const iso = excelSerialDay(Number(text));
    if (iso) return { iso };
  }
  return { problem: `"${text}" is not a date: ${WRITTEN_AS}` };
}
