import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { describeDatabase, loadConfig, cliScope, runInScope } from '@sli/shared/api-core';
import { appendFileSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { DataSource } from 'typeorm';
// The benchmark boots the API's own module (same database, same migrations); an app has no alias.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule } from '../../../apps/api/src/app.module';

/**
 * Working-days benchmark: times add_working_days as migrated now (constant work, 1730000001700)
 * against its first, day-by-day definition (1730000001000, recreated here as a session-temporary
 * function) over the same rows, checks they agree, and appends a row to the "Working days in SQL"
 * section of docs/benchmarks.md. Run with `npm run bench:working-days -- --rows 100000` on PGlite
 * or with DATABASE_URL.
 */
const OLD_DEFINITION = `
  CREATE FUNCTION pg_temp.old_add_working_days(d date, n int) RETURNS date LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN n <= 0 THEN d ELSE (
      SELECT g.day::date FROM generate_series(d + 1, d + n * 2 + 30, interval '1 day') AS g(day)
      WHERE public.is_working_day(g.day::date) ORDER BY g.day OFFSET n - 1 LIMIT 1) END
  $$`;

const SECTION = '## Working days in SQL';
const HEADER = `
${SECTION} (\`npm run bench:working-days -- --rows N\`)

\`add_working_days(d, n)\` over N rows (start dates spread over ten years, n from 1 to 20, as the
rapid-review and notification metrics use it): the first definition walked every day with a
bank-holiday lookup per day; the current one counts whole weeks and adds back only the holidays
in the span. The run stops unless both give the same sum of days over all N rows and the same
date on each of the first 36,530 rows.

| date | machine | database | rows | old | new | old per row | new per row | speed-up |
|---|---|---|---|---|---|---|---|---|
`;

async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf('--rows');
  const rows = i >= 0 ? Number(argv[i + 1]) : 100_000;
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows must be a positive whole number, got ${argv[i + 1]}`);
  const out = 'docs/benchmarks.md';

  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'], abortOnError: false });
  const runner = app.get(DataSource).createQueryRunner();
  try {
    await runner.connect();
    await runner.query(OLD_DEFINITION);
    // Start dates cycle through ten years day by day; n cycles through 1..20.
    const sql = (fn: string) =>
      `SELECT count(*)::int AS rows, sum(${fn}(DATE '2016-01-01' + (i % 3653), 1 + i % 20) - DATE '2016-01-01')::bigint AS total
         FROM generate_series(0, $1::int - 1) AS i`;
    const time = async (fn: string) => {
      await runner.query(sql(fn), [Math.min(rows, 1000)]); // warm up plans and caches
      const t = performance.now();
      const [r] = (await runner.query(sql(fn), [rows])) as { rows: number; total: string }[];
      return { ms: performance.now() - t, total: r?.total };
    };
    const oldRun = await time('pg_temp.old_add_working_days');
    const newRun = await time('public.add_working_days');
    const [mismatch] = (await runner.query(
      `SELECT count(*)::int AS n FROM generate_series(0, $1::int - 1) AS i
        WHERE pg_temp.old_add_working_days(DATE '2016-01-01' + (i % 3653), 1 + i % 20)
              IS DISTINCT FROM public.add_working_days(DATE '2016-01-01' + (i % 3653), 1 + i % 20)`,
      [Math.min(rows, 36_530)],
    )) as { n: number }[];
    if (oldRun.total !== newRun.total || mismatch?.n !== 0)
      throw new Error(`old and new add_working_days disagree (sums ${oldRun.total} / ${newRun.total}, ${mismatch?.n} rows differ)`);

    const cpu = cpus();
    const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
    const perRow = (ms: number) => `${((ms * 1000) / rows).toFixed(ms * 1000 < rows * 10 ? 2 : 1)} µs`;
    const line =
      `| ${new Date().toISOString().slice(0, 10)} | ${machine} | ${describeDatabase(loadConfig())} | ` +
      `${rows.toLocaleString('en-GB')} | ${Math.round(oldRun.ms).toLocaleString('en-GB')} ms | ` +
      `${Math.round(newRun.ms).toLocaleString('en-GB')} ms | ${perRow(oldRun.ms)} | ${perRow(newRun.ms)} | ` +
      `${(oldRun.ms / newRun.ms).toFixed(0)}× |\n`;
    // The section is the last in the file, so each run's row goes at the end.
    if (!readFileSync(out, 'utf8').includes(SECTION)) appendFileSync(out, HEADER);
    appendFileSync(out, line);
    process.stdout.write(line);
  } finally {
    await runner.release();
    await app.close();
  }
}

// A command line works as a system task: every partnership, recorded in the change history as cli:bench.
runInScope(cliScope('bench'), () => main(process.argv.slice(2))).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
