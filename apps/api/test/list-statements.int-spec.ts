import { ImportService } from '@sli/exchange-api';
import { cliScope, runInScope } from '@sli/shared/api-core';
import { DEFAULT_OPTIONS, generateBundle } from '@sli/seed';
import { DataSource, type QueryRunner } from 'typeorm';
import { startTestApi, uniqueRef, type TestApi } from './harness';

/*
 * How many SQL statements a nested list costs (issue 12): a page of 100 reviews with their agencies, themes,
 * notification and actions is a handful of statements whatever the page size (one per level, by DataLoader),
 * and the count across pages runs only when `totalCount` is asked for.
 */

/** The nested list of the PostGraphile comparison: reviews with their actions and themes. */
const NESTED = `query($filter: ReviewFilter, $first: Int!) { reviews(filter: $filter, first: $first) {
  pageInfo { hasNextPage endCursor }
  nodes { id ref type status initiatedOn themes { code name } actions { ref status dueOn } } } }`;
/** The reviews page's own list adds agencies and the notification: one statement each. */
const PAGE_LIST = NESTED.replace('themes {', 'agencies { name } notification { ref } themes {');
const NESTED_COUNTED = NESTED.replace('pageInfo {', 'totalCount pageInfo {');

/** Every partnership of the bundle given a ref of its own, so runs on a shared server never meet. */
function ownPartnerships(bundle: ReturnType<typeof generateBundle>): ReturnType<typeof generateBundle> {
  const refs = new Map(bundle.partnerships.map((p) => [p.ref, uniqueRef('LS')]));
  return JSON.parse(JSON.stringify(bundle), (key, value: unknown) =>
    (key === 'partnership' || key === 'ref') && typeof value === 'string' && refs.has(value) ? refs.get(value) : value,
  ) as typeof bundle;
}

describe('statements per list request', () => {
  let api: TestApi;
  let partnershipIds: string[] = [];
  let statements = 0;
  let restore: () => void;

  beforeAll(async () => {
    api = await startTestApi();
    // Four partnerships over ten years: more than 100 reviews between them.
    const bundle = ownPartnerships(generateBundle({ ...DEFAULT_OPTIONS, partnerships: 4, years: 10 }));
    delete bundle.annualReportNarratives;
    await runInScope(cliScope('test'), () => api.app.get(ImportService).importBundle(bundle));
    const rows: { id: string }[] = await api.db.query(`SELECT id FROM partnerships WHERE ref = ANY($1::text[])`, [bundle.partnerships.map((p) => p.ref)]);
    partnershipIds = rows.map((r) => r.id);
    await api.joinPartnerships(partnershipIds);

    // Counts every statement any query runner sends (they share one prototype).
    const runner: QueryRunner = api.app.get(DataSource).createQueryRunner();
    const proto = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
    await runner.release();
    const original = proto.query;
    const wrapped = jest.spyOn(proto, 'query').mockImplementation(function (this: unknown, ...args: unknown[]) {
      // Signing in (the token's user, its last use) is not the list's work.
      if (!/api_tokens|user_partnerships/.test(String(args[0]))) statements++;
      return original.apply(this, args);
    });
    restore = () => wrapped.mockRestore();
  }, 300_000);
  afterAll(async () => {
    restore?.();
    await api?.close();
  });

  const count = async (document: string, first: number) => {
    statements = 0;
    const { reviews } = await api.gql<{ reviews: { totalCount?: number; nodes: { actions: unknown[] }[] } }>(document, {
      filter: {},
      first,
    });
    return { statements, reviews };
  };

  it('reads a page of 100 reviews with their actions and themes in 3 statements, as many as a page of 5', async () => {
    const small = await count(NESTED, 5);
    const large = await count(NESTED, 100);
    const full = await count(PAGE_LIST, 100);
    const actions = large.reviews.nodes.reduce((n, r) => n + r.actions.length, 0);
    process.stderr.write(
      `list-statements: 5 reviews in ${small.statements} statements; ${large.reviews.nodes.length} reviews (${actions} actions) in ${large.statements}; ` +
        `with agencies and notifications in ${full.statements}\n`,
    );
    expect(large.reviews.nodes).toHaveLength(100);
    expect(actions).toBeGreaterThan(0);
    expect(large.statements).toBe(3);
    expect(small.statements).toBe(3);
    expect(full.statements).toBe(5);
  });

  it('counts the whole list only when totalCount is asked for', async () => {
    const without = await count(NESTED, 20);
    const counted = await count(NESTED_COUNTED, 20);
    expect(without.reviews.totalCount).toBeUndefined();
    expect(counted.reviews.totalCount).toBeGreaterThan(20);
    expect(counted.statements).toBe(without.statements + 1);
  });
});
