import { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

const ACTION_FIELDS = `id ref title status dueOn completedOn impactEvidence monitoringCommittee signedOffOn signedOffBy
  reviewId auditId recommendationId ownerAgencyId`;
const CREATE = `mutation($input: CreateActionInput!) { createAction(input: $input) { ${ACTION_FIELDS} } }`;
const CHANGE = `mutation($id: ID!, $input: ChangeActionStatusInput!) {
  changeActionStatus(id: $id, input: $input) { ${ACTION_FIELDS} } }`;
const UPDATES = `query($id: ID!) { action(id: $id) { status completedOn updatedAt
  updates { changedAt changedBy fromStatus toStatus note } } }`;

describe('Actions over GraphQL', () => {
  let api: TestApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.db;
  });
  afterAll(() => api.close());

  /** A partnership with two agencies and one review, through the API and SQL fixtures. */
  async function setUp() {
    const pid = await createTestPartnership(api, 'Actionshire LSCP');
    const agency = async (name: string, sector: string) =>
      (
        await api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
          input: { partnershipId: pid, name, sector },
        })
      ).createAgency.id as string;
    const police = await agency('Actionshire Police', 'POLICE');
    const health = await agency('Actionshire ICB', 'HEALTH');
    const [review] = await db.query(
      'INSERT INTO reviews (partnership_id, ref, type, title, initiated_on) VALUES ($1,$2,$3,$4,$5) RETURNING id',
      [pid, uniqueRef('R'), 'lcspr', 'Child Q LCSPR', '2024-05-01'],
    );
    const themes: { id: string; code: string }[] = await db.query('SELECT id, code FROM themes WHERE partnership_id = $1 ORDER BY code', [pid]);
    return { pid, police, health, reviewId: review.id as string, themes };
  }

  const create = (input: Record<string, unknown>) => api.gql(CREATE, { input }).then((d) => d.createAction);
  const countActions = async (pid: string) =>
    Number((await db.query('SELECT count(*) AS n FROM actions WHERE partnership_id = $1', [pid]))[0].n);
  const countUpdates = async (actionId: string) =>
    Number((await db.query('SELECT count(*) AS n FROM action_updates WHERE action_id = $1', [actionId]))[0].n);

  it('creates, updates and fetches an action with its relations and first update', async () => {
    const { pid, police, health, reviewId, themes } = await setUp();
    const created = await create(
      {
        partnershipId: pid,
        ref: 'ACT-1',
        title: 'Refresh the neglect toolkit',
        reviewId,
        ownerAgencyId: police,
        dueOn: '2025-09-30',
        monitoringCommittee: 'Learning and Improvement',
        themeIds: [themes[0].id],
        note: 'Agreed at the board',
      },
    );
    expect(created).toMatchObject({ ref: 'ACT-1', status: 'NOT_STARTED', reviewId, auditId: null, completedOn: null, ownerAgencyId: police });

    const { updateAction } = await api.gql(
      `mutation($id: ID!, $input: UpdateActionInput!) { updateAction(id: $id, input: $input) { title ownerAgencyId monitoringCommittee dueOn status } }`,
      { id: created.id, input: { title: 'Refresh and relaunch the neglect toolkit', ownerAgencyId: health, themeIds: [themes[1].id, themes[2].id] } },
    );
    expect(updateAction).toEqual({
      title: 'Refresh and relaunch the neglect toolkit',
      ownerAgencyId: health,
      monitoringCommittee: 'Learning and Improvement',
      dueOn: '2025-09-30',
      status: 'NOT_STARTED',
    });

    const { action } = await api.gql(
      `query($id: ID!) { action(id: $id) {
         title review { id title } audit { id } ownerAgency { name } themes { code }
         updates { changedBy fromStatus toStatus note } } }`,
      { id: created.id },
    );
    expect(action).toEqual({
      title: 'Refresh and relaunch the neglect toolkit',
      review: { id: reviewId, title: 'Child Q LCSPR' },
      audit: null,
      ownerAgency: { name: 'Actionshire ICB' },
      themes: expect.arrayContaining([{ code: themes[1].code }, { code: themes[2].code }]),
      updates: [{ changedBy: 'Test Admin', fromStatus: null, toStatus: 'NOT_STARTED', note: 'Agreed at the board' }],
    });
    expect(action.themes).toHaveLength(2);

    const { agency } = await api.gql(`query($id: ID!) { agency(id: $id) { actions { ref } } }`, { id: health });
    expect(agency.actions).toEqual([{ ref: 'ACT-1' }]);
  });

  it('lists the actions of many reviews and agencies in one request', async () => {
    const { pid, police, health, reviewId } = await setUp();
    await create({ partnershipId: pid, ref: 'B', title: 'B', reviewId, ownerAgencyId: police, dueOn: '2025-02-01' });
    await create({ partnershipId: pid, ref: 'A', title: 'A', reviewId, ownerAgencyId: health, dueOn: '2025-01-01' });
    const { agencies } = await api.gql(
      `query($f: AgencyFilter) { agencies(filter: $f) { nodes { name actions { ref review { actions { ref } } } } } }`,
      { f: { partnershipId: pid } },
    );
    expect(agencies.nodes).toEqual([
      { name: 'Actionshire ICB', actions: [{ ref: 'A', review: { actions: [{ ref: 'A' }, { ref: 'B' }] } }] },
      { name: 'Actionshire Police', actions: [{ ref: 'B', review: { actions: [{ ref: 'A' }, { ref: 'B' }] } }] },
    ]);
  });

  it('records every status change with the signed-in user (never a header), from, to and note, oldest first', async () => {
    const { pid, police, reviewId } = await setUp();
    const bob = await api.as('agency-lead', { partnershipIds: [pid], agencyId: police, name: 'Bob (Police)' });
    const dan = await api.as('admin', { partnershipIds: [pid], name: 'Dan (business unit)' });
    const created = await create({ partnershipId: pid, title: 'Audit strategy meetings', reviewId, ownerAgencyId: police, dueOn: '2025-03-31' });

    // A header naming someone else changes nothing: the change is recorded under the token's user.
    const forged = await fetch(api.url, {
      method: 'POST',
      headers: { ...bob.headers(), 'x-actor': 'mallory' },
      body: JSON.stringify({ query: CHANGE, variables: { id: created.id, input: { status: 'IN_PROGRESS', note: 'Started' } } }),
    });
    expect(((await forged.json()) as { errors?: unknown }).errors).toBeUndefined();
    const { changeActionStatus: done } = await bob.gql(CHANGE, {
      id: created.id,
      input: { status: 'COMPLETED', completedOn: '2025-03-20', note: 'Audit done' },
    });
    expect(done).toMatchObject({ status: 'COMPLETED', completedOn: '2025-03-20' });

    const { changeActionStatus: evidenced } = await dan.gql(CHANGE, {
      id: created.id,
      input: { status: 'IMPACT_EVIDENCED', impactEvidence: 'Re-audit: 90% compliant' },
    });
    expect(evidenced).toMatchObject({ status: 'IMPACT_EVIDENCED', completedOn: '2025-03-20', impactEvidence: 'Re-audit: 90% compliant' });

    const { changeActionStatus: reopened } = await api.gql(CHANGE, { id: created.id, input: { status: 'IN_PROGRESS', note: 'Re-audit failed' } });
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', completedOn: null });

    const { action } = await api.gql(UPDATES, { id: created.id });
    expect(action.updates.map((u: any) => [u.changedBy, u.fromStatus, u.toStatus, u.note])).toEqual([
      ['Test Admin', null, 'NOT_STARTED', null],
      ['Bob (Police)', 'NOT_STARTED', 'IN_PROGRESS', 'Started'],
      ['Bob (Police)', 'IN_PROGRESS', 'COMPLETED', 'Audit done'],
      ['Dan (business unit)', 'COMPLETED', 'IMPACT_EVIDENCED', null],
      ['Test Admin', 'IMPACT_EVIDENCED', 'IN_PROGRESS', 'Re-audit failed'],
    ]);
    const times = action.updates.map((u: any) => Date.parse(u.changedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('refuses an invalid status change and writes nothing', async () => {
    const { pid, police, reviewId } = await setUp();
    const created = await create({ partnershipId: pid, title: 'Train GPs', reviewId, ownerAgencyId: police, dueOn: '2025-03-31' });
    await api.gql(CHANGE, { id: created.id, input: { status: 'IN_PROGRESS' } });
    const before = (await api.gql(UPDATES, { id: created.id })).action;
    const rowBefore = await db.query('SELECT * FROM actions WHERE id = $1', [created.id]);

    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ status: 'COMPLETED', note: 'no date' }, 'completedOn', /required/],
      [{ status: 'IMPACT_EVIDENCED', completedOn: '2025-03-01' }, 'impactEvidence', /required/],
      [{ status: 'IN_PROGRESS' }, 'status', /^is already in progress$/],
      [{ status: 'CANCELLED', completedOn: '2025-03-01' }, 'completedOn', /must be empty/],
    ];
    for (const [input, field, message] of cases) {
      const res = await api.raw(CHANGE, { id: created.id, input });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual([{ field, message: expect.stringMatching(message) }]);
    }

    expect((await api.gql(UPDATES, { id: created.id })).action).toEqual(before);
    expect(await db.query('SELECT * FROM actions WHERE id = $1', [created.id])).toEqual(rowBefore);
    expect(await countUpdates(created.id)).toBe(2);
  });

  it('validates a new action field by field and writes nothing when a later row fails', async () => {
    const { pid, police, reviewId } = await setUp();
    const [audit] = await db.query(
      'INSERT INTO audits (partnership_id, ref, type, title, started_on) VALUES ($1,$2,$3,$4,$5) RETURNING id',
      [pid, uniqueRef('AU'), 'thematic', 'Neglect thematic audit', '2024-09-01'],
    );
    const base = { partnershipId: pid, title: 'Something', ownerAgencyId: police, dueOn: '2025-01-31' };

    const bad = await api.raw(CREATE, { input: { ...base, title: '', reviewId, status: 'WIZARD' } });
    expect(bad.errors?.[0]?.message).toMatch(/WIZARD/);
    const empty = await api.raw(CREATE, { input: { ...base, title: '', reviewId } });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'title' })]);

    const both = await api.raw(CREATE, { input: { ...base, reviewId, auditId: audit.id } });
    expect(both.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'auditId' })]);
    const neither = await api.raw(CREATE, { input: base });
    expect(neither.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'reviewId' })]);

    const completed = await api.raw(CREATE, { input: { ...base, reviewId, status: 'IMPACT_EVIDENCED' } });
    expect(completed.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['completedOn', 'impactEvidence']);

    // Another partnership's agency and theme: refused, and the action row already inserted is rolled back.
    const other = await setUp();
    const foreignOwner = await api.raw(CREATE, { input: { ...base, reviewId, ownerAgencyId: other.police } });
    expect(foreignOwner.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'ownerAgencyId' })]);
    const foreignTheme = await api.raw(CREATE, { input: { ...base, reviewId, themeIds: [other.themes[0].id] } });
    expect(foreignTheme.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'themeIds' })]);
    expect(await countActions(pid)).toBe(0);

    // Exactly one source works either way; an audit's action resolves its audit.
    const fromAudit = await create({ ...base, ref: 'FROM-AUDIT', auditId: audit.id });
    const { action } = await api.gql(`query($id: ID!) { action(id: $id) { review { id } audit { id title } } }`, { id: fromAudit.id });
    expect(action).toEqual({ review: null, audit: { id: audit.id, title: 'Neglect thematic audit' } });
    const { audit: withActions } = await api.gql(`query($id: ID!) { audit(id: $id) { actions { ref } } }`, { id: audit.id });
    expect(withActions.actions).toEqual([{ ref: 'FROM-AUDIT' }]);

    const dup = await api.raw(CREATE, { input: { ...base, ref: 'FROM-AUDIT', reviewId } });
    expect(dup.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'ref' })]);
    expect(await countActions(pid)).toBe(1);
  });

  it('checks that a recommendation belongs to the same source', async () => {
    const { pid, police, reviewId } = await setUp();
    const [otherReview] = await db.query(
      'INSERT INTO reviews (partnership_id, ref, type, title, initiated_on) VALUES ($1,$2,$3,$4,$5) RETURNING id',
      [pid, uniqueRef('R'), 'sar', 'Adult B SAR', '2024-06-01'],
    );
    const [rec] = await db.query('INSERT INTO recommendations (partnership_id, ref, review_id, text) VALUES ($1,$2,$3,$4) RETURNING id', [
      pid,
      uniqueRef('REC'),
      reviewId,
      'Improve information sharing',
    ]);
    const base = { partnershipId: pid, title: 'Share information', ownerAgencyId: police, dueOn: '2025-01-31', recommendationId: rec.id };
    const wrong = await api.raw(CREATE, { input: { ...base, reviewId: otherReview.id } });
    expect(wrong.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'recommendationId' })]);
    const ok = await create({ ...base, reviewId });
    expect(ok.recommendationId).toBe(rec.id);

    const { action } = await api.gql(`query($id: ID!) { action(id: $id) { recommendation { id text actions { id } } } }`, { id: ok.id });
    expect(action.recommendation).toEqual({ id: rec.id, text: 'Improve information sharing', actions: [{ id: ok.id }] });
  });

  it('rates BRAG and overdue as of a date, and filters overdue actions', async () => {
    const { pid, police, reviewId } = await setUp();
    const asOf = '2025-06-01';
    const add = async (ref: string, dueOn: string, status?: { status: string; completedOn?: string }) => {
      const a = await create({ partnershipId: pid, ref, title: ref, reviewId, ownerAgencyId: police, dueOn });
      if (status) await api.gql(CHANGE, { id: a.id, input: status });
      return a.id as string;
    };
    await add('overdue', '2025-05-31');
    await add('late-but-done', '2025-05-01', { status: 'COMPLETED', completedOn: '2025-05-20' });
    await add('cancelled', '2025-04-01', { status: 'CANCELLED' });
    await add('today', '2025-06-01');
    await add('in-30', '2025-07-01');
    await add('in-31', '2025-07-02');
    await add('long-overdue', '2025-03-03', { status: 'IN_PROGRESS' });

    const { actions } = await api.gql(
      `query($f: ActionFilter, $asOf: Date!) { actions(filter: $f) { totalCount nodes { ref brag(asOf: $asOf) daysOverdue(asOf: $asOf) } } }`,
      { f: { partnershipId: pid }, asOf },
    );
    expect(actions.totalCount).toBe(7);
    expect(Object.fromEntries(actions.nodes.map((n: any) => [n.ref, [n.brag, n.daysOverdue]]))).toEqual({
      'long-overdue': ['RED', 90],
      cancelled: [null, 0],
      'late-but-done': ['BLUE', 0],
      overdue: ['RED', 1],
      today: ['AMBER', 0],
      'in-30': ['AMBER', 0],
      'in-31': ['GREEN', 0],
    });
    expect(actions.nodes.map((n: any) => n.ref)).toEqual(['long-overdue', 'cancelled', 'late-but-done', 'overdue', 'today', 'in-30', 'in-31']);

    const { actions: overdue } = await api.gql(`query($f: ActionFilter) { actions(filter: $f) { totalCount nodes { ref } } }`, {
      f: { partnershipId: pid, overdueAsOf: asOf },
    });
    expect(overdue).toEqual({ totalCount: 2, nodes: [{ ref: 'long-overdue' }, { ref: 'overdue' }] });
  });

  it('filters by status, owner, theme, committee, source and due dates, and pages by due date', async () => {
    const { pid, police, health, reviewId, themes } = await setUp();
    const mk = (ref: string, dueOn: string, extra: Record<string, unknown> = {}) =>
      create({ partnershipId: pid, ref, title: ref, reviewId, ownerAgencyId: police, dueOn, ...extra });
    await mk('a', '2025-01-10', { themeIds: [themes[0].id], monitoringCommittee: 'Quality Assurance' });
    await mk('b', '2025-02-10', { ownerAgencyId: health });
    await mk('c', '2025-03-10', { status: 'COMPLETED', completedOn: '2025-03-01' });
    await mk('d', '2025-04-10', { themeIds: [themes[0].id, themes[1].id] });
    await mk('e', '2025-05-10');

    const refs = async (f: Record<string, unknown>) =>
      (await api.gql(`query($f: ActionFilter) { actions(filter: $f) { nodes { ref } } }`, { f: { partnershipId: pid, ...f } })).actions.nodes.map(
        (n: { ref: string }) => n.ref,
      );
    expect(await refs({ statuses: ['COMPLETED', 'IN_PROGRESS'] })).toEqual(['c']);
    expect(await refs({ ownerAgencyId: health })).toEqual(['b']);
    expect(await refs({ themeId: themes[0].id })).toEqual(['a', 'd']);
    expect(await refs({ monitoringCommittee: 'quality assurance' })).toEqual(['a']);
    expect(await refs({ reviewId })).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await refs({ dueFrom: '2025-02-10', dueTo: '2025-04-10' })).toEqual(['b', 'c', 'd']);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { actions }: { actions: any } = await api.gql(
        `query($f: ActionFilter, $after: String) { actions(filter: $f, first: 2, after: $after) {
           totalCount nodes { ref } pageInfo { hasNextPage endCursor } } }`,
        { f: { partnershipId: pid }, after },
      );
      expect(actions.totalCount).toBe(5);
      seen.push(...actions.nodes.map((n: { ref: string }) => n.ref));
      after = actions.pageInfo.hasNextPage ? actions.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('signs off only a complete or cancelled action, not before its completion', async () => {
    const { pid, police, reviewId } = await setUp();
    const a = await create({ partnershipId: pid, title: 'Sign me', reviewId, ownerAgencyId: police, dueOn: '2025-03-31' });
    const SIGN = `mutation($id: ID!, $by: String!, $on: Date!) { signOffAction(id: $id, signedOffBy: $by, signedOffOn: $on) { signedOffBy signedOffOn } }`;

    const open = await api.raw(SIGN, { id: a.id, by: 'QA subgroup', on: '2025-04-10' });
    expect(open.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'signedOffOn', message: expect.stringMatching(/^is only for a complete or cancelled action: this one is /) },
    ]);

    await api.gql(CHANGE, { id: a.id, input: { status: 'COMPLETED', completedOn: '2025-03-30' } });
    const early = await api.raw(SIGN, { id: a.id, by: 'QA subgroup', on: '2025-03-01' });
    expect(early.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'signedOffOn' })]);

    const { signOffAction } = await api.gql(SIGN, { id: a.id, by: 'QA subgroup', on: '2025-04-10' });
    expect(signOffAction).toEqual({ signedOffBy: 'QA subgroup', signedOffOn: '2025-04-10' });
  });

  it('keeps the completion fields consistent on update', async () => {
    const { pid, police, reviewId } = await setUp();
    const a = await create({ partnershipId: pid, title: 'Edit me', reviewId, ownerAgencyId: police, dueOn: '2025-03-31' });
    const UPDATE = `mutation($id: ID!, $input: UpdateActionInput!) { updateAction(id: $id, input: $input) { title completedOn } }`;
    const res = await api.raw(UPDATE, { id: a.id, input: { completedOn: '2025-03-01' } });
    expect(res.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'completedOn' })]);
    const nulled = await api.raw(UPDATE, { id: a.id, input: { title: null } });
    expect(nulled.errors?.[0]?.extensions?.fields).toEqual([{ field: 'title', message: 'cannot be null' }]);
    const missing = await api.raw(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { title: 'x' } });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
