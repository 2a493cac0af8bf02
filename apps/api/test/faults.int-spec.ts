import { randomBytes } from 'node:crypto';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseFailure } from '@sli/shared/api-core';
import { startTestApi, type TestApi } from './harness';

/**
 * Health on either database; on PostgreSQL, faults: backends terminated mid-request, and the server
 * vanishing under load (a loopback TCP proxy drops every connection and refuses new ones for a few
 * seconds; the shared cluster other test files use is never touched). Each fault test works in a
 * database of its own, so terminating "all the API's backends" hits nobody else.
 */
const ORIGINAL_URL = process.env['DATABASE_URL'];
const describePostgres = ORIGINAL_URL ? describe : describe.skip;
const CLEAN_CODES = ['DATABASE_UNAVAILABLE', 'DATABASE_BUSY', 'DATABASE_TIMEOUT'];
const DRIVER_TEXT = /terminating connection|Connection terminated|ECONNREFUSED|ECONNRESET|administrator command|pg_|SQL/i;

const QUERY = `{ partnerships(first: 5) { totalCount nodes { id name } } }`;

describe('health', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api?.close());

  it('answers live and ready while the database answers', async () => {
    const live = await fetch(`${api.baseUrl}/health/live`, { headers: api.headers() });
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.baseUrl}/health/ready`, { headers: api.headers() });
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'up' });
  });
});

describe('database timeouts', () => {
  let api: TestApi;
  const saved = { statement: process.env['DB_STATEMENT_TIMEOUT_MS'], wait: process.env['DB_POOL_WAIT_MS'] };
  beforeAll(async () => {
    process.env['DB_STATEMENT_TIMEOUT_MS'] = '300';
    process.env['DB_POOL_WAIT_MS'] = '500';
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.close();
    for (const [k, v] of [['DB_STATEMENT_TIMEOUT_MS', saved.statement], ['DB_POOL_WAIT_MS', saved.wait]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  // PGlite runs each statement synchronously inside WebAssembly: the session gets statement_timeout
  // but nothing can interrupt a running statement there, so only PostgreSQL cancels it.
  const itOnPostgres = ORIGINAL_URL ? it : it.skip;

  itOnPostgres('cancels a statement that runs past DB_STATEMENT_TIMEOUT_MS, as DATABASE_TIMEOUT', async () => {
    const ds = api.app.get(DataSource);
    const started = Date.now();
    const error = await ds.query('SELECT pg_sleep(3)').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(databaseFailure(error)?.code).toBe('DATABASE_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('fails a caller that waits past DB_POOL_WAIT_MS for a connection, as DATABASE_BUSY, and recovers', async () => {
    const ds = api.app.get(DataSource);
    // Hold every connection the pool has (PGlite: its one session; PostgreSQL: the pool of 10).
    const held = [];
    const size = process.env['DATABASE_URL'] ? 10 : 1;
    for (let i = 0; i < size; i++) {
      const runner = ds.createQueryRunner();
      await runner.connect();
      held.push(runner);
    }
    try {
      const started = Date.now();
      const error = await ds.query('SELECT 1').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(databaseFailure(error)?.code).toBe('DATABASE_BUSY');
      expect(Date.now() - started).toBeLessThan(2000);
      const body = await api.raw('{ partnerships(first: 1) { totalCount } }');
      expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_BUSY');
    } finally {
      for (const runner of held) await runner.release();
    }
    expect(await ds.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });
});

/** A loopback TCP proxy in front of PostgreSQL that can drop every connection and refuse new ones. */
class Proxy {
  private server!: Server;
  private readonly sockets = new Set<Socket>();
  private refusing = false;
  port = 0;

  constructor(
    private readonly host: string,
    private readonly upstreamPort: number,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((client) => {
      if (this.refusing) return void client.destroy();
      const upstream = connect(this.upstreamPort, this.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  down(): void {
    this.refusing = true;
    for (const s of this.sockets) s.destroy();
  }

  up(): void {
    this.refusing = false;
  }

  async stop(): Promise<void> {
    this.down();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

describePostgres('database faults on PostgreSQL', () => {
  const dbName = `sli_faults_${randomBytes(4).toString('hex')}`;
  const admin = () => new Client({ connectionString: ORIGINAL_URL });
  const urlFor = (host: string, port: number) => {
    const url = new URL(ORIGINAL_URL as string);
    url.hostname = host;
    url.port = String(port);
    url.pathname = `/${dbName}`;
    return url.toString();
  };

  beforeAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`CREATE DATABASE ${dbName}`);
    await c.end();
  });
  afterAll(async () => {
    process.env['DATABASE_URL'] = ORIGINAL_URL;
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await c.end();
  });

  async function withEnv<T>(vars: Record<string, string>, start: () => Promise<T>): Promise<T> {
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
    Object.assign(process.env, vars);
    try {
      return await start();
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }

  /** Sends the query and reports how it ended: data, or the error codes and messages, and how long it took. */
  async function probe(api: TestApi): Promise<{ ok: boolean; codes: string[]; messages: string[]; ms: number; status: number }> {
    const started = performance.now();
    const res = await fetch(api.url, { method: 'POST', headers: api.headers(), body: JSON.stringify({ query: QUERY }) });
    const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    return {
      ok: !body.errors && Boolean(body.data),
      codes: (body.errors ?? []).map((e) => e.extensions?.code ?? '?'),
      messages: (body.errors ?? []).map((e) => e.message),
      ms: performance.now() - started,
      status: res.status,
    };
  }

  it('survives its backends being terminated mid-request: clean errors, then service as before', async () => {
    const u = new URL(ORIGINAL_URL as string);
    const api = await withEnv({ DATABASE_URL: urlFor(u.hostname, Number(u.port || 5432)) }, () => startTestApi());
    try {
      expect((await probe(api)).ok).toBe(true);
      const c = admin();
      await c.connect();
      const inFlight = Array.from({ length: 30 }, () => probe(api));
      const killed = await c.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [dbName],
      );
      await c.end();
      expect(killed.rowCount).toBeGreaterThan(0);
      const results = await Promise.all(inFlight);
      for (const r of results.filter((x) => !x.ok)) {
        expect(CLEAN_CODES).toEqual(expect.arrayContaining(r.codes));
        for (const m of r.messages) expect(m).not.toMatch(DRIVER_TEXT);
      }
      // The pool replaces the dead connections: the next requests succeed.
      const after = await Promise.all(Array.from({ length: 10 }, () => probe(api)));
      expect(after.every((r) => r.ok)).toBe(true);
    } finally {
      await api.close();
    }
  });

  it('survives the server going away under load: no hung request, 503 from ready, service back within 10 s', async () => {
    const u = new URL(ORIGINAL_URL as string);
    const proxy = new Proxy(u.hostname, Number(u.port || 5432));
    await proxy.start();
    const POOL_WAIT_MS = 2000;
    const api = await withEnv({ DATABASE_URL: urlFor('127.0.0.1', proxy.port), DB_POOL_WAIT_MS: String(POOL_WAIT_MS) }, () => startTestApi());
    try {
      expect((await probe(api)).ok).toBe(true);
      const results: Awaited<ReturnType<typeof probe>>[] = [];
      const load = (async () => {
        const until = Date.now() + 5000;
        while (Date.now() < until) {
          results.push(...(await Promise.all(Array.from({ length: 5 }, () => probe(api)))));
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 500));
      proxy.down();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const ready = await fetch(`${api.baseUrl}/health/ready`, { headers: api.headers() });
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', database: 'down' });
      await new Promise((resolve) => setTimeout(resolve, 2500));
      proxy.up();
      const restoredAt = Date.now();
      await load;

      const failed = results.filter((r) => !r.ok);
      expect(failed.length).toBeGreaterThan(0);
      for (const r of results) expect(r.ms).toBeLessThan(POOL_WAIT_MS + 3000);
      for (const r of failed) {
        expect(CLEAN_CODES).toEqual(expect.arrayContaining(r.codes));
        for (const m of r.messages) expect(m).not.toMatch(DRIVER_TEXT);
      }

      let back = false;
      while (!back && Date.now() - restoredAt < 10_000) {
        back = (await probe(api)).ok;
        if (!back) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(back).toBe(true);
      expect((await fetch(`${api.baseUrl}/health/ready`, { headers: api.headers() })).status).toBe(200);
    } finally {
      await api.close();
      await proxy.stop();
    }
  });
});
