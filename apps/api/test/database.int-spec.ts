import { createTestPartnership, startTestApi, type TestApi } from './harness';

/**
 * PGlite is one session: without the serialising pool, a rollback in one transaction undid
 * another's committed insert. This holds on both databases.
 */
describe('Concurrent transactions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('keeps one transaction’s commit when another rolls back at the same time', async () => {
    const partnershipId = await createTestPartnership(api);
    const ds = api.db;
    const insert = (ref: string) =>
      `INSERT INTO agencies (partnership_id, ref, name, sector) VALUES ('${partnershipId}', '${ref}', '${ref}', 'police')`;
    const pause = () => new Promise((r) => setTimeout(r, 20));

    const committed = ds.transaction(async (m) => {
      await m.query(insert('KEEP'));
      await pause();
    });
    const rolledBack = ds
      .transaction(async (m) => {
        await m.query(insert('DROP'));
        await pause();
        throw new Error('roll back');
      })
      .catch((e: Error) => e.message);

    await Promise.all([committed, rolledBack]);
    expect(await rolledBack).toBe('roll back');
    const rows: { ref: string }[] = await ds.query(`SELECT ref FROM agencies WHERE partnership_id = $1 ORDER BY ref`, [
      partnershipId,
    ]);
    expect(rows.map((r) => r.ref)).toEqual(['KEEP']);
  });
});
