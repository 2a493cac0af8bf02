import { addWorkingDays, ENGLAND_AND_WALES_BANK_HOLIDAYS, workingDaysBetween } from '@sli/calendar-domain';
import { startTestApi, type TestApi } from './harness';

/** The SQL functions the metrics use must agree with the TypeScript calendar, day for day. */
describe('Working-day SQL functions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('agree with libs/calendar/domain across year ends, Easter and one-off holidays', async () => {
    const holidays = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date));
    const starts = ['2021-12-23', '2022-05-27', '2022-09-16', '2023-04-06', '2023-05-05', '2024-12-20', '2025-04-17', '2026-12-24'];
    const rows: { start: string; n: number; added: string; back: number }[] = await api.db.query(
      `SELECT s.start::text AS start, n, add_working_days(s.start, n)::text AS added,
              working_days_between(s.start, add_working_days(s.start, n)) AS back
         FROM unnest($1::date[]) AS s(start) CROSS JOIN generate_series(0, 20) AS n`,
      [starts],
    );
    expect(rows).toHaveLength(starts.length * 21);
    // Long spans too: whole weeks are counted arithmetically, so check them against the walk in TS.
    const spans: { a: string; b: string; n: number }[] = await api.db.query(
      `SELECT a::text AS a, b::text AS b, working_days_between(a, b) AS n
         FROM (VALUES ('2015-01-01'::date, '2027-12-31'::date), ('2022-06-01', '2022-09-30'), ('2027-12-31', '2015-01-01'),
                      ('2024-03-28', '2024-04-02'), ('2023-12-22', '2024-01-02')) AS v(a, b)`,
    );
    for (const s of spans) expect(s.n).toBe(workingDaysBetween(s.a, s.b, holidays));
    for (const r of rows) {
      expect(r.added).toBe(addWorkingDays(r.start, r.n, holidays));
      expect(r.back).toBe(r.n);
      expect(workingDaysBetween(r.start, r.added, holidays)).toBe(r.n);
    }
  });

  // Every start date over two years (two Christmases, two Easters) × n in -2..40, against the first,
  // day-by-day definition inlined here (migration 1730000001000) and against the TypeScript calendar.
  const compareWithOldDefinition = async (from: string, to: string, holidays: ReadonlySet<string>) => {
    const rows: { start: string; n: number; added: string; old: string }[] = await api.db.query(
      `WITH grid AS (
         SELECT s.start::date AS start, n FROM generate_series($1::date, $2::date, interval '1 day') AS s(start)
         CROSS JOIN generate_series(-2, 40) AS n)
       SELECT grid.start::text AS start, grid.n, add_working_days(grid.start, grid.n)::text AS added,
              (CASE WHEN grid.n <= 0 THEN grid.start ELSE (
                 SELECT g.day::date FROM generate_series(grid.start + 1, grid.start + grid.n * 2 + 30, interval '1 day') AS g(day)
                  WHERE extract(isodow FROM g.day) < 6
                    AND NOT EXISTS (SELECT 1 FROM bank_holidays h WHERE h.holiday_date = g.day::date)
                  ORDER BY g.day OFFSET grid.n - 1 LIMIT 1) END)::text AS old
         FROM grid`,
      [from, to],
    );
    const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
    expect(rows).toHaveLength(days * 43);
    const wrong = rows.filter(
      (r) => r.added !== r.old || r.added !== (r.n <= 0 ? r.start : addWorkingDays(r.start, r.n, holidays)),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  };

  it('add_working_days gives the same day as the first definition and the TS calendar, every start over two years', async () => {
    const holidays = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date));
    await compareWithOldDefinition('2023-01-01', '2024-12-31', holidays);
    const [edge] = await api.db.query(
      `SELECT add_working_days(NULL, 3) AS a, add_working_days('2024-01-01', NULL) AS b, add_working_days('2024-12-24', 0)::text AS c,
              add_working_days('2024-12-24', -5)::text AS d`,
    );
    expect(edge).toEqual({ a: null, b: null, c: '2024-12-24', d: '2024-12-24' });
  });

  it('follows a bank holiday an admin adds at runtime at once', async () => {
    // A one-off weekday holiday and one on a Saturday (which changes nothing): results move immediately.
    const added = ['2024-06-12', '2024-06-15'];
    const before: { d: string }[] = await api.db.query(`SELECT add_working_days('2024-06-11', 1)::text AS d`);
    expect(before[0]?.d).toBe('2024-06-12');
    await api.db.query(
      `INSERT INTO bank_holidays (holiday_date, name, source) SELECT d, 'Test one-off holiday', 'admin' FROM unnest($1::date[]) AS d`,
      [added],
    );
    try {
      const after: { d: string }[] = await api.db.query(`SELECT add_working_days('2024-06-11', 1)::text AS d`);
      expect(after[0]?.d).toBe('2024-06-13');
      const holidays = new Set([...ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date), ...added]);
      await compareWithOldDefinition('2024-04-01', '2024-07-31', holidays);
    } finally {
      await api.db.query(`DELETE FROM bank_holidays WHERE holiday_date = ANY($1::date[])`, [added]);
    }
  });

  it('marks the working-day functions parallel safe', async () => {
    const rows: { proname: string; proparallel: string }[] = await api.db.query(
      `SELECT proname, proparallel FROM pg_proc
        WHERE proname IN ('add_working_days', 'working_days_between', 'is_working_day') ORDER BY proname`,
    );
    expect(rows).toEqual([
      { proname: 'add_working_days', proparallel: 's' },
      { proname: 'is_working_day', proparallel: 's' },
      { proname: 'working_days_between', proparallel: 's' },
    ]);
  });
});
