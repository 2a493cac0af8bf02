import { addWorkingDays, ENGLAND_AND_WALES_BANK_HOLIDAYS, workingDaysBetween } from '@sli/calendar-domain';
import { DataSource } from 'typeorm';
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
    const rows: { start: string; n: number; added: string; back: number }[] = await api.app.get(DataSource).query(
      `SELECT s.start::text AS start, n, add_working_days(s.start, n)::text AS added,
              working_days_between(s.start, add_working_days(s.start, n)) AS back
         FROM unnest($1::date[]) AS s(start) CROSS JOIN generate_series(0, 20) AS n`,
      [starts],
    );
    expect(rows).toHaveLength(starts.length * 21);
    for (const r of rows) {
      expect(r.added).toBe(addWorkingDays(r.start, r.n, holidays));
      expect(r.back).toBe(r.n);
      expect(workingDaysBetween(r.start, r.added, holidays)).toBe(r.n);
    }
  });
});
