import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { resolve } from 'node:path';
import { appendRowToSection, BENCHMARKS_DOC, readSection, writeSection } from './benchmarks-doc';
import { StatementCounter } from './pg-statement-counter';
import { postgraphileNode } from './postgraphile-node';
import { NESTED_LISTS, sameList, type NestedList } from './postgraphile-lists';

/**
 * Our GraphQL API beside PostGraphile 5 on the nested list both can serve: a page of 100 reviews of one
 * partnership, most recently initiated first, each with its actions (by due date) and its themes. Both
 * servers run as their own processes on the same database (ours: dist/api/apps/api/src/main.js; theirs:
 * postgraphile-server.js), and the run stops unless both return the same reviews, actions and themes.
 * Then, per server: statements per request (the servers restarted behind a counting proxy,
 * pg-statement-counter.ts), p50/p95 at 1 client (requests alternating between the two), req/s at 10
 * clients (alternating 10 s slices, errors counted), and the peak resident memory of each server
 * process (VmHWM). Writes "## Beside PostGraphile 5" in docs/benchmarks.md.
 *
 * `DATABASE_URL=postgres://… BENCH_PASSWORD=… npm run bench:postgraphile -- --email E [--partnership NAME]
 *   [--requests 200] [--seconds 20] [--label TEXT] [--data TEXT]`; POSTGRAPHILE_PREFIX if PostGraphile is installed
 * apart (see postgraphile-server.ts), POSTGRAPHILE_NODE if this Node is older than 22 (postgraphile-node.ts).
 * Ports: API_PORT (3480) and POSTGRAPHILE_PORT (3490).
 */
const HEADING = '## Beside PostGraphile 5 (`npm run bench:postgraphile`)';
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

interface Args {
  databaseUrl: string;
  email: string;
  password: string;
  partnership: string | undefined;
  requests: number;
  seconds: number;
  label: string;
  data: string;
  apiPort: number;
  pgPort: number;
}

function parseArgs(argv: string[]): Args {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const whole = (name: string, fallback: number, max: number) => {
    const n = Number(arg(name) ?? fallback);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be a whole number from 1 to ${max} (got ${arg(name)})`);
    return n;
  };
  const databaseUrl = process.env['DATABASE_URL'];
  const email = arg('email');
  const password = process.env['BENCH_PASSWORD'];
  if (!databaseUrl) throw new Error('DATABASE_URL: the PostgreSQL database both servers read is required');
  if (!email) throw new Error('--email: a user of our API who may read the partnership is required');
  if (!password) throw new Error('BENCH_PASSWORD: the password of --email is required in the environment');
  return {
    databaseUrl,
    email,
    password,
    partnership: arg('partnership'),
    requests: whole('requests', 200, 10_000),
    seconds: whole('seconds', 20, 600),
    label: arg('label') ?? 'this build',
    data: arg('data') ?? new URL(databaseUrl).pathname.slice(1),
    apiPort: Number(process.env['API_PORT'] ?? 3480),
    pgPort: Number(process.env['POSTGRAPHILE_PORT'] ?? 3490),
  };
}

interface Server {
  name: string;
  child: ChildProcess;
  origin: string;
  headers: Record<string, string>;
}

/** POSTs a GraphQL request; resolves with the parsed body, rejects on a non-200 answer or GraphQL errors. */
function post(server: Server, body: string): Promise<unknown> {
  return new Promise((done, fail) => {
    const req = httpRequest(
      `${server.origin}/graphql`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', accept: 'application/json', ...server.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const json = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
          if (res.statusCode !== 200 || json.errors?.length) fail(new Error(`${server.name} answered ${res.statusCode}: ${json.errors?.[0]?.message ?? text.slice(0, 200)}`));
          else done(json.data);
        });
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

async function waitUntilUp(server: Server, log: () => string): Promise<void> {
  const until = Date.now() + 60_000;
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`${server.name} exited (${server.child.exitCode}):\n${log()}`);
    try {
      await post(server, JSON.stringify({ query: '{ __typename }' }));
      return;
    } catch (error) {
      if (Date.now() > until) throw new Error(`${server.name} did not answer within 60 s: ${String(error)}\n${log()}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Starts one server process on `databaseUrl`; output kept for the error message if it fails to start. */
async function start(name: 'our API' | 'PostGraphile 5', args: Args, databaseUrl: string): Promise<Server> {
  const ours = name === 'our API';
  const port = ours ? args.apiPort : args.pgPort;
  const script = resolve(ours ? 'dist/api/apps/api/src/main.js' : 'dist/api/tools/bench/src/postgraphile-server.js');
  const env = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'production', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' };
  const child = spawn(ours ? process.execPath : postgraphileNode().bin, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)));
  child.stderr?.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)));
  const server: Server = { name, child, origin: `http://127.0.0.1:${port}`, headers: {} };
  await waitUntilUp(server, () => output);
  if (ours) server.headers = { cookie: await signIn(server, args.email, args.password) };
  return server;
}

async function signIn(server: Server, email: string, password: string): Promise<string> {
  const body = JSON.stringify({ query: 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', variables: { input: { email, password } } });
  return new Promise((done, fail) => {
    const req = httpRequest(`${server.origin}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      const cookies = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
      res.on('end', () => (res.statusCode === 200 && cookies ? done(cookies) : fail(new Error(`--email: signing in as ${email} answered ${res.statusCode} without a session`))));
    });
    req.on('error', fail);
    req.end(body);
  });
}

async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

/** Peak resident memory of a process so far (Linux VmHWM), in MB. */
function peakRssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** Statements per request: each server restarted behind the counting proxy, warmed, then `n` requests counted. */
async function statementsPerRequest(name: 'our API' | 'PostGraphile 5', args: Args, body: string, n: number): Promise<number> {
  const target = new URL(args.databaseUrl);
  const counter = new StatementCounter({ host: target.hostname, port: Number(target.port || 5432) });
  const port = await counter.listen();
  const proxied = new URL(args.databaseUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);
  const server = await start(name, args, proxied.toString());
  try {
    for (let i = 0; i < 5; i++) await post(server, body);
    const before = counter.count;
    for (let i = 0; i < n; i++) await post(server, body);
    return (counter.count - before) / n;
  } finally {
    await stop(server);
    await counter.close();
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** `clients` loops asking as fast as answers come, for `ms`; answers and errors counted. */
async function load(server: Server, body: string, clients: number, ms: number): Promise<{ ok: number; errors: number; ms: number }> {
  let ok = 0;
  let errors = 0;
  const started = performance.now();
  const end = started + ms;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        try {
          await post(server, body);
          ok += 1;
        } catch {
          errors += 1;
        }
      }
    }),
  );
  return { ok, errors, ms: performance.now() - started };
}

const fmtMs = (n: number) => `${n.toFixed(1)} ms`;

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const pgNode = postgraphileNode();
  if (pgNode.problem) throw new Error(pgNode.problem);
  process.stdout.write(`our API on Node ${process.versions.node}, PostGraphile 5 on Node ${pgNode.version}\n`);
  const list = NESTED_LISTS[0] as NestedList;
  const ours = await start('our API', args, args.databaseUrl);
  const theirs = await start('PostGraphile 5', args, args.databaseUrl);
  try {
    const partnership = await list.choosePartnership(args.databaseUrl, args.partnership);
    const bodies = { ours: list.ours(partnership.id), theirs: list.theirs(partnership.id) };
    const [a, b] = [await post(ours, bodies.ours), await post(theirs, bodies.theirs)];
    const difference = sameList(list.normaliseOurs(a), list.normaliseTheirs(b));
    if (difference) throw new Error(`The two servers answered differently, so the comparison would not be fair: ${difference}`);
    process.stdout.write(`${list.name}: ${partnership.name}, both answers equal\n`);

    // 1 client: requests alternate between the servers, after a warm-up of each.
    for (let i = 0; i < 20; i++) {
      await post(ours, bodies.ours);
      await post(theirs, bodies.theirs);
    }
    const times = { ours: [] as number[], theirs: [] as number[] };
    for (let i = 0; i < args.requests; i++) {
      for (const [key, server] of [['ours', ours], ['theirs', theirs]] as const) {
        const t = performance.now();
        await post(server, bodies[key]);
        times[key].push(performance.now() - t);
      }
    }
    // 10 clients: alternating slices of 10 s (or less) until each server has had `seconds`.
    const tally = { ours: { ok: 0, errors: 0, ms: 0 }, theirs: { ok: 0, errors: 0, ms: 0 } };
    const slices = Math.max(1, Math.round(args.seconds / 10));
    for (let s = 0; s < slices; s++) {
      for (const [key, server] of [['ours', ours], ['theirs', theirs]] as const) {
        const r = await load(server, bodies[key], 10, (args.seconds * 1000) / slices);
        tally[key].ok += r.ok;
        tally[key].errors += r.errors;
        tally[key].ms += r.ms;
      }
    }
    const rss = { ours: peakRssMb(ours.child.pid), theirs: peakRssMb(theirs.child.pid) };
    await stop(ours);
    await stop(theirs);

    const statements = {
      ours: await statementsPerRequest('our API', args, bodies.ours, 20),
      theirs: await statementsPerRequest('PostGraphile 5', args, bodies.theirs, 20),
    };

    const date = new Date().toISOString().slice(0, 10);
    if (!readSection(BENCHMARKS_DOC, HEADING)) writeSection(BENCHMARKS_DOC, HEADING, intro(args).join('\n'));
    const rps = (k: 'ours' | 'theirs') => (tally[k].ok / tally[k].ms) * 1000;
    for (const key of ['ours', 'theirs'] as const) {
      const row =
        `| ${date} | ${args.label} | ${args.data} | ${list.name} (${partnership.name}) | ${key === 'ours' ? 'our API' : 'PostGraphile 5'} | ` +
        `${fmtMs(percentile(times[key], 50))} | ${fmtMs(percentile(times[key], 95))} | ${rps(key).toFixed(1)} | ${tally[key].errors} | ` +
        `${statements[key].toFixed(1)} | ${Math.round(rss[key])} MB |`;
      appendRowToSection(BENCHMARKS_DOC, HEADING, row);
      process.stdout.write(`${row}\n`);
    }
    process.stdout.write(`our throughput is ${((rps('ours') / rps('theirs')) * 100).toFixed(0)}% of PostGraphile's (${BENCHMARKS_DOC})\n`);
  } finally {
    await stop(ours);
    await stop(theirs);
    agent.destroy();
  }
}

function intro(args: Args): string[] {
  return [
    'The same nested list through our GraphQL API and through PostGraphile 5 (5.1, Amber preset,',
    '`tools/bench/src/postgraphile-server.ts`), each its own Node process on the same PostgreSQL database,',
    'the answers checked equal first. p50/p95: one client, requests alternating between the two servers',
    `(${args.requests} each after 20 of warm-up). req/s: 10 clients asking as fast as answers come, alternating`,
    `slices of ~10 s, ${args.seconds} s per server. Statements: every Query and Execute a server sent per request`,
    '(a counting proxy in front of PostgreSQL, 20 requests after 5 of warm-up; BEGIN/COMMIT and settings count).',
    'Peak RSS: the server process\'s VmHWM over the timed run. The issue-12 target: at least PostGraphile\'s',
    'throughput on the nested lists it can also serve.',
    '',
    '| date | build | data | list | server | p50 (1 client) | p95 (1 client) | req/s (10 clients) | errors | statements / request | peak RSS |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
