/**
 * A date typed as day, month and year (GOV.UK's date input), in UK order whatever the browser's
 * locale. The form keeps the three parts in one string so a kept draft brings back exactly what was
 * typed, even when it is not a date yet.
 */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export interface ParsedDate {
  /** `YYYY-MM-DD`, or null when all three parts are blank (or the date is not real). */
  value: string | null;
  /** Why it is not a date, as a sentence naming the field; none when blank or real. */
  problem?: string;
  /** The parts at fault, to mark those inputs. */
  parts: DatePart[];
}

/** The separator between the parts in the kept string: a control character nobody types. */
const SEP = '\u001f';

export function joinDateParts(p: DateParts): string {
  return p.day || p.month || p.year ? [p.day, p.month, p.year].join(SEP) : '';
}

export function splitDateParts(kept: string): DateParts {
  const [day = '', month = '', year = ''] = kept ? kept.split(SEP) : [];
  return { day, month, year };
}

/** The parts of an ISO date (`2025-05-07` → 7, 5, 2025), without leading zeros; blank for null. */
export function isoToDateParts(iso: string | null | undefined): DateParts {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] as string } : { day: '', month: '', year: '' };
}

/** The kept string for an ISO date, for a form's starting values. */
export function isoToKept(iso: string | null | undefined): string {
  return joinDateParts(isoToDateParts(iso));
}

const NAMES: Record<DatePart, string> = { day: 'a day', month: 'a month', year: 'a year' };

/**
 * Reads day, month and year into an ISO date. Blank → null (whether that is allowed is the form's
 * rule). Leading zeros and surrounding spaces are fine; the year must have 4 digits (a 2-digit year
 * is refused rather than guessed); 31/02 is not a real date.
 */
export function parseDateParts(p: DateParts, label: string): ParsedDate {
  const day = p.day.trim();
  const month = p.month.trim();
  const year = p.year.trim();
  if (!day && !month && !year) return { value: null, parts: [] };
  const missing = (['day', 'month', 'year'] as const).filter((k) => !{ day, month, year }[k]);
  if (missing.length > 0) {
    const what = missing.map((k) => NAMES[k]).join(' and ');
    return { value: null, problem: `${label} must include ${what}`, parts: [...missing] };
  }
  const notNumber = (['day', 'month', 'year'] as const).filter((k) => !/^\d+$/.test({ day, month, year }[k]));
  if (notNumber.length > 0) return { value: null, problem: `${label} must be a real date`, parts: [...notNumber] };
  if (year.length !== 4) return { value: null, problem: `${label}: the year must include 4 numbers, for example 2025`, parts: ['year'] };
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (m < 1 || m > 12) return { value: null, problem: `${label} must be a real date`, parts: ['month'] };
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > last) return { value: null, problem: `${label} must be a real date`, parts: ['day'] };
  return { value: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, parts: [] };
}

/** `parseDateParts` over a kept string. */
export function parseKeptDate(kept: string, label: string): ParsedDate {
  return parseDateParts(splitDateParts(kept), label);
}
