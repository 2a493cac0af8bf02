import type { BenchResult } from './run-bench';
import type { QueryMeasurement } from './measure-queries';

/** One of issue 12's targets, judged on a run. */
export interface TargetVerdict {
  target: string;
  measured: string;
  met: boolean | null;
}

const ONE_P95_MS = 150;
const ALL_P95_MS = 500;
const RATIO_P50 = 1.3;
const RATIO_P95 = 1.5;
const NESTED_STATEMENTS = 4;
const OVERVIEW_50_P95_MS = 300;
const RSS_MB = 300;

const measured = (q: QueryMeasurement): q is QueryMeasurement & Required<Pick<QueryMeasurement, 'graphql' | 'floor'>> => Boolean(q.graphql && q.floor);
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en-GB'));

/** The targets of issue 12 that this benchmark measures, each met or not and by how much. */
export function judgeTargets(r: BenchResult): TargetVerdict[] {
  const queries = r.queries.filter((q) => q.source !== 'comparison' && measured(q)) as (QueryMeasurement & Required<Pick<QueryMeasurement, 'graphql' | 'floor'>>)[];
  const verdicts: TargetVerdict[] = [];
  for (const [scope, limit] of [
    ['one', ONE_P95_MS],
    ['all', ALL_P95_MS],
  ] as const) {
    const inScope = queries.filter((q) => q.scope === scope);
    const over = inScope.filter((q) => q.graphql.p95 > limit).sort((a, b) => b.graphql.p95 - a.graphql.p95);
    const worst = over.slice(0, 3).map((q) => `${q.name} ${fmt(q.graphql.p95)} ms`);
    verdicts.push({
      target: `every dashboard and analyst-guide query p95 ≤ ${limit} ms, ${scope === 'one' ? 'one partnership' : 'all partnerships'}`,
      measured: `${inScope.length - over.length} of ${inScope.length} within${over.length ? `; worst: ${worst.join(', ')}` : ''}`,
      met: inScope.length > 0 && over.length === 0,
    });
  }
  for (const [label, pick, limit] of [
    ['p50', (q: (typeof queries)[number]) => q.graphql.p50 / q.floor.p50, RATIO_P50],
    ['p95', (q: (typeof queries)[number]) => q.graphql.p95 / q.floor.p95, RATIO_P95],
  ] as const) {
    const over = queries.filter((q) => pick(q) > limit).sort((a, b) => pick(b) - pick(a));
    verdicts.push({
      target: `GraphQL ≤ ${limit}× the floor at ${label}`,
      measured: `${queries.length - over.length} of ${queries.length} within${over.length ? `; worst: ${over
        .slice(0, 3)
        .map((q) => `${q.name} [${q.scope}] ${pick(q).toFixed(2)}×`)
        .join(', ')}` : ''}`,
      met: queries.length > 0 && over.length === 0,
    });
  }
  const nested = r.queries.filter((q) => q.name === 'NestedReviewList100' && measured(q));
  if (nested.length) {
    const most = Math.max(...nested.map((q) => q.statements));
    verdicts.push({ target: `a 100-review nested list in ≤ ${NESTED_STATEMENTS} statements`, measured: `${most} statements`, met: most <= NESTED_STATEMENTS });
  }
  const fifty = r.concurrency.find((c) => c.scope === 'one' && c.clients === 50);
  if (fifty) {
    verdicts.push({
      target: `50 clients on the one-partnership overview: 0 errors, p95 ≤ ${OVERVIEW_50_P95_MS} ms`,
      measured: `${fifty.errors} errors, p95 ${fmt(fifty.p95)} ms, ${fifty.perSecond.toFixed(1)} req/s`,
      met: fifty.errors === 0 && fifty.p95 <= OVERVIEW_50_P95_MS,
    });
    verdicts.push({
      target: `API resident memory ≤ ${RSS_MB} MB under that load`,
      measured: `${Math.round(fifty.peakRssMb)} MB peak`,
      met: fifty.peakRssMb > 0 ? fifty.peakRssMb <= RSS_MB : null,
    });
  }
  verdicts.push({
    target: "at least PostGraphile 5's throughput on the nested lists",
    measured: 'not measured by this benchmark (no PostGraphile here); the nested list is timed above',
    met: null,
  });
  return verdicts;
}
