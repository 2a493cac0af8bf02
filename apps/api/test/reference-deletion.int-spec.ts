import { AGENCY_DEPENDENTS } from '@sli/partnerships-api';
import { THEME_DEPENDENTS } from '@sli/themes-api';
import { createTestPartnership, startTestApi, uniqueRef, type Client, type TestApi } from './harness';

const EVENTS = `query($f: AuditEventFilter) { auditEvents(filter: $f, first: 20) { nodes { action entity entityId actorName before after } } }`;

/**
 * Deleting agencies, themes and learning products over HTTP: admin only, within the caller's
 * partnerships; an agency or theme is refused, naming the records, while any names it (and a shipped
 * theme always); a learning product goes with its links to reviews and themes. Each deletion is kept in
 * the change history with the record's last values.
 */
describe('Deleting agencies, themes and learning products', () => {
  let api: TestApi;
  let partnershipId: string;
  let me: string;

  const remove = (name: string, id: string, client: Pick<Client, 'raw'> = api, fields = 'id') =>
    client.raw(`mutation($id: ID!) { delete${name}(id: $id) { ${fields} } }`, { id });
  const refused = async (res: Awaited<ReturnType<typeof remove>>, ...parts: string[]) => {
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const message = res.errors?.[0]?.message ?? '';
    expect(res.errors?.[0]?.extensions?.fields).toEqual([{ field: 'id', message }]);
    for (const part of parts) expect(message).toContain(part);
    return message;
  };
  const deletion = async (entity: string, id: string) => {
    const { auditEvents } = await api.gql(EVENTS, { f: { entity, entityId: id } });
    return auditEvents.nodes.find((e: { action: string }) => e.action === 'delete');
  };
  const agency = async (name: string, sector = 'POLICE') =>
    (await api.gql(`mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id ref } }`, { i: { partnershipId, name, sector } })).createAgency as {
      id: string;
      ref: string;
    };
  const theme = async (code: string, name: string) =>
    (
      await api.gql(`mutation($i: CreateThemeInput!) { createTheme(input: $i) { id } }`, {
        i: { partnershipId, code, name, themeGroup: 'FAMILY_CONTEXT' },
      })
    ).createTheme.id as string;

  beforeAll(async () => {
    api = await startTestApi();
    partnershipId = await createTestPartnership(api, 'Reference Deletion Partnership');
    me = (await api.gql(`{ viewer { email } }`)).viewer.email;
  });
  afterAll(() => api?.close());

  it('looks for dependents in every table with a foreign key to agencies or themes (a new table must be added to the list)', async () => {
    const referring = async (table: string) =>
      ((await api.db.query(`SELECT DISTINCT conrelid::regclass::text AS name FROM pg_constraint WHERE contype = 'f' AND confrelid = $1::regclass ORDER BY 1`, [table])) as {
        name: string;
      }[]).map((r) => r.name);
    const named = (dependents: readonly { sql: string }[], table: string) => dependents.some((d) => new RegExp(`\\b${table}\\b`).test(d.sql));
    const agencies = await referring('agencies');
    expect(agencies.length).toBeGreaterThanOrEqual(10);
    expect(agencies.filter((t) => !named(AGENCY_DEPENDENTS, t))).toEqual([]);
    const themes = await referring('themes');
    expect(themes.length).toBeGreaterThanOrEqual(7);
    expect(themes.filter((t) => !named(THEME_DEPENDENTS, t))).toEqual([]);
  });

  it('refuses to delete an agency while records name it, each kind with its references; deletes it once none does', async () => {
    const police = await agency('Deletion Police');
    const review = (
      await api.gql(`mutation($i: CreateReviewInput!) { createReview(input: $i) { id ref } }`, {
        i: { partnershipId, ref: uniqueRef('L'), type: 'LCSPR', title: 'Child D', initiatedOn: '2025-06-02', agencyIds: [police.id] },
      })
    ).createReview as { id: string; ref: string };
    const action = (
      await api.gql(`mutation($i: CreateActionInput!) { createAction(input: $i) { id ref } }`, {
        i: { partnershipId, reviewId: review.id, ownerAgencyId: police.id, dueOn: '2026-03-31', title: 'Train officers' },
      })
    ).createAction as { id: string; ref: string };
    const course = (
      await api.gql(`mutation($i: CreateTrainingCourseInput!) { createTrainingCourse(input: $i) { id } }`, { i: { partnershipId, title: 'Neglect' } })
    ).createTrainingCourse.id as string;
    const session = (
      await api.gql(`mutation($i: CreateTrainingSessionInput!) { createTrainingSession(input: $i) { id ref } }`, {
        i: { courseId: course, ref: uniqueRef('S'), sessionDate: '2025-05-06', capacity: 10 },
      })
    ).createTrainingSession as { id: string; ref: string };
    const booking = (
      await api.gql(`mutation($i: CreateTrainingAttendanceInput!) { createTrainingAttendance(input: $i) { id } }`, {
        i: { sessionId: session.id, agencyId: police.id, attended: true },
      })
    ).createTrainingAttendance.id as string;
    const lead = await api.as('agency-lead', { partnershipIds: [partnershipId], agencyId: police.id, name: 'Police Lead' });
    const leadEmail = (await lead.gql(`{ viewer { email } }`)).viewer.email as string;

    const message = await refused(
      await remove('Agency', police.id),
      'Agency "Deletion Police" cannot be deleted while other records depend on it',
      `1 action it owns (${action.ref})`,
      `1 review involving it (${review.ref})`,
      `1 training session it booked places on (${session.ref})`,
      `1 user of the agency (${leadEmail})`,
    );
    expect(message).not.toContain('audit');
    // Only admins delete agencies: not its own lead, nor the system admin who may create them.
    expect((await remove('Agency', police.id, lead)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await remove('Agency', police.id, api.system)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(`query($id: ID!) { agency(id: $id) { name } }`, { id: police.id })).agency).toEqual({ name: 'Deletion Police' });

    // An agency nothing names is deleted, returned as it was, and kept in the history.
    const spare = await agency('Spare Health Trust', 'HEALTH');
    const res = await remove('Agency', spare.id, api, 'id ref name sector');
    expect(res.errors).toBeUndefined();
    expect(res.data?.['deleteAgency']).toEqual({ id: spare.id, ref: spare.ref, name: 'Spare Health Trust', sector: 'HEALTH' });
    expect((await api.gql(`query($id: ID!) { agency(id: $id) { id } }`, { id: spare.id })).agency).toBeNull();
    expect(await deletion('agencies', spare.id)).toMatchObject({ actorName: me, after: null, before: { id: spare.id, name: 'Spare Health Trust', sector: 'health' } });

    // Once the records naming it are gone (the booking, the action, the review's link, the user's agency), so can it be.
    await api.gql(`mutation($id: ID!) { deleteTrainingAttendance(id: $id) { id } }`, { id: booking });
    await api.gql(`mutation($id: ID!) { deleteAction(id: $id) { id } }`, { id: action.id });
    await api.gql(`mutation($id: ID!, $i: UpdateReviewInput!) { updateReview(id: $id, input: $i) { id } }`, { id: review.id, i: { agencyIds: [] } });
    await refused(await remove('Agency', police.id), `1 user of the agency (${leadEmail})`);
    const successor = await agency('Deletion Constabulary');
    await api.gql(`mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id } }`, { id: lead.userId, i: { agencyId: successor.id } });
    expect((await remove('Agency', police.id)).errors).toBeUndefined();
  });

  it("refuses a shipped theme, and an own theme while records are tagged with it; deletes an own theme nothing uses", async () => {
    const { themes } = await api.gql(`query($p: ID) { themes(filter: { partnershipId: $p, isDefault: true }, first: 1) { nodes { id name code } } }`, {
      p: partnershipId,
    });
    const shipped = themes.nodes[0] as { id: string; name: string; code: string };
    await refused(await remove('Theme', shipped.id), `Theme "${shipped.name}" (${shipped.code}) is one of the shipped themes`, 'cannot be deleted');

    const cost = await theme('cost-of-living', 'Cost of living');
    const notification = (
      await api.gql(`mutation($i: CreateNotificationInput!) { createNotification(input: $i) { id ref } }`, {
        i: { partnershipId, ref: uniqueRef('N'), dateAware: '2025-05-01', harm: 'SERIOUS_HARM', ageBand: 'AGE_6_10', themeIds: [cost] },
      })
    ).createNotification as { id: string; ref: string };
    const product = (
      await api.gql(`mutation($i: CreateLearningProductInput!) { createLearningProduct(input: $i) { id ref } }`, {
        i: { partnershipId, ref: uniqueRef('LP'), kind: 'WEBINAR', title: 'Cost of living and neglect', publishedOn: '2025-07-01', themeIds: [cost] },
      })
    ).createLearningProduct as { id: string; ref: string };
    await refused(
      await remove('Theme', cost),
      'Theme "Cost of living" (cost-of-living) cannot be deleted while other records depend on it',
      `1 notification tagged with it (${notification.ref})`,
      `1 learning product tagged with it (${product.ref})`,
    );
    const analyst = await api.as('analyst', { partnershipIds: [partnershipId] });
    expect((await remove('Theme', cost, analyst)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const unused = await theme('school-holidays', 'School holidays');
    const res = await remove('Theme', unused, api, 'id code name isDefault');
    expect(res.errors).toBeUndefined();
    expect(res.data?.['deleteTheme']).toEqual({ id: unused, code: 'school-holidays', name: 'School holidays', isDefault: false });
    expect((await api.gql(`query($id: ID!) { theme(id: $id) { id } }`, { id: unused })).theme).toBeNull();
    expect(await deletion('themes', unused)).toMatchObject({ actorName: me, after: null, before: { id: unused, code: 'school-holidays' } });
  });

  it("deletes a learning product with its links to reviews and themes; another partnership's is not found", async () => {
    const review = (
      await api.gql(`mutation($i: CreateReviewInput!) { createReview(input: $i) { id } }`, {
        i: { partnershipId, ref: uniqueRef('L'), type: 'LCSPR', title: 'Child P', initiatedOn: '2025-02-02' },
      })
    ).createReview.id as string;
    const neglect = (await api.gql(`query($p: ID) { themes(filter: { partnershipId: $p, search: "neglect" }, first: 1) { nodes { id } } }`, { p: partnershipId }))
      .themes.nodes[0].id as string;
    const product = (
      await api.gql(`mutation($i: CreateLearningProductInput!) { createLearningProduct(input: $i) { id ref } }`, {
        i: { partnershipId, ref: uniqueRef('LP'), kind: 'SEVEN_MINUTE_BRIEFING', title: '7-minute briefing: Child P', publishedOn: '2025-09-01', reach: 120,
          reviewIds: [review], themeIds: [neglect] },
      })
    ).createLearningProduct as { id: string; ref: string };

    const lead = await api.as('agency-lead', { partnershipIds: [partnershipId], agencyId: (await agency('Lead Agency')).id });
    expect((await remove('LearningProduct', product.id, lead)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outsider = await api.as('admin', { partnershipIds: [await createTestPartnership(api, 'Elsewhere Partnership')] });
    expect((await remove('LearningProduct', product.id, outsider)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const res = await remove('LearningProduct', product.id, api, 'id ref title reach');
    expect(res.errors).toBeUndefined();
    expect(res.data?.['deleteLearningProduct']).toEqual({ id: product.id, ref: product.ref, title: '7-minute briefing: Child P', reach: 120 });
    expect((await api.gql(`query($id: ID!) { learningProduct(id: $id) { id } }`, { id: product.id })).learningProduct).toBeNull();
    const [left] = await api.db.query(
      `SELECT (SELECT count(*) FROM learning_product_reviews WHERE learning_product_id = $1)::int AS reviews,
              (SELECT count(*) FROM learning_product_themes WHERE learning_product_id = $1)::int AS themes`,
      [product.id],
    );
    expect(left).toEqual({ reviews: 0, themes: 0 });
    // The review whose learning it shared stays.
    expect((await api.gql(`query($id: ID!) { review(id: $id) { id } }`, { id: review })).review).toEqual({ id: review });
    expect(await deletion('learning_products', product.id)).toMatchObject({ actorName: me, after: null, before: { id: product.id, title: '7-minute briefing: Child P' } });
  });
});
