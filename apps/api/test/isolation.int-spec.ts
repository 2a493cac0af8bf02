import { NO_SCOPE, ROLES, runInScope, type Role } from '@sli/shared/api-core';
import { Client as PgClient } from 'pg';
import { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, uniqueRef, type Client, type TestApi } from './harness';

const onPostgres = Boolean(process.env['DATABASE_URL']);

interface World {
  id: string;
  ref: string;
  police: string;
  health: string;
  reviewId: string;
  policeAction: string;
  healthAction: string;
}

/**
 * Partnership isolation, twice: the API refuses or hides another partnership's records for every role
 * but the national analyst (published figures only), and the database itself shows the application role
 * nothing without a partnership set.
 */
describe('Partnership isolation', () => {
  let api: TestApi;
  let a: World;
  let b: World;
  const users = new Map<Role, Client>();

  async function world(name: string): Promise<World> {
    const id = await createTestPartnership(api, name);
    const [{ ref }] = (await api.db.query('SELECT ref FROM partnerships WHERE id = $1', [id])) as { ref: string }[];
    const agency = async (agencyName: string, sector: string) =>
      (await api.gql(`mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }`, { i: { partnershipId: id, name: agencyName, sector } })).createAgency
        .id as string;
    const police = await agency(`${name} Police`, 'POLICE');
    const health = await agency(`${name} ICB`, 'HEALTH');
    const { createReview } = await api.gql(`mutation($i: CreateReviewInput!) { createReview(input: $i) { id } }`, {
      i: { partnershipId: id, ref: uniqueRef('R'), type: 'LCSPR', title: `${name} review`, initiatedOn: '2025-05-01' },
    });
    const action = async (owner: string) =>
      (
        await api.gql(`mutation($i: CreateActionInput!) { createAction(input: $i) { id } }`, {
          i: { partnershipId: id, title: 'Refresh guidance', reviewId: createReview.id, ownerAgencyId: owner, dueOn: '2026-03-31' },
        })
      ).createAction.id as string;
    return { id, ref, police, health, reviewId: createReview.id, policeAction: await action(police), healthAction: await action(health) };
  }

  beforeAll(async () => {
    api = await startTestApi();
    a = await world('Isolation A');
    b = await world('Isolation B');
    for (const role of ROLES) {
      const cross = role === 'national-analyst' || role === 'system-admin';
      users.set(role, await api.as(role, { partnershipIds: cross ? [] : [a.id], agencyId: role === 'agency-lead' ? a.police : undefined }));
    }
  });
  afterAll(() => api?.close());
  const user = (role: Role): Client => {
    const found = users.get(role);
    if (!found) throw new Error(`No user for ${role}`);
    return found;
  };

  const partnershipRoles: Role[] = ['admin', 'agency-lead', 'committee-member', 'board-member', 'analyst'];

  it.each(partnershipRoles)('%s of A cannot read B: asked by id, by filter or by nothing', async (role) => {
    const client = user(role);
    const byFilter = await client.raw(`query($f: ReviewFilter) { reviews(filter: $f) { totalCount } }`, { f: { partnershipId: b.id } });
    expect(byFilter.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(byFilter.errors?.[0]?.message).toMatch(/filter.partnershipId is not one of your partnerships/);

    const everything = await client.gql(`{ reviews(first: 500) { nodes { id partnershipId } } actions(first: 500) { nodes { id partnershipId } }
      agencies(first: 500) { nodes { id partnershipId } } partnerships { nodes { id } } }`);
    for (const list of [everything.reviews, everything.actions, everything.agencies]) {
      expect(list.nodes.length).toBeGreaterThan(0);
      expect(list.nodes.every((n: { partnershipId: string }) => n.partnershipId === a.id)).toBe(true);
    }
    expect(everything.partnerships.nodes).toEqual([{ id: a.id }]);

    const byId = await client.gql(`query($r: ID!, $x: ID!, $p: ID!) { review(id: $r) { id } action(id: $x) { id } partnership(id: $p) { id } }`, {
      r: b.reviewId,
      x: b.policeAction,
      p: b.id,
    });
    expect(byId).toEqual({ review: null, action: null, partnership: null });

    const report = await client.raw(`query($p: ID!) { annualReport(partnershipId: $p, financialYear: "2025/26") { partnershipId } }`, { p: b.id });
    expect(report.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each(['admin', 'agency-lead'] as Role[])('%s of A cannot change B, whatever the id', async (role) => {
    const client = user(role);
    const change = await client.raw(`mutation($id: ID!) { changeActionStatus(id: $id, input: { status: IN_PROGRESS }) { id } }`, { id: b.policeAction });
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(change.errors?.[0]?.extensions?.code);
    const [row] = (await api.db.query('SELECT status FROM actions WHERE id = $1', [b.policeAction])) as { status: string }[];
    expect(row?.status).toBe('not-started');
  });

  it('an admin of A cannot create, update or export in B', async () => {
    const admin = user('admin');
    const create = await admin.raw(`mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }`, { i: { partnershipId: b.id, name: 'Intruder', sector: 'OTHER' } });
    expect(create.errors?.[0]).toMatchObject({ message: 'input.partnershipId is not one of your partnerships', extensions: { code: 'FORBIDDEN' } });
    const update = await admin.raw(`mutation($id: ID!) { updateReview(id: $id, input: { title: "Renamed" }) { id } }`, { id: b.reviewId });
    expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const exported = await admin.raw(`query($r: [String!]) { exportBundle(partnershipRefs: $r) }`, { r: [b.ref] });
    expect(exported.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(exported)).not.toContain('Isolation B Police');
    const imported = await admin.raw(`mutation($b: JSON!) { importBundle(bundle: $b) { records } }`, {
      b: { format: 'sli-bundle', version: 1, partnerships: [{ ref: b.ref, name: 'Taken over', kind: 'children' }] },
    });
    expect(imported.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = (await api.db.query('SELECT name FROM partnerships WHERE id = $1', [b.id])) as { name: string }[];
    expect(row?.name).toBe('Isolation B');
  });

  it('an agency lead changes only the actions its own agency owns', async () => {
    const lead = user('agency-lead');
    const own = await lead.gql(`mutation($id: ID!) { changeActionStatus(id: $id, input: { status: IN_PROGRESS, note: "Begun" }) { status } }`, {
      id: a.policeAction,
    });
    expect(own.changeActionStatus.status).toBe('IN_PROGRESS');
    const other = await lead.raw(`mutation($id: ID!) { changeActionStatus(id: $id, input: { status: IN_PROGRESS }) { status } }`, { id: a.healthAction });
    expect(other.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(other.errors?.[0]?.message).toMatch(/owned by another agency/);
  });

  it('a national analyst reads published figures of every partnership, and no records', async () => {
    const national = user('national-analyst');
    const published = await national.gql(`query($p: ID!) { annualReport(partnershipId: $p, financialYear: "2025/26") { partnershipId mode } }`, { p: b.id });
    expect(published.annualReport).toEqual({ partnershipId: b.id, mode: 'PUBLISHED' });
    const exact = await national.raw(`query($p: ID!) { annualReport(partnershipId: $p, financialYear: "2025/26", mode: EXACT) { partnershipId } }`, { p: b.id });
    expect(exact.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const drill = await national.raw(`query($p: ID!) { annualReport(partnershipId: $p, financialYear: "2025/26") { records(table: REVIEWS_BY_TYPE_AND_STATUS) { ref } } }`, {
      p: b.id,
    });
    expect(drill.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const records = await national.raw(`{ reviews { totalCount } }`);
    expect(records.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the database shows the application role no tenant row without a partnership set', async () => {
    const tables = (await api.db.query(
      `SELECT c.table_name AS name, cl.relrowsecurity AS rls
       FROM information_schema.columns c JOIN pg_class cl ON cl.relname = c.table_name AND cl.relkind = 'r'
       JOIN pg_namespace n ON n.oid = cl.relnamespace AND n.nspname = 'public'
       WHERE c.table_schema = 'public' AND c.column_name = 'partnership_id' ORDER BY 1`,
    )) as { name: string; rls: boolean }[];
    const tenant = [...tables.filter((t) => t.name !== 'user_partnerships'), { name: 'partnerships', rls: true }];
    expect(tenant.length).toBeGreaterThan(30);
    // Every tenant table has row-level security on (a new table without it fails here).
    expect(tenant.filter((t) => !t.rls).map((t) => t.name)).toEqual([]);
    // Each policy reads the caller's partnerships once per statement (an InitPlan), never once per row
    // (migration 3900: per row, a scan of every action cast 150 partnership ids from text 39,736 times).
    const policies = (await api.db.query(`SELECT tablename AS name, qual FROM pg_policies WHERE schemaname = 'public' AND policyname = 'tenant'`)) as {
      name: string;
      qual: string;
    }[];
    expect(policies.map((p) => p.name).sort()).toEqual(tenant.map((t) => t.name).sort());
    const perRow = (qual: string) => qual.replace(/\(\s*SELECT sli_(all_partnerships|partnership_ids)\(\) AS sli_\w+\)/g, '').includes('sli_');
    expect(policies.filter((p) => perRow(p.qual)).map((p) => `${p.name}: ${p.qual}`)).toEqual([]);

    const counts = await asApplicationRole(api, async (query) => {
      const out: Record<string, number> = {};
      for (const t of tenant) out[t.name] = Number(((await query(`SELECT count(*)::int AS n FROM ${t.name}`)) as { n: number }[])[0]?.n);
      return out;
    });
    expect(Object.entries(counts).filter(([, n]) => n !== 0)).toEqual([]);
    // With the data present: the owner sees the rows the application role cannot.
    const [{ n }] = (await api.db.query('SELECT count(*)::int AS n FROM reviews WHERE partnership_id = $1', [a.id])) as { n: number }[];
    expect(n).toBe(1);
  });

  it('the application role cannot rewrite the change history or an action status history', async () => {
    const denied = await asApplicationRole(api, async (query) => {
      const attempts = [
        `UPDATE audit_events SET actor = 'someone else'`,
        `DELETE FROM audit_events`,
        `INSERT INTO audit_events (actor, action, entity) VALUES ('x', 'insert', 'forged')`,
        `DELETE FROM action_updates`,
        `UPDATE action_updates SET changed_by = 'someone else'`,
      ];
      const results: string[] = [];
      for (const sql of attempts) {
        try {
          await query(sql);
          results.push(`allowed: ${sql}`);
        } catch (error) {
          results.push(/permission denied/.test(String(error)) ? 'denied' : `other: ${String(error)}`);
        }
      }
      return results;
    });
    expect(denied).toEqual(['denied', 'denied', 'denied', 'denied', 'denied']);
  });
});

/**
 * Runs queries as the application role with no partnership set: on PostgreSQL over a new connection
 * that logs in as `sli_app` itself; on PGlite (one process) through the API's pool outside any request.
 */
async function asApplicationRole<T>(api: TestApi, work: (query: (sql: string) => Promise<unknown>) => Promise<T>): Promise<T> {
  if (onPostgres) {
    const url = new URL(process.env['DATABASE_URL'] ?? '');
    url.username = 'sli_app';
    url.password = '';
    const client = new PgClient({ connectionString: url.toString() });
    await client.connect();
    try {
      const [{ current_user }] = (await client.query('SELECT current_user')).rows as { current_user: string }[];
      expect(current_user).toBe('sli_app');
      return await work(async (sql) => (await client.query(sql)).rows);
    } finally {
      await client.end();
    }
  }
  const ds = api.app.get(DataSource);
  return runInScope(NO_SCOPE, () => work((sql) => ds.query(sql)));
}
