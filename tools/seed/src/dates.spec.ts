import { addWorkingDays as productAddWorkingDays, ENGLAND_AND_WALES_BANK_HOLIDAYS, workingDaysBetween as productWorkingDaysBetween } from '@sli/calendar-domain';
import { addMonths, addWorkingDays, dayOf, iso, isWorkingDay, onWorkingDay, quarterStart, toDay, workingDaysBetween, yearLabel, yearOf } from './dates';

describe('dates', () => {
  it('round-trips ISO dates', () => {
    expect(iso(toDay('2024-02-29'))).toBe('2024-02-29');
    expect(dayOf(1970, 1, 1)).toBe(0);
  });

  it('skips weekends and England & Wales bank holidays, counting from the day after', () => {
    // Thursday 17 April 2025; Good Friday 18th and Easter Monday 21st are holidays.
    expect(iso(addWorkingDays(toDay('2025-04-17'), 1))).toBe('2025-04-22');
    expect(iso(addWorkingDays(toDay('2025-04-17'), 0))).toBe('2025-04-17');
    // The Coronation bank holiday, Monday 8 May 2023.
    expect(isWorkingDay(toDay('2023-05-08'))).toBe(false);
    expect(iso(addWorkingDays(toDay('2023-05-05'), 1))).toBe('2023-05-09');
    expect(workingDaysBetween(toDay('2025-04-17'), toDay('2025-04-22'))).toBe(1);
    expect(iso(onWorkingDay(toDay('2025-12-25')))).toBe('2025-12-29');
  });

  it("agrees with the product's working-day calendar, so 'on time' means the same in the data and the metrics", () => {
    const holidays = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date));
    const mismatches: string[] = [];
    for (let d = toDay('2015-01-01'); d <= toDay('2027-12-31'); d += 3) {
      for (const n of [0, 1, 2, 5, 13, 15, 20]) {
        const ours = iso(addWorkingDays(d, n));
        if (ours !== productAddWorkingDays(iso(d), n, holidays)) mismatches.push(`${iso(d)} + ${n}`);
        if (workingDaysBetween(d, d + n) !== productWorkingDaysBetween(iso(d), iso(d + n), holidays)) mismatches.push(`${iso(d)} .. +${n}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('knows financial years and quarters', () => {
    expect(yearOf(toDay('2025-03-31'))).toBe(2024);
    expect(yearOf(toDay('2025-04-01'))).toBe(2025);
    expect(yearLabel(2024)).toBe('2024/25');
    expect(yearLabel(2099)).toBe('2099/00');
    expect(iso(quarterStart(toDay('2025-02-14')))).toBe('2025-01-01');
    expect(iso(quarterStart(toDay('2025-06-30')))).toBe('2025-04-01');
  });

  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(iso(addMonths(toDay('2024-08-31'), 6))).toBe('2025-02-28');
    expect(iso(addMonths(toDay('2024-01-15'), 12))).toBe('2025-01-15');
  });
});
