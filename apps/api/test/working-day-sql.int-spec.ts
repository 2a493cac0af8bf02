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
});
