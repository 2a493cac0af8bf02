import { randomBytes } from 'node:crypto';
import { createApp } from '../src/bootstrap';
// The query benchmark's core, run at a tiny scale so it cannot rot (issue 12); tools have no alias.
/* eslint-disable @nx/enforce-module-boundaries */
import { databaseUrl } from '../../../tools/bench/src/queries/database';
import { queryCatalogue } from '../../../tools/bench/src/queries/query-catalogue';
import { querySection, queryTable } from '../../../tools/bench/src/queries/query-report';
import { runBench, type BenchResult } from '../../../tools/bench/src/queries/run-bench';
/* eslint-enable @nx/enforce-module-boundaries */

/*
 * `npm run bench:queries` at the smallest scale: a database of its own (created and dropped here) with
 * 2 partnerships × 2 years, every dashboard query and analyst-guide example asked for one partnership and
 * for all, once each beside the replay of its captured statements, and 1 and 2 clients on the overview.
 * Nothing here depends on a timing: it checks that every query answers, that its statements were captured
 * and replayed, and that the report lists them all. PostgreSQL only: the floor replays statements on a
 * server with bare `pg` clients, and the capture relays the server's wire protocol.
 */
const ORIGINAL_URL = process.env['DATABASE_URL'];
const describePostgres = ORIGINAL_URL ? describe : describe.skip;
if (!ORIGINAL_URL) process.stderr.write('query-bench.int-spec: skipped on PGlite (needs a PostgreSQL server: set DATABASE_URL)\n');

describePostgres('query benchmark at a tiny scale', () => {
  let result: BenchResult;
  const catalogue = queryCatalogue();

  beforeAll(async () => {
    const saved = { ...process.env };
    const apiEnv = { NODE_ENV: 'test', RATE_LIMIT_PER_MINUTE: '0', AUTH_RATE_LIMIT_PER_MINUTE: '0', REMINDERS_EVERY_SECONDS: '0' };
    // The loading context and both APIs: no rate limits, no reminder rounds in the background.
    Object.assign(process.env, apiEnv);
    try {
      result = await runBench(
        {
          bundle: { seed: 2026, partnerships: 2, years: 2, lastYearStart: 2025 },
          serverUrl: databaseUrl(ORIGINAL_URL as string, 'postgres'),
          database: `sli_qbench_${randomBytes(4).toString('hex')}`,
          load: true,
          iterations: 1,
          minIterations: 1,
          budgetMs: 0,
          warmUp: false,
          clients: [1, 2],
          concurrencySeconds: 0.5,
          financialYear: '2025/26',
          // The API in this process, on the benchmark's database (directly, or through the capture).
          startApi: async (url) => {
            process.env['DATABASE_URL'] = url;
            const app = await createApp({ logger: ['error'] });
            await app.listen(0, '127.0.0.1');
            const { port } = app.getHttpServer().address() as { port: number };
            return { origin: `http://127.0.0.1:${port}`, pid: process.pid, stop: () => app.close() };
          },
          dropAfter: true,
          log: () => undefined,
        },
        { cores: 2, cpu: 'test', memoryGb: 24, node: process.version, postgres: 'PostgreSQL' },
      );
    } finally {
      process.env = saved;
    }
  }, 240_000);

  it('loads the bundle and counts its rows', () => {
    expect(result.load.records).toBeGreaterThan(0);
    expect(result.load.partnershipIds).toHaveLength(2);
    expect(result.load.tables.find((t) => t.table === 'reviews')?.rows).toBeGreaterThan(0);
  });

  it('asks every catalogued query without GraphQL errors, with its statements captured and replayed', () => {
    expect(catalogue.length).toBeGreaterThan(100);
    const failed = result.queries.filter((q) => q.error).map((q) => `${q.name} [${q.scope}]: ${q.error}`);
    expect(failed).toEqual([]);
    for (const query of catalogue) {
      const rows = result.queries.filter((q) => q.name === query.name);
      // One row per scope; a query the admin may not ask (MyWork, MyAuditReturns) says why instead.
      expect(rows.map((q) => q.scope)).toEqual(['one', 'all']);
      if (query.notForAdmin) continue;
      const measured = rows.filter((q) => !q.notApplicable);
      // A record page is left out only when the tiny bundle holds no such record at all (no meetings).
      const none = query.recordTable && !result.load.tables.some((t) => t.table === query.recordTable);
      expect({ name: query.name, measured: measured.length > 0 }).toEqual({ name: query.name, measured: !none });
      for (const q of measured) {
        expect(q.iterations).toBe(1);
        expect(q.captured).toBeGreaterThan(0);
        expect(q.connections).toBeGreaterThan(0);
        expect(q.graphql?.p50).toBeGreaterThan(0);
        expect(q.floor?.p50).toBeGreaterThan(0);
      }
    }
  });

  it('counts the nested 100-review list in 3 statements (reviews, themes, actions) and times its single statement', () => {
    const nested = result.queries.filter((q) => q.name === 'NestedReviewList100');
    expect(nested.map((q) => q.statements)).toEqual([3, 3]);
    for (const q of nested) expect(q.single?.p50).toBeGreaterThan(0);
  });

  it('runs the overview with 1 and 2 clients for one partnership and for all, without errors', () => {
    expect(result.concurrency.map((c) => `${c.scope}×${c.clients}`)).toEqual(['one×1', 'one×2', 'all×1', 'all×2']);
    for (const c of result.concurrency) {
      expect(c.errors).toBe(0);
      expect(c.requests).toBeGreaterThan(0);
    }
  });

  it('lists every query in the report table, with the targets and the first-run note', () => {
    const table = queryTable(result.queries).join('\n');
    for (const query of catalogue) expect(table).toContain(`| ${query.name} |`);
    const section = querySection(result, 'npm run bench:queries -- --scale small', null);
    expect(section).toContain('### Targets (issue 12)');
    expect(section).toContain('No earlier run is recorded');
  });
});
