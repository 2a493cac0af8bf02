import type { QueryMeasurement } from './measure-queries';
import type { BenchResult } from './run-bench';
import { judgeTargets } from './targets';

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en-GB'));
const ratio = (a?: number, b?: number) => (a !== undefined && b ? `${(a / b).toFixed(2)}×` : '–');
const n = (v: number) => v.toLocaleString('en-GB');
const s = (milliseconds: number | null) => (milliseconds === null || !Number.isFinite(milliseconds) ? '(not recorded)' : `${(milliseconds / 1000).toFixed(1)} s`);

/** The JSON kept beside the doc for the next run's diff: everything but the token and ids. */
export function resultForFile(r: BenchResult): Omit<BenchResult, 'load'> & { load: Omit<BenchResult['load'], 'token' | 'partnershipIds'> & { partnerships: number } } {
  const { token: _token, partnershipIds, ...load } = r.load;
  return { ...r, load: { ...load, partnerships: partnershipIds.length } };
}
export type SavedResult = ReturnType<typeof resultForFile>;

/** One table row per query and scope measured (a query not askable in either scope gets a row saying why). */
export function queryTable(queries: readonly QueryMeasurement[]): string[] {
  const lines = [
    '| query | source | scope | n | GraphQL p50 | GraphQL p95 | floor p50 | floor p95 | ratio p50 | ratio p95 | statements (replayed) | single SQL p50 | p95 target |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const byName = new Map<string, QueryMeasurement[]>();
  for (const q of queries) byName.set(q.name, [...(byName.get(q.name) ?? []), q]);
  for (const [name, rows] of byName) {
    const shown = rows.filter((q) => !q.notApplicable);
    if (!shown.length) {
      const first = rows[0] as QueryMeasurement;
      lines.push(`| ${name} | ${first.source} | – | 0 | n/a: ${rows.map((q) => q.notApplicable).join(', ')} | | | | | | | | |`);
      continue;
    }
    for (const q of shown) {
      const limit = q.scope === 'one' ? 150 : 500;
      if (q.error) {
        lines.push(`| ${name} | ${q.source} | ${q.scope} | ${q.iterations} | error: ${q.error.replace(/\|/g, '/').slice(0, 120)} | | | | | | ${q.statements} (${q.captured}) | | |`);
        continue;
      }
      const met = q.graphql ? (q.graphql.p95 <= limit ? `≤ ${limit} met` : `≤ ${limit} **not met**`) : '';
      lines.push(
        `| ${name} | ${q.source} | ${q.scope} | ${q.iterations} | ${ms(q.graphql?.p50)} | ${ms(q.graphql?.p95)} | ${ms(q.floor?.p50)} | ${ms(q.floor?.p95)} | ` +
          `${ratio(q.graphql?.p50, q.floor?.p50)} | ${ratio(q.graphql?.p95, q.floor?.p95)} | ${q.statements} (${q.captured}) | ${ms(q.single?.p50)} | ${met} |`,
      );
    }
  }
  return lines;
}

/** What moved since the previous run: statement counts, GraphQL p50 by more than a quarter and 5 ms, queries added or gone. */
export function changesSince(previous: SavedResult | null, current: BenchResult): string[] {
  if (!previous) return ['No earlier run is recorded: this is the first.'];
  const key = (q: QueryMeasurement) => `${q.name} [${q.scope}]`;
  const before = new Map(previous.queries.filter((q) => !q.notApplicable).map((q) => [key(q), q]));
  const after = new Map(current.queries.filter((q) => !q.notApplicable).map((q) => [key(q), q]));
  const lines: string[] = [];
  const added: string[] = [];
  for (const [k, q] of after) {
    const p = before.get(k);
    if (!p) {
      added.push(k);
      continue;
    }
    const parts: string[] = [];
    if (p.statements !== q.statements) parts.push(`statements ${p.statements} → ${q.statements}`);
    const a = p.graphql?.p50;
    const b = q.graphql?.p50;
    if (a !== undefined && b !== undefined && Math.abs(b - a) > 5 && Math.abs(b - a) / a > 0.25) parts.push(`GraphQL p50 ${ms(a)} → ${ms(b)} ms`);
    if (Boolean(p.error) !== Boolean(q.error)) parts.push(q.error ? 'now fails' : 'now answers');
    if (parts.length) lines.push(`- ${k}: ${parts.join(', ')}`);
  }
  for (const k of before.keys()) if (!after.has(k)) lines.push(`- ${k}: no longer measured`);
  // One line for the queries the last run did not measure (a partial run leaves most of them), not one each.
  if (added.length) lines.push(`- measured for the first time: ${added.length} (query and scope), e.g. ${added.slice(0, 3).join(', ')}`);
  const header = `Against the run of ${previous.startedAt.slice(0, 16).replace('T', ' ')} UTC (load average ${previous.loadAverage.mean.toFixed(1)} then, ${current.loadAverage.mean.toFixed(1)} now):`;
  return [header, '', ...(lines.length ? lines : ['- nothing moved by more than a quarter and 5 ms; no statement count changed'])];
}

/** The section of docs/benchmarks.md for one run. */
export function querySection(r: BenchResult, command: string, previous: SavedResult | null): string {
  const l = r.load;
  const failed = r.queries.filter((q) => q.error);
  const lines = [
    `Latest run: ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${s(r.seconds * 1000)} in all. Reproduce with:`,
    '',
    '```sh',
    command,
    '```',
    '',
    `**Machine**: ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGb} GiB, Node ${r.machine.node}, ${r.machine.postgres}. ` +
      `Shared with other people's work: 1-minute load average ${r.loadAverage.min.toFixed(1)}–${r.loadAverage.max.toFixed(1)} ` +
      `(mean ${r.loadAverage.mean.toFixed(1)} over ${r.loadAverage.samples} samples) during the run.`,
    '',
    `**Data**: the seed generator's bundle, ${l.bundle.partnerships} partnerships × ${l.bundle.years} years (seed ${l.bundle.seed}), ` +
      `${n(l.records)} records generated in ${s(l.generateMs)}, migrated in ${s(l.migrateMs)}, imported through the API's importer in ${s(l.importMs)} ` +
      `(${n(Math.round(l.records / (l.importMs / 1000)))} records/s), ANALYZE ${s(l.analyzeMs)}: ${n(l.totalRows)} rows in ${l.tables.length} tables ` +
      `(${l.tables
        .slice(0, 6)
        .map((t) => `${t.table} ${n(t.rows)}`)
        .join(', ')}…).`,
    '',
    `**Method**: a fresh database; two API processes on it, built as production runs them (no rate limits, no reminder rounds): ` +
      `one timed, one connected through a loopback relay that reads PostgreSQL's wire protocol and records each statement with its bound values. ` +
      `Each query is sent once to the recording API, once to warm the timed one, then GraphQL (timed API, over HTTP, signed in as an admin of every partnership) ` +
      `and its floor alternate ${r.options.iterations} times (at least ${r.options.minIterations}, fewer past ${s(r.options.budgetMs)} for a slow query). ` +
      `The floor is the recorded statements replayed by bare \`pg\` clients with the same values, one client per API connection in the API's order, ` +
      `connections side by side; "statements" counts those doing the request's work, "(replayed)" adds the scope settings, transactions and the token's ` +
      `look-up. "single SQL" is a hand-written statement giving the same answer, run under the same role and scope. Variables are the dashboard's defaults: ` +
      `the ${r.options.financialYear} financial year, as of its last day, 25 to a page; "one" is the first partnership by ref, "all" every partnership ` +
      `(no partnership filter); record pages read a record of the one partnership. Concurrency: ${r.options.clients.join(', ')} clients each sending the overview's ` +
      `document back to back for ${r.options.concurrencySeconds} s. Memory: the timed API's VmRSS sampled every 100 ms.`,
    '',
    '### Targets (issue 12)',
    '',
    '| target | measured | met |',
    '|---|---|---|',
    ...judgeTargets(r).map((t) => `| ${t.target} | ${t.measured} | ${t.met === null ? '–' : t.met ? 'met' : '**not met**'} |`),
    '',
    `The overview's JavaScript weight, LCP and CLS are measured by \`npm run bench:web\` (section above).`,
    '',
    '### Concurrent clients on the overview',
    '',
    '| scope | clients | requests | req/s | p50 | p95 | errors | API peak RSS |',
    '|---|---|---|---|---|---|---|---|',
    ...r.concurrency.map(
      (c) =>
        `| ${c.scope} | ${c.clients} | ${c.requests} | ${c.perSecond.toFixed(1)} | ${ms(c.p50)} | ${ms(c.p95)} | ${c.errors}${c.firstError ? ` (${c.firstError.replace(/\|/g, '/').slice(0, 80)})` : ''} | ${Math.round(c.peakRssMb)} MB |`,
    ),
    '',
    `API resident memory: ${Math.round(r.memory.idleMb)} MB idle after start, ${Math.round(r.memory.peakQueriesMb)} MB peak over the queries, ` +
      `${Math.round(r.memory.peakHwmMb)} MB high-water mark over the whole run.`,
    '',
    '### Every query (milliseconds)',
    '',
    ...(failed.length ? [`${failed.length} queries answered with errors (shown in the table).`, ''] : []),
    ...queryTable(r.queries),
    '',
    '### What changed since the last run',
    '',
    ...changesSince(previous, r),
  ];
  return lines.join('\n');
}
