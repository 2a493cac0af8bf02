import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { appendRowToSection, BENCHMARKS_DOC, readSection, writeSection } from './benchmarks-doc';
import { entryAndOverviewKeys, readManifest } from './dashboard-manifest';
import { startApi } from './in-process-api';
import { measureInPage, type PageTimings } from './page-vitals-probe';

/**
 * Overview page vitals in headless Chromium: signs in once, then opens each view N times in a fresh
 * browser context (empty HTTP cache, the session cookie only), waits until the overview has drawn its
 * figures and the network is quiet, and reads from the page itself: LCP and CLS (PerformanceObserver,
 * `largest-contentful-paint` and `layout-shift`, CLS as the largest session window), when the first
 * /graphql request and the overview's own data request started, when the overview page chunk had
 * loaded, and when the data had arrived — all in ms since navigation start. Writes medians and p95 to
 * "## Overview page vitals" in docs/benchmarks.md (a row per view per run).
 *
 * `npm run bench:vitals -- --email E [--runs 9] [--partnership NAME] [--label TEXT] [--data TEXT]`
 * (password from BENCH_PASSWORD; builds, then boots the API in-process on DATABASE_URL), or
 * `node dist/api/tools/bench/src/page-vitals-bench.js --url http://127.0.0.1:3000 --email E` against a running API.
 */
const HEADING = '## Overview page vitals (`npm run bench:vitals`)';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const VIEWPORT = { width: 1280, height: 900 };
/** After the figures are drawn and the network is quiet: late layout shifts and paints still count. */
const SETTLE_MS = 1000;

interface View {
  key: 'default' | 'all' | 'one';
  name: string;
  path: string;
}

interface Args {
  dir: string;
  url: string | undefined;
  email: string;
  password: string;
  runs: number;
  partnership: string | undefined;
  label: string;
  data: string;
  /** Which views to measure: default, all, one. */
  views: string[];
}

function parseArgs(argv: string[]): Args {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const email = arg('email');
  const password = process.env['BENCH_PASSWORD'];
  if (!email) throw new Error('--email: the user to sign in as is required (an admin of the partnerships to measure)');
  if (!password) throw new Error('BENCH_PASSWORD: the password of --email is required in the environment');
  const runs = Number(arg('runs') ?? 9);
  if (!Number.isInteger(runs) || runs < 1 || runs > 100) throw new Error(`--runs must be a whole number from 1 to 100 (got ${arg('runs')})`);
  return {
    dir: resolve(arg('dir') ?? 'dist/dashboard'),
    url: arg('url'),
    email,
    password,
    runs,
    partnership: arg('partnership'),
    label: arg('label') ?? 'this build',
    data: arg('data') ?? (process.env['DATABASE_URL'] ? 'PostgreSQL' : 'PGlite'),
    views: (arg('views') ?? 'default,all,one').split(','),
  };
}

/** Signs in through the sign-in page and returns the session (cookies) to start each cold run with. */
async function signIn(browser: Browser, origin: string, email: string, password: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'), { timeout: 30_000 });
  const viewer = (await page.evaluate(async () => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { partnerships { id name } } }' }),
    });
    return ((await res.json()) as { data: { viewer: { partnerships: { id: string; name: string }[] } } }).data.viewer;
  })) as { partnerships: { id: string; name: string }[] };
  const state = await context.storageState();
  await context.close();
  return { state, partnerships: viewer.partnerships };
}

/** The default view, every partnership of the user (an empty partnership filter), and one named partnership. */
function viewsFor(partnerships: { id: string; name: string }[], wanted: string | undefined, only?: string[]): View[] {
  const first = partnerships[0];
  if (!first) throw new Error('--email: the user has no partnership: nothing for the overview to show');
  const one = wanted ? partnerships.find((p) => p.name === wanted || p.id === wanted) : (partnerships[1] ?? first);
  if (!one) throw new Error(`--partnership: the user has no partnership named ${wanted}`);
  const views: View[] = [
    { key: 'default', name: `default view (/: the first of ${partnerships.length} partnerships, ${first.name})`, path: '/' },
    { key: 'all', name: `all ${partnerships.length} partnerships (/?partnershipId=)`, path: '/?partnershipId=' },
    { key: 'one', name: `one partnership (${one.name})`, path: `/?partnershipId=${one.id}` },
  ];
  return views.filter((v) => (v.key !== 'all' || partnerships.length > 1) && (!only || only.includes(v.key)));
}

/** One cold load: a fresh context (no HTTP cache), the overview drawn, the network quiet, then the page's own timings. */
async function measureOnce(
  browser: Browser,
  origin: string,
  state: Awaited<ReturnType<BrowserContext['storageState']>>,
  view: View,
  chunk: string,
): Promise<PageTimings & { failed: boolean }> {
  const context = await browser.newContext({ viewport: VIEWPORT, storageState: state });
  try {
    const page = await context.newPage();
    const operations: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname !== '/graphql') return;
      const query = (r.postDataJSON() as { query?: string } | null)?.query ?? '';
      operations.push(/\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '(anonymous)');
    });
    await page.goto(`${origin}${view.path}`, { waitUntil: 'load' });
    // The figures drawn, or the page saying it could not load them (the run then counts as failed).
    await page.locator('[data-testid="overview-verdict"], .state.error').first().waitFor({ timeout: 180_000 });
    const failed = await page.locator('.state.error').count();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(SETTLE_MS);
    return { ...(await page.evaluate(measureInPage, { chunk, dataOperation: 'OverviewHeadlines', operations })), failed: failed > 0 };
  } finally {
    await context.close();
  }
}

/** The 1-minute load average: how busy the shared machine was. */
const loadAverage = () => loadavg()[0]?.toFixed(1) ?? '?';

/** Nearest-rank percentile of a non-empty list. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

const ms = (n: number | null) => (n === null ? '—' : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
const both = (values: number[], fmt: (n: number) => string) => (values.length ? `${fmt(percentile(values, 50))} / ${fmt(percentile(values, 95))}` : '—');
const med = (values: (number | null)[]) => {
  const v = values.filter((x): x is number => x !== null);
  return v.length ? ms(percentile(v, 50)) : '—';
};

function row(date: string, args: Args, view: View, runs: (PageTimings & { failed: boolean })[]): string {
  const lcp = runs.map((r) => r.lcp).filter((x): x is number => x !== null);
  const cls = runs.map((r) => r.cls);
  const before = runs.filter((r) => r.dataStart !== null && r.chunkEnd !== null && r.dataStart < r.chunkEnd).length;
  return (
    `| ${date} | ${args.label} | ${args.data} | ${view.name} | ${runs.length} | ${both(lcp, ms)} | ${both(cls, (n) => n.toFixed(3))} | ` +
    `${med(runs.map((r) => r.firstGraphqlStart))} | ${med(runs.map((r) => r.dataStart))} | ${med(runs.map((r) => r.chunkEnd))} | ` +
    `${before}/${runs.length} | ${med(runs.map((r) => r.dataEnd))} | ${runs.filter((r) => r.failed).length} | ${loadAverage()} |`
  );
}

const INTRO = [
  'The overview in headless Debian Chromium (1280 × 900, loopback, no throttling), signed in, each run',
  'in a fresh browser context (cold HTTP cache). LCP and CLS are read in the page with PerformanceObserver',
  '(CLS: the largest session window of shifts without input) once the figures are drawn, the network has',
  `been quiet for 500 ms and ${SETTLE_MS} ms more have passed. Times are ms since navigation start, medians`,
  'unless marked "p50 / p95". "Data request" is the overview\'s `OverviewHeadlines`; "before chunk" counts',
  'the runs where it started before the overview page chunk had loaded; "failed" the runs where the page',
  'showed an error instead of its figures; "load avg" the machine\'s 1-minute load average after the view',
  '(2 cores, shared: above 2, every figure here is slower than on an idle machine). Targets (issue 12):',
  'LCP ≤ 1.2 s and CLS ≤ 0.1 for the default view on national data; the first data request before the page chunk.',
  '',
  '| date | build | data | view | runs | LCP p50 / p95 | CLS p50 / p95 | first /graphql starts | data request starts | page chunk loaded | before chunk | data answered | failed | load avg |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
];

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const manifest = readManifest(args.dir);
  const chunk = manifest[entryAndOverviewKeys(manifest).overviewKey]?.file as string;
  const started = args.url ? null : await startApi(args.dir);
  const origin = args.url ?? (started as { origin: string }).origin;
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const { state, partnerships } = await signIn(browser, origin, args.email, args.password);
    const views = viewsFor(partnerships, args.partnership, args.views);
    // One unmeasured load first, so the API's first-request costs (connections, plans) are not in run 1.
    await measureOnce(browser, origin, state, views[0] as View, chunk);
    const date = new Date().toISOString().slice(0, 10);
    if (!readSection(BENCHMARKS_DOC, HEADING)) writeSection(BENCHMARKS_DOC, HEADING, INTRO.join('\n'));
    for (const view of views) {
      const runs: (PageTimings & { failed: boolean })[] = [];
      for (let i = 0; i < args.runs; i++) {
        const t = await measureOnce(browser, origin, state, view, chunk);
        runs.push(t);
        process.stdout.write(
          `${view.path} run ${i + 1}${t.failed ? ' (FAILED: the page showed an error)' : ''}: LCP ${ms(t.lcp)} (${t.lcpElement}), CLS ${t.cls.toFixed(3)}${t.shifts.length ? ` [${t.shifts.join('; ')}]` : ''}, ` +
            `graphql ${ms(t.firstGraphqlStart)}, data ${ms(t.dataStart)}–${ms(t.dataEnd)}, chunk ${ms(t.chunkEnd)}\n`,
        );
      }
      appendRowToSection(BENCHMARKS_DOC, HEADING, row(date, args, view, runs));
    }
    process.stdout.write(`wrote ${views.length} rows to ${BENCHMARKS_DOC}\n`);
  } finally {
    await browser.close();
    await started?.app.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
