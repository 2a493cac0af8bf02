import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Working-day arithmetic in SQL, so timeliness metrics run in the database. Same definitions as
 * libs/calendar/domain: a working day is a weekday that is not an England & Wales bank holiday;
 * working_days_between(a, b) counts the working days after a up to and including b (negative
 * when b < a); add_working_days(d, n) is the nth working day after d (d itself for n = 0).
 */
export class WorkingDayFunctions1730000001000 implements MigrationInterface {
  name = 'WorkingDayFunctions1730000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION is_working_day(d date) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT extract(isodow FROM d) < 6 AND NOT EXISTS (SELECT 1 FROM bank_holidays h WHERE h.holiday_date = d)
      $$;
      -- Whole weeks contribute five working days each; only the remainder (under a week) is walked,
      -- and the bank holidays in the range are subtracted: constant work whatever the distance.
      CREATE FUNCTION working_days_between(a date, b date) RETURNS int LANGUAGE sql STABLE AS $$
        SELECT sign(b - a)::int * (
          (abs(b - a) / 7) * 5
          + (SELECT count(*)::int
               FROM generate_series(least(a, b) + 1 + (abs(b - a) / 7) * 7, greatest(a, b), interval '1 day') AS g(day)
              WHERE extract(isodow FROM g.day) < 6)
          - (SELECT count(*)::int FROM bank_holidays h
              WHERE h.holiday_date > least(a, b) AND h.holiday_date <= greatest(a, b) AND extract(isodow FROM h.holiday_date) < 6))
      $$;
      CREATE FUNCTION add_working_days(d date, n int) RETURNS date LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN n <= 0 THEN d ELSE (
          SELECT g.day::date FROM generate_series(d + 1, d + n * 2 + 30, interval '1 day') AS g(day)
          WHERE is_working_day(g.day::date) ORDER BY g.day OFFSET n - 1 LIMIT 1) END
      $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION add_working_days(date, int); DROP FUNCTION working_days_between(date, date);
      DROP FUNCTION is_working_day(date);`);
  }
}
