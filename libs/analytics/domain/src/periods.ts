/**
 * Reporting periods. The UK financial year runs 1 April – 31 March and is labelled `2024/25`;
 * its quarters are Q1 = Apr–Jun … Q4 = Jan–Mar, so quarter boundaries are the calendar ones.
 * Dates are `YYYY-MM-DD` text; all arithmetic is on UTC dates.
 */
export type Grain = 'month' | 'quarter' | 'financial-year' | 'calendar-year';

export interface Period {
  grain: Grain;
  /** First day, inclusive. */
  start: string;
  /** Last day, inclusive. */
  end: string;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y as number, m as number, d as number];
}

function iso(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}

/** The financial year a date falls in, by its starting calendar year (2024 for 2024/25). */
export function financialYearOf(date: string): number {
  const [y, m] = parts(date);
  return m >= 4 ? y : y - 1;
}

/** `2024/25` for 2024. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** Parses `2024/25` into its first and last day; throws on anything else. */
export function financialYearRange(label: string): { start: string; end: string; startYear: number } {
  const m = /^(\d{4})\/(\d{2})$/.exec(label);
  const startYear = m ? Number(m[1]) : NaN;
  if (!m || (startYear + 1) % 100 !== Number(m[2])) throw new Error(`"${label}" is not a financial year such as 2024/25`);
  return { start: iso(startYear, 4, 1), end: iso(startYear + 1, 3, 31), startYear };
}

/** The period of `grain` that contains `date`. */
export function periodOf(date: string, grain: Grain): Period {
  const [y, m] = parts(date);
  switch (grain) {
    case 'month':
      return { grain, start: iso(y, m, 1), end: iso(y, m + 1, 0), label: `${MONTHS[m - 1]} ${y}` };
    case 'quarter': {
      const qm = Math.floor((m - 1) / 3) * 3 + 1;
      const fy = financialYearOf(date);
      const q = ((Math.floor((m - 1) / 3) + 3) % 4) + 1;
      return { grain, start: iso(y, qm, 1), end: iso(y, qm + 3, 0), label: `${financialYearLabel(fy)} Q${q}` };
    }
    case 'financial-year': {
      const fy = financialYearOf(date);
      return { grain, start: iso(fy, 4, 1), end: iso(fy + 1, 3, 31), label: financialYearLabel(fy) };
    }
    case 'calendar-year':
      return { grain, start: iso(y, 1, 1), end: iso(y, 12, 31), label: String(y) };
  }
}

/** Every period of `grain` overlapping [from, to], in order (for filling gaps with zeros). */
export function periodsBetween(from: string, to: string, grain: Grain): Period[] {
  const out: Period[] = [];
  let p = periodOf(from, grain);
  while (p.start <= to) {
    out.push(p);
    const [y, m, d] = parts(p.end);
    p = periodOf(iso(y, m, d + 1), grain);
  }
  return out;
}

/** Adds calendar months, clamping to the month's end (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return iso(y, m + months, Math.min(d, last));
}
