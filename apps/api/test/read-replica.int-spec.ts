import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { createTestPartnership, startTestApi, type TestApi } from './harness';

/*
 * Scale-out (issue 12): a PostgreSQL primary and a streaming replica, started on loopback from Debian's
 * packages for this test only. The API is pointed at both (DATABASE_URL, DATABASE_READ_URLS): the
 * analytics' statements land on the replica, writes on the primary. Every statement both servers run
 * is logged (log_statement=all), and the test reads the logs.
 * It runs in the PostgreSQL pass of the suite (DATABASE_URL set), where the server packages are installed.
 */

const bin = (() => {
  const root = '/usr/lib/postgresql';
  const version = existsSync(root) ? readdirSync(root).sort().at(-1) : undefined;
  return version ? join(root, version, 'bin') : null;
})();
const runs = Boolean(process.env['DATABASE_URL'] && bin && existsSync(join(bin as string, 'initdb')));

/** Runs a server program as the postgres user when we are root (PostgreSQL refuses to run as root). */
function pgRun(program: string, args: string[]): string {
  const path = join(bin as string, program);
  const asRoot = process.getuid?.() === 0;
  return execFileSync(asRoot ? 'runuser' : path, asRoot ? ['-u', 'postgres', '--', path, ...args] : args, { encoding: 'utf8', stdio: 'pipe' });
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

interface Server {
  dir: string;
  log: string;
  port: number;
  url: string;
}

const OPTIONS = (port: number, socketDir: string) =>
  `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${socketDir} -c log_statement=all -c fsync=off -c max_connections=50`;

const logSize = (server: Server) => statSync(server.log).size;

/**
 * The part of a server's log written since `from` bytes, once everything sent before now is in it: a
 * marker statement is run on the server and the log read until the marker shows (backends write their
 * lines themselves, a moment after the statement).
 */
async function logSince(server: Server, from: number): Promise<string> {
  const marker = `log_marker_${Date.now()}_${Math.random().toString(36).slice(2)}`;
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await client.query(`SELECT 1 AS ${marker}`);
  } finally {
    await client.end();
  }
  for (let i = 0; i < 200; i++) {
    const text = readFileSync(server.log, 'utf8').slice(from);
    const at = text.indexOf(marker);
    if (at >= 0) return text.slice(0, at);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${server.log} did not show ${marker} within 10 s`);
}

(runs ? describe : describe.skip)('analytics reads on a streaming replica', () => {
  let base: string;
  let primary: Server;
  let replica: Server;
  let api: TestApi;
  let partnershipId: string;
  const saved = { url: process.env['DATABASE_URL'], reads: process.env['DATABASE_READ_URLS'] };

  /** Waits until the replica has replayed everything the primary has written so far. */
  const caughtUp = async () => {
    const p = new pg.Client({ connectionString: primary.url });
    const r = new pg.Client({ connectionString: replica.url });
    await Promise.all([p.connect(), r.connect()]);
    try {
      const [{ lsn }] = (await p.query('SELECT pg_current_wal_lsn()::text AS lsn')).rows as [{ lsn: string }];
      for (let i = 0; i < 200; i++) {
        const [{ done }] = (await r.query('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [lsn])).rows as [{ done: boolean }];
        if (done) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`the replica did not replay ${lsn} within 10 s`);
    } finally {
      await Promise.all([p.end(), r.end()]);
    }
  };

  beforeAll(async () => {
    base = mkdtempSync('/tmp/sli-replica-');
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(base, uid, gid);
    }
    const server = async (name: string): Promise<Server> => {
      const port = await freePort();
      return { dir: join(base, name), log: join(base, `${name}.log`), port, url: `postgres://postgres@127.0.0.1:${port}/postgres` };
    };
    primary = await server('primary');
    replica = await server('replica');
    pgRun('initdb', ['-D', primary.dir, '-U', 'postgres', '-A', 'trust', '--no-sync']);
    pgRun('pg_ctl', ['-D', primary.dir, '-l', primary.log, '-o', OPTIONS(primary.port, base), '-w', 'start']);
    pgRun('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', replica.dir, '-R', '-X', 'stream', '--no-sync']);
    pgRun('pg_ctl', ['-D', replica.dir, '-l', replica.log, '-o', OPTIONS(replica.port, base), '-w', 'start']);

    process.env['DATABASE_URL'] = primary.url;
    process.env['DATABASE_READ_URLS'] = replica.url;
    api = await startTestApi();
    partnershipId = await createTestPartnership(api, 'Replica Partnership');
    await caughtUp();
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    for (const server of [replica, primary]) {
      if (server && existsSync(server.dir)) pgRun('pg_ctl', ['-D', server.dir, '-m', 'immediate', '-w', 'stop']);
    }
    if (base) rmSync(base, { recursive: true, force: true });
    process.env['DATABASE_URL'] = saved.url;
    if (saved.reads === undefined) delete process.env['DATABASE_READ_URLS'];
    else process.env['DATABASE_READ_URLS'] = saved.reads;
  });

  it('writes on the primary: the replica is read-only and replays them', async () => {
    const fromPrimary = logSize(primary);
    const fromReplica = logSize(replica);
    const { createAgency } = await api.gql<{ createAgency: { id: string; name: string } }>(
      `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id name } }`,
      { input: { partnershipId, ref: 'REPLICA-POL', name: 'Replica Constabulary', sector: 'POLICE' } },
    );
    expect(createAgency.name).toBe('Replica Constabulary');
    expect(await logSince(primary, fromPrimary)).toMatch(/INSERT INTO "agencies"/);
    expect(await logSince(replica, fromReplica)).not.toMatch(/INSERT INTO/);
    await caughtUp();
    const r = new pg.Client({ connectionString: replica.url });
    await r.connect();
    try {
      const { rows } = await r.query(`SELECT pg_is_in_recovery() AS standby, (SELECT count(*)::int FROM agencies WHERE id = $1) AS n`, [createAgency.id]);
      expect(rows[0]).toEqual({ standby: true, n: 1 });
    } finally {
      await r.end();
    }
  });

  it('reads the figures on the replica, not the primary', async () => {
    const fromPrimary = logSize(primary);
    const fromReplica = logSize(replica);
    const { headlineFigures } = await api.gql<{ headlineFigures: { key: string; current: { value: number | null } }[] }>(
      `query($filter: MetricFilter!, $keys: [String!]!) { headlineFigures(filter: $filter, keys: $keys) { key current { value } } }`,
      { filter: { partnershipIds: [partnershipId], from: '2025-04-01', to: '2026-03-31' }, keys: ['notifications', 'actions-overdue'] },
    );
    expect(headlineFigures.map((f) => [f.key, f.current.value])).toEqual([
      ['notifications', 0],
      ['actions-overdue', 0],
    ]);
    const onReplica = await logSince(replica, fromReplica);
    const onPrimary = await logSince(primary, fromPrimary);
    // The figures' statements read the notifications and actions tables; on the primary only signing in runs.
    expect(onReplica).toMatch(/FROM notifications/);
    expect(onReplica).toMatch(/FROM actions/);
    expect(onPrimary).not.toMatch(/FROM notifications/);
    expect(onPrimary).not.toMatch(/FROM actions/);
  });
});
