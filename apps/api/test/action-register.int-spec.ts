import { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

const REGISTER = `query($filter: MetricFilter, $asOf: Date!, $statuses: [ActionStatus!], $brags: [Brag!], $reviewId: ID, $group: ActionGroupInput,
    $sort: ActionRegisterSort, $descending: Boolean, $first: Int, $after: String, $offset: Int) {
  actionRegister(filter: $filter, asOf: $asOf, statuses: $statuses, brags: $brags, reviewId: $reviewId, group: $group, sort: $sort,
    descending: $descending, first: $first, after: $after, offset: $offset) {
    totalCount offset pageInfo { hasNextPage endCursor } nodes { brag daysOverdue action { ref dueOn status ownerAgency { name } } } } }`;
const SUMMARY = `query($filter: MetricFilter, $asOf: Date!) {
  actionPlanSummary(filter: $filter, asOf: $asOf, groupBy: OWNER_AGENCY) { key byBrag { red amber green blue } } }`;

const AS_OF = '2025-03-31';
const refs = (page: { nodes: { action: { ref: string } }[] }) => page.nodes.map((n) => n.action.ref);

describe('The action register (actionRegister)', () => {
  let api: TestApi;
  let db: DataSource;
  let pid: string;
  let police: string;
  let icb: string;
  let review: string;
  let pref: string;

  /**
   * Eight actions, as of 31 March 2025 (amber: due on asOf up to 30 days after):
   *
   * | ref | owner  | due        | status      | BRAG  | days overdue |
   * | P1  | Police | 2025-04-10 | in-progress | amber | 0  |
   * | P2  | Police | 2025-03-31 | not-started | amber | 0  (due on asOf) |
   * | P3  | Police | 2025-04-30 | not-started | amber | 0  (30 days ahead: the last amber day) |
   * | P4  | Police | 2025-05-01 | not-started | green | 0  (31 days ahead) |
   * | P5  | Police | 2025-03-30 | in-progress | red   | 1  |
   * | P6  | Police | 2025-04-20 | completed   | blue  | 0  (completed 1 March) |
   * | I1  | ICB    | 2025-04-05 | not-started | amber | 0  |
   * | I2  | ICB    | 2025-02-01 | in-progress | red   | 58 |
   */
  beforeAll(async () => {
    api = await startTestApi();
    db = api.db;
    pid = await createTestPartnership(api, 'Register LSCP');
    [{ ref: pref }] = await db.query('SELECT ref FROM partnerships WHERE id = $1', [pid]);
    const agency = async (name: string, sector: string) =>
      (await db.query('INSERT INTO agencies (partnership_id, ref, name, sector) VALUES ($1, $2, $3, $4) RETURNING id', [pid, uniqueRef('AG'), name, sector]))[0]
        .id as string;
    police = await agency('Register Police', 'police');
    icb = await agency('Register ICB', 'health');
    [{ id: review }] = await db.query(
      `INSERT INTO reviews (partnership_id, ref, type, title, initiated_on) VALUES ($1, 'R1', 'lcspr', 'Child A', '2024-01-10') RETURNING id`,
      [pid],
    );
    const rows: [string, string, string, string, string | null][] = [
      ['P1', police, '2025-04-10', 'in-progress', null],
      ['P2', police, '2025-03-31', 'not-started', null],
      ['P3', police, '2025-04-30', 'not-started', null],
      ['P4', police, '2025-05-01', 'not-started', null],
      ['P5', police, '2025-03-30', 'in-progress', null],
      ['P6', police, '2025-04-20', 'completed', '2025-03-01'],
      ['I1', icb, '2025-04-05', 'not-started', null],
      ['I2', icb, '2025-02-01', 'in-progress', null],
    ];
    for (const [ref, owner, dueOn, status, completedOn] of rows) {
      await db.query(
        `INSERT INTO actions (partnership_id, ref, review_id, owner_agency_id, title, due_on, status, completed_on)
         VALUES ($1, $2, $3, $4, $2, $5, $6, $7)`,
        [pid, ref, review, owner, dueOn, status, completedOn],
      );
    }
  });
  afterAll(() => api.close());

  const register = async (vars: Record<string, unknown>) =>
    (await api.gql(REGISTER, { filter: { partnershipIds: [pid] }, asOf: AS_OF, ...vars })).actionRegister;

  it("lists one agency's amber actions by due date, both ways, and agrees with the summary's amber count", async () => {
    const amber = await register({ filter: { partnershipIds: [pid], agencyId: police }, brags: ['AMBER'] });
    expect(refs(amber)).toEqual(['P2', 'P1', 'P3']); // due 31 Mar, 10 Apr, 30 Apr
    expect(amber.totalCount).toBe(3);
    expect(amber.nodes.every((n: { brag: string; action: { ownerAgency: { name: string } } }) => n.brag === 'AMBER' && n.action.ownerAgency.name === 'Register Police')).toBe(true);
    const latestFirst = await register({ filter: { partnershipIds: [pid], agencyId: police }, brags: ['AMBER'], descending: true });
    expect(refs(latestFirst)).toEqual(['P3', 'P1', 'P2']);

    const summary = (await api.gql(SUMMARY, { filter: { partnershipIds: [pid] }, asOf: AS_OF })).actionPlanSummary;
    expect(summary.find((r: { key: string }) => r.key === police).byBrag).toEqual({ red: 1, amber: 3, green: 1, blue: 1 });
    // The summary cell's own filter (the owner-agency row) gives the same actions.
    const viaRow = await register({ group: { by: 'OWNER_AGENCY', key: police }, brags: ['AMBER'] });
    expect(refs(viaRow)).toEqual(['P2', 'P1', 'P3']);
  });

  it('pages by offset or cursor with the total of every page', async () => {
    const vars = { filter: { partnershipIds: [pid], agencyId: police }, brags: ['AMBER'], first: 2 };
    const first = await register(vars);
    expect(refs(first)).toEqual(['P2', 'P1']);
    expect(first).toMatchObject({ totalCount: 3, offset: 0, pageInfo: { hasNextPage: true } });
    const second = await register({ ...vars, offset: 2 });
    expect(refs(second)).toEqual(['P3']);
    expect(second).toMatchObject({ totalCount: 3, offset: 2, pageInfo: { hasNextPage: false, endCursor: null } });
    const byCursor = await register({ ...vars, after: first.pageInfo.endCursor });
    expect(refs(byCursor)).toEqual(['P3']);
  });

  it('sorts by days overdue, BRAG, status, owner agency and ref, ties by due date', async () => {
    const mostOverdue = await register({ sort: 'DAYS_OVERDUE', descending: true });
    expect(mostOverdue.nodes.map((n: { action: { ref: string }; daysOverdue: number }) => `${n.action.ref}:${n.daysOverdue}`)).toEqual([
      'I2:58',
      'P5:1',
      'P2:0',
      'I1:0',
      'P1:0',
      'P6:0',
      'P3:0',
      'P4:0',
    ]);
    expect(refs(await register({ sort: 'BRAG' }))).toEqual(['I2', 'P5', 'P2', 'I1', 'P1', 'P3', 'P4', 'P6']); // red, amber, green, blue
    expect(refs(await register({ sort: 'STATUS' }))).toEqual(['P2', 'I1', 'P3', 'P4', 'I2', 'P5', 'P1', 'P6']); // not started, in progress, completed
    expect(refs(await register({ sort: 'OWNER_AGENCY', first: 2 }))).toEqual(['I2', 'I1']); // "Register ICB" before "Register Police"
    expect(refs(await register({ sort: 'REF', descending: true, first: 3 }))).toEqual(['P6', 'P5', 'P4']);
  });

  it('filters by status, review and due dates', async () => {
    expect(refs(await register({ filter: { partnershipIds: [pid], agencyId: police }, statuses: ['NOT_STARTED'] }))).toEqual(['P2', 'P3', 'P4']);
    expect(refs(await register({ filter: { partnershipIds: [pid], from: '2025-04-01', to: '2025-04-30' }, brags: ['AMBER', 'BLUE'] }))).toEqual([
      'I1',
      'P1',
      'P6',
      'P3',
    ]);
    expect((await register({ reviewId: review })).totalCount).toBe(8);
  });

  it('names a bad sort, offset or cursor', async () => {
    const badSort = await api.raw(REGISTER, { filter: { partnershipIds: [pid] }, asOf: AS_OF, sort: 'DUE' });
    expect(badSort.errors?.[0]?.message).toMatch(/"DUE" does not exist in "ActionRegisterSort" enum/);
    const badOffset = await api.raw(REGISTER, { filter: { partnershipIds: [pid] }, asOf: AS_OF, offset: -1 });
    expect(badOffset.errors?.[0]?.extensions?.fields).toEqual([{ field: 'offset', message: 'must be a whole number, 0 or more' }]);
    const badCursor = await api.raw(REGISTER, { filter: { partnershipIds: [pid] }, asOf: AS_OF, after: 'nonsense' });
    expect(badCursor.errors?.[0]?.extensions?.fields).toEqual([{ field: 'after', message: 'is not a cursor returned by the action register' }]);
  });

  it('downloads the whole filtered, sorted register through the export', async () => {
    const res = await fetch(`${api.origin}/api/exports`, {
      method: 'POST',
      headers: api.headers(),
      body: JSON.stringify({
        list: 'action-register',
        format: 'csv',
        variables: { filter: { partnershipIds: [pid], agencyId: police }, asOf: AS_OF, brags: ['AMBER'], sort: 'DUE_ON', descending: true },
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`action-register_${pref}_as-of-${AS_OF}.csv`);
    const lines = Buffer.from(await res.arrayBuffer()).toString('utf8').split('\r\n');
    expect(lines.filter((l) => /^P\d,/.test(l)).map((l) => l.slice(0, 2))).toEqual(['P3', 'P1', 'P2']);
    expect(lines).toEqual(expect.arrayContaining(['BRAG ratings,Amber', 'Owner agency,Register Police', 'Sorted by,"Due on, descending"']));
  });
});
