import type { Bundle } from '@sli/exchange-domain';
import { ANALYZE_AFTER_RECORDS, ImportService } from '@sli/exchange-api';
import { cliScope, runInScope } from '@sli/shared/api-core';
import { startTestApi, uniqueRef, type TestApi } from './harness';

/**
 * A large import analyses the tables it wrote once it has committed, so the planner sees their new
 * size at once (issue 12: at national scale, plans made on empty-table statistics were slow).
 */
describe('ANALYZE after a large import', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const estimate = async () => {
    const [row] = (await api.db.query(
      `SELECT c.reltuples::bigint::text AS estimated, (SELECT count(*) FROM agencies)::text AS actual FROM pg_class c WHERE c.oid = 'agencies'::regclass`,
    )) as { estimated: string; actual: string }[];
    return { estimated: Number(row?.estimated), actual: Number(row?.actual) };
  };

  it('brings the planner estimate of the written tables up to date after a commit of more than a few thousand records', async () => {
    const P = uniqueRef('ANZ');
    const agencies = Array.from({ length: ANALYZE_AFTER_RECORDS + 100 }, (_, i) => ({
      partnership: P,
      ref: `A${i}`,
      name: `Agency ${i}`,
      sector: 'voluntary-community',
    }));
    const bundle = {
      format: 'sli-bundle',
      version: 1,
      partnerships: [{ ref: P, name: 'Analyse Partnership', kind: 'children', region: 'North East', followUpWeeks: 6 }],
      agencies,
    } as unknown as Bundle;
    const before = await estimate();
    const result = await runInScope(cliScope('test'), () => api.app.get(ImportService).importBundle(bundle));
    expect(result.created).toBe(agencies.length + 1);
    const after = await estimate();
    const [written] = (await api.db.query(
      `SELECT count(*)::int AS n FROM agencies a JOIN partnerships p ON p.id = a.partnership_id WHERE p.ref = $1`,
      [P],
    )) as { n: number }[];
    expect(written?.n).toBe(agencies.length);
    // Other test files write agencies into the same database meanwhile, so the whole table is only at
    // least what it was plus this import. Before, the planner knew nothing of the new rows; after, its
    // estimate is the count (ANALYZE samples 30,000 rows, so on a large shared database it may be off by a little).
    expect(after.actual).toBeGreaterThanOrEqual(before.actual + agencies.length);
    expect(after.actual - before.estimated).toBeGreaterThanOrEqual(agencies.length);
    expect(Math.abs(after.estimated - after.actual)).toBeLessThanOrEqual(after.actual * 0.02);
  });
});
