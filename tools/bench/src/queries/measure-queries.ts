import { timeGraphQL } from './graphql-client';
import { FloorReplayer, isWorkStatement } from './floor';
import type { CatalogueQuery } from './query-catalogue';
import { variablesFor, type VariableContext } from './query-variables';
import type { SingleSql } from './single-sql';
import { percentiles, type Percentiles } from './stats';
import type { CapturedStatement, WireCapture } from './wire-capture';

export type Scope = 'one' | 'all';

/** One query in one scope: GraphQL beside its floor. */
export interface QueryMeasurement {
  name: string;
  source: CatalogueQuery['source'];
  scope: Scope;
  /** Why it was not asked in this scope (a record or a required partnership), if it was not. */
  notApplicable?: string;
  /** The GraphQL errors of the captured request, if any. */
  error?: string;
  iterations: number;
  graphql?: Percentiles;
  floor?: Percentiles;
  /** The hand-written single statement, where there is one. */
  single?: Percentiles;
  /** Statements doing the request's work (scope settings, transaction control and sign-in left out). */
  statements: number;
  /** Every statement captured and replayed, those included. */
  captured: number;
  /** Connections the API used for the request. */
  connections: number;
}

export interface MeasureOptions {
  iterations: number;
  /** At least this many iterations; more only while the query's time budget lasts. */
  minIterations: number;
  budgetMs: number;
  warmUp: boolean;
  log: (line: string) => void;
}

export interface MeasureTargets {
  /** The API GraphQL is timed on (straight to PostgreSQL). */
  timingOrigin: string;
  /** The API whose statements are captured (through the wire capture). */
  captureOrigin: string;
  wire: WireCapture;
  token: string;
  floor: FloorReplayer;
  singles: Record<string, SingleSql>;
  contexts: Record<Scope, VariableContext>;
  /** A record id of the one partnership per table, for record queries. */
  recordIds: Record<string, string | undefined>;
}

/** Measures each query in each scope, GraphQL and floor alternating. */
export async function measureQueries(catalogue: readonly CatalogueQuery[], t: MeasureTargets, o: MeasureOptions): Promise<QueryMeasurement[]> {
  const results: QueryMeasurement[] = [];
  for (const query of catalogue) {
    for (const scope of ['one', 'all'] as const) {
      const m = await measureOne(query, scope, t, o);
      results.push(m);
      const figures = m.graphql && m.floor ? `${m.graphql.p50.toFixed(1)} ms (floor ${m.floor.p50.toFixed(1)}), ${m.statements} statements` : (m.notApplicable ?? m.error);
      o.log(`${query.name} [${scope}]: ${figures}`);
    }
  }
  return results;
}

async function measureOne(query: CatalogueQuery, scope: Scope, t: MeasureTargets, o: MeasureOptions): Promise<QueryMeasurement> {
  const base = { name: query.name, source: query.source, scope, iterations: 0, statements: 0, captured: 0, connections: 0 };
  if (query.notForAdmin) return { ...base, notApplicable: query.notForAdmin };
  if (query.recordTable && scope === 'all') return { ...base, notApplicable: 'one record' };
  const recordId = query.recordTable ? t.recordIds[query.recordTable] : undefined;
  if (query.recordTable && !recordId) return { ...base, notApplicable: `no ${query.recordTable} row` };
  const variables = variablesFor(query.document, { ...t.contexts[scope], recordId }, query.given);
  if (!variables) return { ...base, notApplicable: 'needs one partnership' };

  let statements: CapturedStatement[];
  let captureMs: number;
  try {
    const start = performance.now();
    statements = (await t.wire.capture(() => timeGraphQL(t.captureOrigin, t.token, query.document, variables))).statements;
    captureMs = performance.now() - start;
  } catch (error) {
    return { ...base, error: (error as Error).message.slice(0, 300) };
  }
  const counts = {
    statements: statements.filter(isWorkStatement).length,
    captured: statements.length,
    connections: new Set(statements.map((s) => s.connection)).size,
  };
  const single = t.singles[query.name];
  // The single statement runs under the request's own scope (role and partnerships, for row-level
  // security): the last scope set, not the sign-in's anonymous one before it.
  const scopeStatement = statements.filter((s) => /^\s*SELECT set_config\('role'/.test(s.text)).slice(-1);
  // A quick query is warmed up on the timed API first; a slow one's capture did the planner's warming.
  if (o.warmUp && captureMs < 2000) await timeGraphQL(t.timingOrigin, t.token, query.document, variables);

  const graphql: number[] = [];
  const floor: number[] = [];
  const singles: number[] = [];
  const start = performance.now();
  try {
    while (graphql.length < o.iterations && (graphql.length < o.minIterations || performance.now() - start < o.budgetMs)) {
      graphql.push(await timeGraphQL(t.timingOrigin, t.token, query.document, variables));
      floor.push(await t.floor.replay(statements));
      if (single) {
        await t.floor.replay(scopeStatement);
        singles.push(await t.floor.single(single(scopeOf(t.contexts[scope]))));
      }
    }
  } catch (error) {
    return { ...base, ...counts, error: (error as Error).message.slice(0, 300) };
  }
  return {
    ...base,
    ...counts,
    iterations: graphql.length,
    graphql: percentiles(graphql),
    floor: percentiles(floor),
    single: singles.length ? percentiles(singles) : undefined,
  };
}

function scopeOf(c: VariableContext) {
  return { partnershipId: c.partnershipId, from: c.from, to: c.to, asOf: c.asOf, financialYear: c.financialYear };
}
