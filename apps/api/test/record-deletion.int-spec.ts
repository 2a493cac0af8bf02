import { createTestPartnership, startTestApi, uniqueRef, type Client, type TestApi } from './harness';

const EVENTS = `query($f: AuditEventFilter) { auditEvents(filter: $f, first: 20) { nodes { action entity entityId actorName before after } } }`;

/**
 * Deleting the records of the review journey: admin only, within the caller's partnerships, refused
 * with the dependent records' references while any depend on the one deleted, and kept in the change
 * history with the record's last values. Parts of a record (themes, status history, updates) go with it.
 */
describe('Deleting notifications, reviews, findings, recommendations and actions', () => {
  let api: TestApi;
  let partnershipId: string;
  let agencyId: string;
  let themeId: string;

  const create = async (name: string, input: Record<string, unknown>): Promise<{ id: string; ref: string }> => {
    const type = `Create${name[0].toUpperCase()}${name.slice(1)}Input`;
    const data = await api.gql(`mutation($i: ${type}!) { create${name[0].toUpperCase()}${name.slice(1)}(input: $i) { id ref } }`, { i: input });
    return Object.values(data)[0] as { id: string; ref: string };
  };
  const remove = (name: string, id: string, client: Pick<Client, 'raw'> = api) =>
    client.raw(`mutation($id: ID!) { delete${name}(id: $id) { id ref } }`, { id });

  beforeAll(async () => {
    api = await startTestApi();
    partnershipId = await createTestPartnership(api, 'Deletion Partnership');
    agencyId = (await create('agency', { partnershipId, name: 'Deletion Police', sector: 'POLICE' })).id;
    themeId = (await api.gql(`query($p: ID) { themes(filter: { partnershipId: $p }, first: 1) { nodes { id } } }`, { p: partnershipId })).themes.nodes[0].id;
  });
  afterAll(() => api?.close());

  it('refuses while dependents exist, naming them; deletes leaf first; the history keeps each deletion', async () => {
    const notification = await create('notification', {
      partnershipId, ref: uniqueRef('N'), dateAware: '2025-05-01', harm: 'SERIOUS_HARM', ageBand: 'AGE_6_10', themeIds: [themeId],
    });
    const rapid = await create('review', {
      partnershipId, ref: uniqueRef('RR'), type: 'RAPID_REVIEW', title: 'Rapid review', initiatedOn: '2025-05-02', notificationId: notification.id,
    });
    const lcspr = await create('review', {
      partnershipId, ref: uniqueRef('L'), type: 'LCSPR', title: 'LCSPR', initiatedOn: '2025-06-02', sourceReviewId: rapid.id,
      agencyIds: [agencyId], themeIds: [themeId],
    });
    const finding = await create('finding', { reviewId: lcspr.id, kind: 'AREA_FOR_IMPROVEMENT', text: 'Information was not shared', themeIds: [themeId] });
    const rec = await create('recommendation', { reviewId: lcspr.id, findingId: finding.id, text: 'Share information' });
    const action = await create('action', {
      partnershipId, reviewId: lcspr.id, recommendationId: rec.id, ownerAgencyId: agencyId, dueOn: '2026-03-31', title: 'Train staff', themeIds: [themeId],
    });
    await api.gql(`mutation($id: ID!) { changeActionStatus(id: $id, input: { status: IN_PROGRESS }) { id } }`, { id: action.id });

    const refused = async (name: string, id: string, ...parts: string[]) => {
      const res = await remove(name, id);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const message = res.errors?.[0]?.message ?? '';
      expect(res.errors?.[0]?.extensions?.fields).toEqual([{ field: 'id', message }]);
      expect(message).toMatch(/cannot be deleted while other records depend on it/);
      for (const part of parts) expect(message).toContain(part);
    };
    await refused('Notification', notification.id, `Notification ${notification.ref}`, `1 review comes from it (${rapid.ref})`);
    await refused('Review', rapid.id, `1 review that led from it (${lcspr.ref})`);
    await refused('Review', lcspr.id, `1 finding (${finding.ref})`, `1 recommendation (${rec.ref})`, `1 action (${action.ref})`);
    await refused('Finding', finding.id, `1 recommendation answers it (${rec.ref})`);
    await refused('Recommendation', rec.id, `1 action answers it (${action.ref})`);

    // An agency lead may not delete, not even its own agency's action.
    const lead = await api.as('agency-lead', { partnershipIds: [partnershipId], agencyId });
    expect((await remove('Action', action.id, lead)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Leaf first: each deletion returns the record as it was, and the record is gone.
    for (const [name, record] of [['Action', action], ['Recommendation', rec], ['Finding', finding], ['Review', lcspr], ['Review', rapid], ['Notification', notification]] as const) {
      const res = await remove(name, record.id);
      expect(res.errors).toBeUndefined();
      expect(res.data?.[`delete${name}`]).toEqual({ id: record.id, ref: record.ref });
      const field = name[0].toLowerCase() + name.slice(1);
      expect((await api.gql(`query($id: ID!) { ${field}(id: $id) { id } }`, { id: record.id }))[field]).toBeNull();
    }
    // Parts went with their records: the action's updates and themes, the review's status history and agencies.
    const [left] = await api.db.query(
      `SELECT (SELECT count(*) FROM action_updates WHERE action_id = $1)::int AS updates,
              (SELECT count(*) FROM action_themes WHERE action_id = $1)::int AS action_themes,
              (SELECT count(*) FROM review_status_changes WHERE review_id = $2)::int AS status_changes,
              (SELECT count(*) FROM review_agencies WHERE review_id = $2)::int AS review_agencies`,
      [action.id, lcspr.id],
    );
    expect(left).toEqual({ updates: 0, action_themes: 0, status_changes: 0, review_agencies: 0 });

    const me = (await api.gql(`{ viewer { email } }`)).viewer.email;
    for (const [entity, record, field] of [['actions', action, 'title'], ['reviews', lcspr, 'title'], ['notifications', notification, 'harm']] as const) {
      const { auditEvents } = await api.gql(EVENTS, { f: { entity, entityId: record.id } });
      const deletion = auditEvents.nodes.find((e: { action: string }) => e.action === 'delete');
      expect(deletion).toMatchObject({ actorName: me, after: null, before: { id: record.id, ref: record.ref } });
      expect(deletion.before[field]).toBeDefined();
    }
  });

  it("hides another partnership's records (not found) and refuses roles other than admin", async () => {
    const other = await createTestPartnership(api, 'Other Deletion Partnership');
    const notification = await create('notification', { partnershipId: other, dateAware: '2025-05-01', harm: 'DEATH', ageBand: 'UNDER_1' });
    const outsider = await api.as('admin', { partnershipIds: [partnershipId] });
    expect((await remove('Notification', notification.id, outsider)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const analyst = await api.as('analyst', { partnershipIds: [other] });
    expect((await remove('Notification', notification.id, analyst)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(`query($id: ID!) { notification(id: $id) { id } }`, { id: notification.id })).notification).toEqual({ id: notification.id });
  });
});
