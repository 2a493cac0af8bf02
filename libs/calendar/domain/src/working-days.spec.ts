import fc from 'fast-check';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './england-and-wales-bank-holidays';
import { addWorkingDays, isWeekend, isWorkingDay, workingDaysBetween } from './working-days';

const holidays: ReadonlySet<string> = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date));
const add = (from: string, days: number) => addWorkingDays(from, days, holidays);
const between = (a: string, b: string) => workingDaysBetween(a, b, holidays);

/** The slow, obviously right count: step through every day after a up to b. */
function naiveBetween(a: string, b: string): number {
  if (b < a) return 0 - naiveBetween(b, a);
  let count = 0;
  const day = new Date(`${a}T00:00:00Z`);
  for (;;) {
    day.setUTCDate(day.getUTCDate() + 1);
    const iso = day.toISOString().slice(0, 10);
    if (iso > b) return count;
    if (isWorkingDay(iso, holidays)) count += 1;
  }
}

/** Any date from 2015 to 2027, the years the shipped calendar covers. */
const dateIn2015to2027 = fc
  .integer({ min: Date.UTC(2015, 0, 1) / 86_400_000, max: Date.UTC(2027, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

describe('working days', () => {
  it('ships only weekday holidays, each once', () => {
    const dates = ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates.filter((d) => isWeekend(d))).toEqual([]);
  });

  it('knows weekends and holidays are not working days', () => {
    expect(isWorkingDay('2024-06-07', holidays)).toBe(true); // Friday
    expect(isWorkingDay('2024-06-08', holidays)).toBe(false); // Saturday
    expect(isWorkingDay('2024-06-09', holidays)).toBe(false); // Sunday
    expect(isWorkingDay('2024-12-25', holidays)).toBe(false); // Christmas Day, a Wednesday
    expect(isWorkingDay('2024-12-25', new Set())).toBe(true);
  });

  describe('addWorkingDays', () => {
    it('counts from the day after, so 0 days is the day itself', () => {
      expect(add('2024-06-05', 0)).toBe('2024-06-05');
      expect(add('2024-06-08', 0)).toBe('2024-06-08'); // a Saturday stays put
      expect(add('2024-06-05', 1)).toBe('2024-06-06');
      expect(add('2024-06-05', 2)).toBe('2024-06-07');
    });

    it('skips weekends', () => {
      expect(add('2024-06-07', 1)).toBe('2024-06-10'); // Friday + 1 = Monday
      expect(add('2024-06-08', 1)).toBe('2024-06-10'); // Saturday + 1 = Monday
      expect(add('2024-06-09', 1)).toBe('2024-06-10'); // Sunday + 1 = Monday
      expect(add('2024-06-03', 5)).toBe('2024-06-10'); // Monday + 5 = next Monday
      expect(add('2024-06-03', 15)).toBe('2024-06-24'); // three whole weeks
    });

    it('skips Christmas and New Year, substitute days included', () => {
      // 2020: Christmas Friday, Boxing Day Saturday (substitute Monday 28th), New Year Friday.
      expect(add('2020-12-24', 1)).toBe('2020-12-29');
      expect(add('2020-12-24', 3)).toBe('2020-12-31');
      expect(add('2020-12-24', 4)).toBe('2021-01-04');
      // 2021: Christmas and Boxing Day at the weekend (substitutes 27th and 28th); New Year's Day
      // 2022 a Saturday (substitute Monday 3 January).
      expect(add('2021-12-24', 1)).toBe('2021-12-29');
      expect(add('2021-12-31', 1)).toBe('2022-01-04');
      expect(add('2021-12-23', 5)).toBe('2022-01-04');
      // 2022: Christmas Day a Sunday (substitute Tuesday 27th); New Year's Day 2023 a Sunday.
      expect(add('2022-12-23', 1)).toBe('2022-12-28');
      expect(add('2022-12-30', 1)).toBe('2023-01-03');
    });

    it('skips a substitute day on its own', () => {
      // Boxing Day 2015 was a Saturday: Monday 28 December was the holiday instead.
      expect(isWorkingDay('2015-12-28', holidays)).toBe(false);
      expect(add('2015-12-24', 1)).toBe('2015-12-29');
    });

    it('skips Easter', () => {
      expect(add('2024-03-28', 1)).toBe('2024-04-02'); // Good Friday 29 March, Easter Monday 1 April
      expect(add('2025-04-17', 1)).toBe('2025-04-22'); // Good Friday 18 April, Easter Monday 21 April
    });

    it('skips the one-off holidays for national events', () => {
      // Spring bank holiday moved to Thursday 2 June 2022, then the Platinum Jubilee on Friday 3 June.
      expect(add('2022-05-27', 5)).toBe('2022-06-07');
      expect(add('2022-06-01', 1)).toBe('2022-06-06');
      // The State Funeral of Queen Elizabeth II, Monday 19 September 2022.
      expect(add('2022-09-16', 1)).toBe('2022-09-20');
      // The Coronation, Monday 8 May 2023, a week after the early May bank holiday.
      expect(add('2023-05-05', 1)).toBe('2023-05-09');
      expect(add('2023-04-28', 5)).toBe('2023-05-09');
      // VE Day 2020 moved the early May bank holiday to Friday 8 May.
      expect(add('2020-05-07', 1)).toBe('2020-05-11');
      expect(isWorkingDay('2020-05-04', holidays)).toBe(true);
    });

    it('counts back for negative days, a weekend standing where the Friday before it does', () => {
      expect(add('2024-06-10', -1)).toBe('2024-06-07'); // Monday − 1 = Friday
      expect(add('2024-06-07', -1)).toBe('2024-06-06'); // Friday − 1 = Thursday
      expect(add('2024-06-08', -1)).toBe('2024-06-06'); // Saturday − 1 = Thursday, as Friday − 1
      expect(add('2022-06-06', -1)).toBe('2022-06-01'); // back over the Jubilee weekend
    });

    it('rejects a malformed date or a fractional count', () => {
      expect(() => add('2024-02-30', 1)).toThrow(RangeError);
      expect(() => add('24-06-01', 1)).toThrow(RangeError);
      expect(() => add('2024-06-03', 1.5)).toThrow(RangeError);
    });

    it('is not moved by the local time zone', () => {
      const original = process.env['TZ'];
      try {
        for (const tz of ['Europe/London', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
          process.env['TZ'] = tz;
          expect(add('2024-03-29', 1)).toBe('2024-04-02'); // across the UK clock change on 31 March
          expect(add('2024-10-25', 1)).toBe('2024-10-28'); // across the change back on 27 October
          expect(between('2024-03-01', '2024-03-31')).toBe(19); // 20 weekdays after the 1st, less Good Friday
        }
      } finally {
        if (original === undefined) delete process.env['TZ'];
        else process.env['TZ'] = original;
      }
    });
  });

  describe('workingDaysBetween', () => {
    it('counts the working days after the first date up to and including the second', () => {
      expect(between('2024-06-03', '2024-06-03')).toBe(0);
      expect(between('2024-06-03', '2024-06-04')).toBe(1);
      expect(between('2024-06-07', '2024-06-10')).toBe(1); // Friday to Monday
      expect(between('2024-06-08', '2024-06-09')).toBe(0); // Saturday to Sunday
      expect(between('2024-06-03', '2024-06-30')).toBe(19);
    });

    it('leaves out holidays, one-off ones included', () => {
      expect(between('2022-05-27', '2022-06-07')).toBe(5);
      expect(between('2021-12-24', '2022-01-04')).toBe(4);
      expect(between('2022-09-16', '2022-09-20')).toBe(1);
      expect(between('2023-05-05', '2023-05-09')).toBe(1);
      expect(between('2024-03-28', '2024-04-02')).toBe(1);
      // 2022 as a whole: 260 weekdays, 10 of them holidays (2022-01-01 is excluded, a Saturday).
      expect(between('2021-12-31', '2022-12-31')).toBe(250);
    });

    it('is negative, with the same size, when the second date is earlier', () => {
      expect(between('2022-06-07', '2022-05-27')).toBe(-5);
      expect(between('2024-06-10', '2024-06-07')).toBe(-1);
    });

    it('agrees with a day-by-day count', () => {
      fc.assert(
        fc.property(dateIn2015to2027, dateIn2015to2027, (a, b) => {
          expect(between(a, b)).toBe(naiveBetween(a, b));
        }),
        { numRuns: 300 },
      );
    });

    it('adds up over consecutive ranges', () => {
      fc.assert(
        fc.property(dateIn2015to2027, dateIn2015to2027, dateIn2015to2027, (a, b, c) => {
          expect(between(a, b) + between(b, c)).toBe(between(a, c));
        }),
      );
    });
  });

  it('undoes addWorkingDays: workingDaysBetween(d, addWorkingDays(d, n)) = n', () => {
    fc.assert(
      fc.property(dateIn2015to2027, fc.integer({ min: -400, max: 400 }), (d, n) => {
        const result = add(d, n);
        expect(between(d, result)).toBe(n);
        if (n !== 0) expect(isWorkingDay(result, holidays)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('undoes it on every day of the holiday-heavy weeks too', () => {
    for (const start of ['2021-12-20', '2022-05-30', '2022-09-12', '2023-05-01', '2024-03-25']) {
      for (let offset = 0; offset < 21; offset += 1) {
        const day = new Date(`${start}T00:00:00Z`);
        day.setUTCDate(day.getUTCDate() + offset);
        const from = day.toISOString().slice(0, 10);
        for (let n = -12; n <= 12; n += 1) expect(between(from, add(from, n))).toBe(n);
      }
    }
  });
});
