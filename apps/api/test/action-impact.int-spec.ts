import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

/*
 * The impact loop over GraphQL: an action names the audit round and the OBA measure that will show its
 * impact; both must be of its partnership; the action answers with them; an audit so named cannot be
 * deleted. Partnership P:
 *   audit AU (case audit, 6 Jan – 14 Mar 2025) with cases graded good, outstanding, requires improvement
 *   measure M (quarterly, higher is better): Q3 2024/25 (from 1 Oct 2024) 60, Q4 58, Q1 2025/26 66
 *   action ACT (from review RV, owned by police), completed 20 Dec 2024.
 * What the action page reads from them (libs/actions/domain impact-evidence.ts): AU completed, started
 * after the action was completed, 2 of 3 cases good or better; M's baseline Q3 60, since Q4 58 and Q1 66,
 * a change of +6, for the better.
 */
const ACTION = `query($id: ID!) { action(id: $id) {
  impactAuditId impactMeasureId
  impactAudit { ref startedOn completedOn cases { overallGrade } }
  impactMeasure { ref polarity values { periodStart value } } } }`;
const CREATE = `mutation($input: CreateActionInput!) { createAction(input: $input) { id impactAuditId impactMeasureId } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateActionInput!) { updateAction(id: $id, input: $input) { impactAuditId impactMeasureId } }`;

describe('the impact loop: actions naming the audit or measure that will show their impact', () => {
  let api: TestApi;
  let pid: string;
  let ids: Record<string, string>;

  const one = async (sql: string, params: unknown[]): Promise<string> => {
    const [row] = (await api.db.query(sql, params)) as { id: string }[];
    if (!row) throw new Error(`No row returned by ${sql}`);
    return row.id;
  };

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Impact LSCP');
    const other = await createTestPartnership(api, 'Elsewhere LSCP');
    const police = await one(`INSERT INTO agencies (partnership_id, ref, name, sector) VALUES ($1, $2, 'Impact Police', 'police') RETURNING id`, [pid, uniqueRef('POL')]);
    const review = await one(
      `INSERT INTO reviews (partnership_id, ref, type, title, status, initiated_on, family_participation)
       VALUES ($1, $2, 'lcspr', 'Child I', 'in-progress', '2024-04-01', 'not-yet-offered') RETURNING id`,
      [pid, uniqueRef('RV')],
    );
    const audit = (partnership: string) =>
      one(`INSERT INTO audits (partnership_id, ref, type, title, started_on, completed_on) VALUES ($1, $2, 'multi-agency-case', 'Neglect audit', '2025-01-06', '2025-03-14') RETURNING id`, [
        partnership,
        uniqueRef('AU'),
      ]);
    const au = await audit(pid);
    for (const grade of ['good', 'outstanding', 'requires-improvement']) {
      await api.db.query(`INSERT INTO audit_cases (partnership_id, ref, audit_id, overall_grade) VALUES ($1, $2, $3, $4)`, [pid, uniqueRef('C'), au, grade]);
    }
    const measure = (partnership: string) =>
      one(
        `INSERT INTO measures (partnership_id, ref, name, quadrant, polarity, unit, periodicity, source)
         VALUES ($1, $2, 'Fathers engaged', 'better-off', 'higher-is-better', 'percent', 'quarter', 'entered') RETURNING id`,
        [partnership, uniqueRef('M')],
      );
    const m = await measure(pid);
    for (const [start, value] of [['2024-10-01', 60], ['2025-01-01', 58], ['2025-04-01', 66]] as const) {
      await api.db.query(`INSERT INTO measure_values (partnership_id, measure_id, period_start, value) VALUES ($1, $2, $3, $4)`, [pid, m, start, value]);
    }
    ids = { police, review, au, m, otherAudit: await audit(other), otherMeasure: await measure(other) };
  }, 120_000);
  afterAll(() => api?.close());

  const input = (extra: Record<string, unknown>) => ({
    partnershipId: pid, reviewId: ids['review'], ownerAgencyId: ids['police'], title: 'Ask about fathers at every visit',
    dueOn: '2024-12-31', status: 'COMPLETED', completedOn: '2024-12-20', ...extra,
  });

  it('names the audit and the measure, and answers with them and their evidence', async () => {
    const { createAction } = await api.gql(CREATE, { input: input({ impactAuditId: ids['au'], impactMeasureId: ids['m'] }) });
    const { action } = await api.gql(ACTION, { id: createAction.id });
    expect(action.impactAudit).toMatchObject({ startedOn: '2025-01-06', completedOn: '2025-03-14' });
    expect(action.impactAudit.cases.map((c: { overallGrade: string }) => c.overallGrade).sort()).toEqual(['GOOD', 'OUTSTANDING', 'REQUIRES_IMPROVEMENT']);
    expect(action.impactMeasure).toMatchObject({ polarity: 'HIGHER_IS_BETTER', values: [{ value: 60 }, { value: 58 }, { value: 66 }] });

    // Either may be cleared on its own.
    expect((await api.gql(UPDATE, { id: createAction.id, input: { impactAuditId: null } })).updateAction).toEqual({ impactAuditId: null, impactMeasureId: ids['m'] });
  });

  it("refuses another partnership's audit or measure, naming each field, and writes nothing", async () => {
    const refused = await api.raw(CREATE, { input: input({ title: 'Refused', impactAuditId: ids['otherAudit'], impactMeasureId: ids['otherMeasure'] }) });
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'impactAuditId', message: 'must be an audit of this partnership' },
      { field: 'impactMeasureId', message: 'must be a measure of this partnership' },
    ]);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM actions WHERE partnership_id = $1 AND title = 'Refused'`, [pid])).toEqual([{ n: 0 }]);
  });

  it('keeps an audit an action waits on from being deleted, naming the action', async () => {
    const { createAction } = await api.gql(CREATE, { input: input({ ref: 'ACT-WAITS', impactAuditId: ids['au'] }) });
    const refused = await api.raw(`mutation($id: ID!) { deleteAudit(id: $id) { id } }`, { id: ids['au'] });
    expect(refused.errors?.[0]?.message).toMatch(/action awaiting its impact.*ACT-WAITS/);
    await api.gql(UPDATE, { id: createAction.id, input: { impactAuditId: null } });
  });
});
