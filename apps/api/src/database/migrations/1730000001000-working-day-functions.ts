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
      CREATE FUNCTION working_days_between(a date, b date) RETURNS int LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN b >= a THEN 1 ELSE -1 END * (
          SELECT count(*)::int FROM generate_series(least(a, b) + 1, greatest(a, b), interval '1 day') AS g(day)
          WHERE is_working_day(g.day::date))
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
