import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Constant-work add_working_days (issue 12). The first definition (1730000001000) walked a
 * generate_series day by day with a bank-holiday lookup per day: 0.45 ms a row and PARALLEL UNSAFE,
 * most of the rapid-review statement at national scale. This one counts whole weeks
 * arithmetically (five working days each) and then adds back only the bank holidays that fell in
 * the span, a loop over the few holidays rather than the days. It reads bank_holidays on every call,
 * so a holiday an admin adds counts at once. Same results as before: n <= 0 gives d, NULLs give NULL.
 * The three functions only read, so they are marked PARALLEL SAFE.
 */
export class FastWorkingDays1730000001700 implements MigrationInterface {
  name = 'FastWorkingDays1730000001700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION add_working_days(d date, n int) RETURNS date
      LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $$
      DECLARE
        start date := d;   -- count working days after this date...
        todo int := n;     -- ...this many of them
        dow int;
        passed int;        -- weekdays of the current week up to start (0 on Monday, 4 from Friday on)
        target date;
        skipped int;
      BEGIN
        IF n <= 0 THEN RETURN d; END IF;
        LOOP
          -- The todo-th weekday after start: Monday of start's week, whole weeks, then the remainder.
          dow := extract(isodow FROM start)::int;
          passed := least(dow, 5) - 1;
          target := start - (dow - 1) + ((passed + todo) / 5) * 7 + (passed + todo) % 5;
          -- Each weekday bank holiday in (start, target] pushes the answer one working day further.
          SELECT count(*)::int INTO skipped FROM bank_holidays h
           WHERE h.holiday_date > start AND h.holiday_date <= target AND extract(isodow FROM h.holiday_date) < 6;
          IF skipped = 0 THEN RETURN target; END IF;
          start := target;
          todo := skipped;
        END LOOP;
      END
      $$;
      ALTER FUNCTION is_working_day(date) PARALLEL SAFE;
      ALTER FUNCTION working_days_between(date, date) PARALLEL SAFE;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION add_working_days(d date, n int) RETURNS date
      LANGUAGE sql STABLE CALLED ON NULL INPUT PARALLEL UNSAFE AS $$
        SELECT CASE WHEN n <= 0 THEN d ELSE (
          SELECT g.day::date FROM generate_series(d + 1, d + n * 2 + 30, interval '1 day') AS g(day)
          WHERE is_working_day(g.day::date) ORDER BY g.day OFFSET n - 1 LIMIT 1) END
      $$;
      ALTER FUNCTION is_working_day(date) PARALLEL UNSAFE;
      ALTER FUNCTION working_days_between(date, date) PARALLEL UNSAFE;
    `);
  }
}
