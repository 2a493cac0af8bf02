import { financialYearLabel, financialYearOf, todayInEngland } from '@sli/analytics-domain';
import { DEFAULT_OPTIONS, NATIONAL_OPTIONS } from '@sli/seed';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import pg from 'pg';
import { BENCHMARKS_DOC, writeSection } from './benchmarks-doc';
import { spawnApi } from './queries/api-process';
import { databaseUrl, DEFAULT_SERVER_URL } from './queries/database';
import type { LoadResult } from './queries/load';
import { querySection, resultForFile, type SavedResult } from './queries/query-report';
import { runBench } from './queries/run-bench';

/**
 * Query benchmark (issue 12): loads the seed generator's bundle into a fresh PostgreSQL database,
 * measures every dashboard query and analyst-guide example beside its floor, for one partnership and
 * for all, then 1, 10 and 50 concurrent clients on the overview, and writes docs/benchmarks.md.
 *
 *   npm run bench:queries -- --scale national|small [--iterations N] [--port 3460] [--database NAME]
 *     [--capture-port 3461] [--server postgres://postgres@127.0.0.1:5432/postgres] [--clients 1,10,50] [--seconds 10]
 *     [--keep] [--reuse] [--only Name,Name] [--no-write]
 */
const USAGE = `Usage: bench:queries -- [--scale national|small] [--iterations N] [--min-iterations N] [--budget-seconds N]
  [--port N] [--capture-port N] [--database NAME] [--server URL] [--clients 1,10,50] [--seconds N] [--keep] [--reuse] [--only A,B] [--no-write]`;

function parse(argv: string[]) {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value\n${USAGE}`);
    return v;
  };
  const number = (name: string, fallback: number) => {
    const v = value(name);
    if (v === undefined) return fallback;
    if (!/^\d+$/.test(v)) throw new Error(`--${name} needs a whole number, got "${v}"`);
    return Number(v);
  };
  const scale = value('scale') ?? 'national';
  if (scale !== 'national' && scale !== 'small') throw new Error(`--scale is national or small, got "${scale}"`);
  return {
    scale,
    bundle: scale === 'national' ? NATIONAL_OPTIONS : DEFAULT_OPTIONS,
    iterations: number('iterations', scale === 'national' ? 10 : 20),
    minIterations: number('min-iterations', 3),
    budgetMs: number('budget-seconds', 6) * 1000,
    port: number('port', 3460),
    capturePort: number('capture-port', number('port', 3460) + 1),
    database: value('database') ?? `sli_bench_queries_${scale}`,
    server: value('server') ?? DEFAULT_SERVER_URL,
    clients: (value('clients') ?? '1,10,50').split(',').map((c) => Number(c)),
    seconds: number('seconds', 10),
    keep: argv.includes('--keep'),
    reuse: argv.includes('--reuse'),
    only: value('only')?.split(','),
    write: !argv.includes('--no-write'),
  };
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const a = parse(argv);
  const log = (line: string) => process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);
  // --reuse skips the load: the database and the load's figures are those kept by an earlier --keep run.
  const loadFile = `tmp/query-bench-${a.database}-load.json`;
  const load: true | LoadResult = a.reuse ? (JSON.parse(readFileSync(loadFile, 'utf8')) as LoadResult) : true;
  const lastYear = financialYearOf(todayInEngland()) - 1;
  const result = await runBench(
    {
      bundle: a.bundle,
      serverUrl: a.server,
      database: a.database,
      load,
      iterations: a.iterations,
      minIterations: a.minIterations,
      budgetMs: a.budgetMs,
      warmUp: true,
      clients: a.clients,
      concurrencySeconds: a.seconds,
      financialYear: financialYearLabel(lastYear),
      startApi: (url, role) => spawnApi(url, role === 'timing' ? a.port : a.capturePort, log),
      only: a.only,
      dropAfter: !a.keep,
      onLoaded: (loaded) => {
        if (!a.keep) return;
        mkdirSync(dirname(loadFile), { recursive: true });
        writeFileSync(loadFile, JSON.stringify(loaded));
      },
      log,
    },
    await machine(a.server),
  );
  if (!a.write) return;
  const json = `docs/benchmarks/queries-${a.scale}.json`;
  const previous = existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as SavedResult) : null;
  // The flags as given, less those that only reuse or keep the database.
  const flags = argv.filter((f) => f !== '--keep' && f !== '--reuse').join(' ');
  const command = `nice -n 10 npm run bench:queries -- ${flags}`;
  writeSection(BENCHMARKS_DOC, `## Queries, ${a.scale} scale (\`npm run bench:queries -- --scale ${a.scale}\`)`, querySection(result, command, previous));
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(json, `${JSON.stringify(resultForFile(result), null, 1)}\n`);
  log(`wrote ${BENCHMARKS_DOC} and ${json}`);
}

async function machine(serverUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  const version = (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]?.v ?? '?';
  await client.end();
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    postgres: `PostgreSQL ${version}`,
  };
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
