import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

const EVENTS = `query($f: AuditEventFilter, $first: Int) { auditEvents(filter: $f, first: $first) {
  totalCount nodes { occurredAt actorName actorId action entity entityId partnershipId requestId before after } } }`;

/**
 * The change history: every create, update and delete writes a row in the same transaction (database
 * triggers), under the signed-in user, with before and after; events such as exports are recorded too.
 */
describe('Change history', () => {
  let api: TestApi;
  let partnershipId: string;
  let agencyId: string;
  let reviewId: string;

  beforeAll(async () => {
    api = await startTestApi();
    partnershipId = await createTestPartnership(api, 'History Partnership');
    agencyId = (
      await api.gql(`mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }`, { i: { partnershipId, name: 'History Police', sector: 'POLICE' } })
    ).createAgency.id;
    reviewId = (
      await api.gql(`mutation($i: CreateReviewInput!) { createReview(input: $i) { id } }`, {
        i: { partnershipId, ref: uniqueRef('R'), type: 'LCSPR', title: 'Child K', initiatedOn: '2025-04-07' },
      })
    ).createReview.id;
  });
  afterAll(() => api?.close());

  it('records who changed what, before and after, with the request id, for every write through the API', async () => {
    const requestId = `test-${uniqueRef('req')}`;
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { ...api.headers(), 'x-request-id': requestId, 'x-actor': 'someone-else' },
      body: JSON.stringify({
        query: `mutation($i: CreateReviewInput!) { createReview(input: $i) { id } }`,
        variables: { i: { partnershipId, ref: uniqueRef('R'), type: 'LCSPR', title: 'Child H', initiatedOn: '2025-06-02' } },
      }),
    });
    expect(res.headers.get('x-request-id')).toBe(requestId);
    const reviewId = ((await res.json()) as { data: { createReview: { id: string } } }).data.createReview.id;
    await api.gql(`mutation($id: ID!) { updateReview(id: $id, input: { title: "Child H (renamed)" }) { id } }`, { id: reviewId });

    const { auditEvents } = await api.gql(EVENTS, { f: { entity: 'reviews', entityId: reviewId } });
    expect(auditEvents.totalCount).toBe(2);
    const [update, insert] = auditEvents.nodes;
    const me = (await api.gql(`{ viewer { id email } }`)).viewer;
    expect(insert).toMatchObject({ action: 'insert', actorName: me.email, actorId: me.id, partnershipId, requestId, before: null });
    expect(insert.after).toMatchObject({ id: reviewId, title: 'Child H' });
    expect(update).toMatchObject({ action: 'update', actorName: me.email, before: { title: 'Child H' }, after: { title: 'Child H (renamed)' } });
    expect(Date.parse(update.occurredAt)).toBeGreaterThanOrEqual(Date.parse(insert.occurredAt));
  });

  it('serialises concurrent status changes: every fromStatus is the previous toStatus, and the history records each', async () => {
    const { createAction } = await api.gql(`mutation($i: CreateActionInput!) { createAction(input: $i) { id } }`, {
      i: { partnershipId, title: 'Contested action', reviewId, ownerAgencyId: agencyId, dueOn: '2026-06-30' },
    });
    const change = (status: string) =>
      api.raw(`mutation($id: ID!, $s: ActionStatus!) { changeActionStatus(id: $id, input: { status: $s }) { status } }`, { id: createAction.id, s: status });
    // Ten changes at once: some are refused (already in that status), none may interleave.
    await Promise.all(['IN_PROGRESS', 'NOT_STARTED', 'IN_PROGRESS', 'NOT_STARTED', 'IN_PROGRESS', 'NOT_STARTED', 'IN_PROGRESS', 'NOT_STARTED', 'IN_PROGRESS', 'NOT_STARTED'].map(change));
    const { action } = await api.gql(`query($id: ID!) { action(id: $id) { status updates { fromStatus toStatus } } }`, { id: createAction.id });
    const updates = action.updates as { fromStatus: string | null; toStatus: string }[];
    expect(updates.length).toBeGreaterThan(1);
    updates.slice(1).forEach((u, i) => expect(u.fromStatus).toBe(updates[i]?.toStatus));
    expect(updates.at(-1)?.toStatus).toBe(action.status);
    const { auditEvents } = await api.gql(EVENTS, { f: { entity: 'action_updates' }, first: 500 });
    const forAction = auditEvents.nodes.filter((e: { after: { action_id?: string } }) => e.after?.action_id === createAction.id);
    expect(forAction).toHaveLength(updates.length);
  });

  it('records exports and exact-figure reports as events', async () => {
    const [{ ref }] = (await api.db.query('SELECT ref FROM partnerships WHERE id = $1', [partnershipId])) as { ref: string }[];
    await api.gql(`query($r: [String!]) { exportBundle(partnershipRefs: $r) }`, { r: [ref] });
    await api.gql(`query($p: ID!) { annualReport(partnershipId: $p, financialYear: "2025/26", mode: EXACT) { mode } }`, { p: partnershipId });
    const exports = (await api.gql(EVENTS, { f: { action: 'export' } })).auditEvents.nodes;
    expect(exports.some((e: { after: { partnerships: string[] } }) => e.after.partnerships.includes(ref))).toBe(true);
    const exact = (await api.gql(EVENTS, { f: { action: 'exact-report', partnershipId } })).auditEvents.nodes;
    expect(exact[0]).toMatchObject({ entity: 'annual_report', after: { financialYear: '2025/26' } });
  });

  it('an import cannot remove an action status history', async () => {
    const P = uniqueRef('HP');
    const bundle = (updates: { changedAt: string; changedBy: string; toStatus: string; fromStatus?: string }[]) => ({
      format: 'sli-bundle',
      version: 1,
      partnerships: [{ ref: P, name: 'History import', kind: 'children' }],
      agencies: [{ partnership: P, ref: 'POL', name: 'Police', sector: 'police' }],
      reviews: [{ partnership: P, ref: 'R1', type: 'lcspr', title: 'Child L', initiatedOn: '2025-04-01', status: 'in-progress' }],
      actions: [{ partnership: P, ref: 'A1', title: 'Kept history', review: 'R1', ownerAgency: 'POL', dueOn: '2026-01-31', status: 'in-progress', updates }],
    });
    const first = [
      { changedAt: '2025-05-01T09:00:00.000Z', changedBy: 'BU', toStatus: 'not-started' },
      { changedAt: '2025-06-01T09:00:00.000Z', changedBy: 'Police lead', fromStatus: 'not-started', toStatus: 'in-progress' },
    ];
    await api.system.gql(`mutation($b: JSON!) { importBundle(bundle: $b) { created } }`, { b: bundle(first) });
    // The same action again with its history cut short: the stored history stays whole.
    await api.system.gql(`mutation($b: JSON!) { importBundle(bundle: $b) { created } }`, { b: bundle(first.slice(0, 1)) });
    const rows = (await api.db.query(
      `SELECT u.changed_by FROM action_updates u JOIN actions a ON a.id = u.action_id JOIN partnerships p ON p.id = a.partnership_id
       WHERE p.ref = $1 ORDER BY u.changed_at`,
      [P],
    )) as { changed_by: string }[];
    expect(rows.map((r) => r.changed_by)).toEqual(['BU', 'Police lead']);
  });
});
