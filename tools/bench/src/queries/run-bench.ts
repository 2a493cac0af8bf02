import { loadavg } from 'node:os';
import pg from 'pg';
import { runClients, type ConcurrencyResult } from './concurrency';
import { createDatabase, databaseUrl, dropDatabase } from './database';
import { FloorReplayer } from './floor';
import { postGraphQL } from './graphql-client';
import { loadBundle, type LoadResult } from './load';
import { measureQueries, type QueryMeasurement, type Scope } from './measure-queries';
import { LoadSampler, MemorySampler, residentMb } from './memory';
import { queryCatalogue } from './query-catalogue';
import { variablesFor, type VariableContext } from './query-variables';
import { SINGLE_SQL } from './single-sql';
import type { RunningApi } from './api-process';
import { WireCapture } from './wire-capture';
import type { GenerateOptions } from '@sli/seed';

export interface BenchOptions {
  bundle: GenerateOptions;
  /** The server's maintenance database URL, e.g. postgres://postgres@127.0.0.1:5432/postgres. */
  serverUrl: string;
  database: string;
  /** Load into a fresh database (true), or use the one there with the load figures given. */
  load: true | LoadResult;
  iterations: number;
  minIterations: number;
  budgetMs: number;
  /** Send each query once to the timed API before timing it (the benchmark does; the CI run does not). */
  warmUp: boolean;
  clients: number[];
  concurrencySeconds: number;
  /** The financial year the dashboard opens on, e.g. 2025/26. */
  financialYear: string;
  /** Starts an API on a database URL (the first one timed, the second through the capture). */
  startApi: (databaseUrl: string, role: 'timing' | 'capture') => Promise<RunningApi>;
  /** Only these catalogued queries (by name), e.g. for a quick look. */
  only?: string[];
  dropAfter: boolean;
  /** Told the load's figures as soon as the bundle is in (to keep them for a later --reuse). */
  onLoaded?: (load: LoadResult) => void;
  log: (line: string) => void;
}

export interface BenchResult {
  startedAt: string;
  seconds: number;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; postgres: string };
  loadAverage: { min: number; mean: number; max: number; samples: number };
  load: LoadResult;
  options: Pick<BenchOptions, 'iterations' | 'minIterations' | 'budgetMs' | 'clients' | 'concurrencySeconds' | 'financialYear'>;
  queries: QueryMeasurement[];
  concurrency: (ConcurrencyResult & { scope: Scope })[];
  memory: { idleMb: number; peakQueriesMb: number; peakHwmMb: number };
}

/** The whole benchmark: load, measure every query beside its floor, then concurrent clients. */
export async function runBench(o: BenchOptions, machine: BenchResult['machine']): Promise<BenchResult> {
  const started = new Date();
  const loadSampler = new LoadSampler(loadavg);
  const url = databaseUrl(o.serverUrl, o.database);
  let load: LoadResult;
  if (o.load === true) {
    await createDatabase(o.serverUrl, o.database);
    load = await loadBundle(url, o.bundle, o.log);
    o.onLoaded?.(load);
  } else load = o.load;

  const target = new URL(url);
  const wire = new WireCapture({ host: target.hostname, port: Number(target.port || 5432) });
  const capturePort = await wire.listen();
  const captureUrl = new URL(url);
  captureUrl.host = `127.0.0.1:${capturePort}`;
  const floor = new FloorReplayer(url);
  const apis: RunningApi[] = [];
  try {
    const timing = await o.startApi(url, 'timing');
    apis.push(timing);
    const capture = await o.startApi(captureUrl.toString(), 'capture');
    apis.push(capture);
    const memory = new MemorySampler(timing.pid);
    const idleMb = residentMb(timing.pid)?.rss ?? 0;

    const one = load.partnershipIds[0];
    if (!one) throw new Error('the bundle made no partnership');
    const start = Number(o.financialYear.slice(0, 4));
    const range = { financialYear: o.financialYear, from: `${start}-04-01`, to: `${start + 1}-03-31`, asOf: `${start + 1}-03-31` };
    const contexts: Record<Scope, VariableContext> = { one: { partnershipId: one, ...range }, all: { partnershipId: null, ...range } };
    const catalogue = queryCatalogue().filter((q) => !o.only || o.only.includes(q.name));
    const recordIds = await pickRecords(url, one, [...new Set(catalogue.flatMap((q) => (q.recordTable ? [q.recordTable] : [])))]);

    const queries = await measureQueries(
      catalogue,
      { timingOrigin: timing.origin, captureOrigin: capture.origin, wire, token: load.token, floor, singles: SINGLE_SQL, contexts, recordIds },
      { iterations: o.iterations, minIterations: o.minIterations, budgetMs: o.budgetMs, warmUp: o.warmUp, log: o.log },
    );
    const peakQueriesMb = memory.peak();

    const concurrency: BenchResult['concurrency'] = [];
    const overview = catalogue.find((q) => q.name === 'OverviewHeadlines') ?? queryCatalogue().find((q) => q.name === 'OverviewHeadlines');
    if (!overview) throw new Error('OverviewHeadlines is not among the generated documents');
    for (const scope of ['one', 'all'] as const) {
      const variables = variablesFor(overview.document, contexts[scope], overview.given) as Record<string, unknown>;
      for (const clients of o.clients) {
        memory.reset();
        const r = await runClients(clients, o.concurrencySeconds * 1000, () => postGraphQL(timing.origin, load.token, overview.document, variables), () => memory.peak());
        o.log(`overview [${scope}] × ${clients} clients: ${r.perSecond.toFixed(1)} req/s, p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, ${r.errors} errors${r.firstError ? ` (${r.firstError})` : ''}`);
        concurrency.push({ ...r, scope });
      }
    }
    const peakHwmMb = residentMb(timing.pid)?.hwm ?? 0;
    memory.stop();
    return {
      startedAt: started.toISOString(),
      seconds: (Date.now() - started.getTime()) / 1000,
      machine,
      loadAverage: loadSampler.summary(),
      load,
      options: { iterations: o.iterations, minIterations: o.minIterations, budgetMs: o.budgetMs, clients: o.clients, concurrencySeconds: o.concurrencySeconds, financialYear: o.financialYear },
      queries,
      concurrency,
      memory: { idleMb, peakQueriesMb, peakHwmMb },
    };
  } finally {
    await floor.close();
    for (const api of apis.reverse()) await api.stop();
    await wire.close();
    if (o.dropAfter) await dropDatabase(o.serverUrl, o.database);
  }
}

/** A record per table for the record pages. */
async function pickRecords(url: string, partnershipId: string, tables: string[]): Promise<Record<string, string | undefined>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ids: Record<string, string | undefined> = {};
    for (const table of tables) {
      const scoped = await client.query(`SELECT 1 FROM information_schema.columns WHERE table_name = $1 AND column_name = 'partnership_id'`, [table]);
      // The one partnership's record; another's where it has none (a small bundle may hold no meeting there).
      const sql = scoped.rowCount
        ? `SELECT id::text FROM "${table}" ORDER BY (partnership_id = $1) DESC, id LIMIT 1`
        : `SELECT id::text FROM "${table}" ORDER BY id LIMIT 1`;
      const rows = await client.query<{ id: string }>(sql, scoped.rowCount ? [partnershipId] : []);
      ids[table] = rows.rows[0]?.id;
    }
    return ids;
  } finally {
    await client.end();
  }
}
