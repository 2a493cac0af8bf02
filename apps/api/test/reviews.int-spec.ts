import { createTestPartnership, startTestApi, uniqueRef, type GraphQLResponse, type TestApi } from './harness';

const NOTIFICATION_FIELDS = 'id ref dateAware dateNotified harm ageBand decision summary';
const REVIEW_FIELDS = `id ref type title status initiatedOn completedOn publishedOn unpublishedReason
  infoRequestedOn meetingOn sentToPanelOn rapidReviewOutcome nationalReviewRecommended
  independentReviewer familyParticipation practitionersInvolved`;

const CREATE_NOTIFICATION = `mutation($input: CreateNotificationInput!) { createNotification(input: $input) { ${NOTIFICATION_FIELDS} } }`;
const UPDATE_NOTIFICATION = `mutation($id: ID!, $input: UpdateNotificationInput!) { updateNotification(id: $id, input: $input) { ${NOTIFICATION_FIELDS} themes { code } } }`;
const CREATE_REVIEW = `mutation($input: CreateReviewInput!) { createReview(input: $input) { ${REVIEW_FIELDS} } }`;
const UPDATE_REVIEW = `mutation($id: ID!, $input: UpdateReviewInput!) { updateReview(id: $id, input: $input) { ${REVIEW_FIELDS} agencies { name } } }`;
const CREATE_REQUEST = `mutation($input: CreateInformationRequestInput!) { createInformationRequest(input: $input) {
  id ref kind sentOn dueOn remindedOn returnedOn reviewId agencyId } }`;

/** The fields named by a BAD_USER_INPUT response, failing the test on any other outcome. */
function badFields(res: GraphQLResponse<unknown>): string[] {
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return (res.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field).sort();
}

describe('Notifications, reviews and information requests over GraphQL', () => {
  let api: TestApi;
  let pid: string;
  let otherPid: string;
  let themes: Record<string, string>;
  let otherThemeId: string;
  let police: string;
  let health: string;
  let otherAgency: string;

  const themeIdsOf = async (partnershipId: string) => {
    const rows: { id: string; code: string }[] = await api.db
      .query('SELECT id, code FROM themes WHERE partnership_id = $1', [partnershipId]);
    return Object.fromEntries(rows.map((r) => [r.code, r.id]));
  };
  const createAgency = async (partnershipId: string, name: string) =>
    (
      await api.gql<{ createAgency: { id: string } }>(
        `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`,
        { input: { partnershipId, name, sector: 'HEALTH' } },
      )
    ).createAgency.id;
  const createNotification = async (input: Record<string, unknown>) =>
    (await api.gql(CREATE_NOTIFICATION, { input: { partnershipId: pid, harm: 'DEATH', ageBand: 'UNDER_1', ...input } }))
      .createNotification;
  const createReview = async (input: Record<string, unknown>) =>
    (await api.gql(CREATE_REVIEW, { input: { partnershipId: pid, type: 'LCSPR', title: 'A review', initiatedOn: '2024-06-01', ...input } }))
      .createReview;

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Northshire LSCP');
    otherPid = await createTestPartnership(api, 'Southshire LSCP');
    themes = await themeIdsOf(pid);
    otherThemeId = Object.values(await themeIdsOf(otherPid))[0] ?? '';
    expect(Object.keys(themes).length).toBeGreaterThan(2);
    police = await createAgency(pid, 'Northshire Police');
    health = await createAgency(pid, 'Northshire ICB');
    otherAgency = await createAgency(otherPid, 'Southshire Police');
  });
  afterAll(() => api.close());

  const [themeA, themeB] = [0, 1].map((i) => () => Object.values(themes)[i] ?? '');

  describe('notifications', () => {
    it('creates, updates, fetches with themes and reviews, and lists by filter', async () => {
      const ref = uniqueRef('N');
      const created = await createNotification({
        ref,
        dateAware: '2024-04-10',
        harm: 'SERIOUS_HARM',
        ageBand: 'AGE_11_15',
        themeIds: [themeA()],
      });
      expect(created).toMatchObject({ ref, dateAware: '2024-04-10', dateNotified: null, harm: 'SERIOUS_HARM', ageBand: 'AGE_11_15', decision: 'PENDING' });

      const { updateNotification: updated } = await api.gql(UPDATE_NOTIFICATION, {
        id: created.id,
        input: { dateNotified: '2024-04-12', decision: 'RAPID_REVIEW', themeIds: [themeB()] },
      });
      expect(updated).toMatchObject({ dateAware: '2024-04-10', dateNotified: '2024-04-12', decision: 'RAPID_REVIEW', ageBand: 'AGE_11_15' });
      expect(updated.themes.map((t: { code: string }) => t.code)).toEqual([Object.keys(themes)[1]]);

      // Stored as the database's own value, mapped back to the GraphQL name.
      const [row] = await api.db.query('SELECT age_band, harm FROM notifications WHERE id = $1', [created.id]);
      expect(row).toEqual({ age_band: '11-15', harm: 'serious-harm' });

      const review = await createReview({ type: 'RAPID_REVIEW', notificationId: created.id, initiatedOn: '2024-04-12' });
      const { notification } = await api.gql(`query($id: ID!) { notification(id: $id) { ref themes { id } reviews { id notification { id } } } }`, {
        id: created.id,
      });
      expect(notification).toEqual({ ref, themes: [{ id: themeB() }], reviews: [{ id: review.id, notification: { id: created.id } }] });

      await createNotification({ dateAware: '2024-03-01', harm: 'DEATH', ageBand: 'UNDER_1' });
      await createNotification({ dateAware: '2023-12-01', harm: 'SERIOUS_HARM', ageBand: 'AGE_11_15' });
      const list = async (filter: Record<string, unknown>) =>
        (
          await api.gql(`query($f: NotificationFilter) { notifications(filter: $f) { totalCount nodes { dateAware } } }`, {
            f: { partnershipId: pid, ...filter },
          })
        ).notifications;
      expect(await list({ harm: 'SERIOUS_HARM' })).toEqual({ totalCount: 2, nodes: [{ dateAware: '2024-04-10' }, { dateAware: '2023-12-01' }] });
      expect(await list({ dateAwareFrom: '2024-01-01', dateAwareTo: '2024-03-31' })).toEqual({ totalCount: 1, nodes: [{ dateAware: '2024-03-01' }] });
      expect((await list({ ageBand: 'AGE_11_15', decision: 'RAPID_REVIEW' })).totalCount).toBe(1);
      expect((await list({ themeId: themeB() })).nodes).toEqual([{ dateAware: '2024-04-10' }]);
      expect((await list({ themeId: themeA() })).totalCount).toBe(0);
    });

    it('rejects a notification before the date aware, also on update against the stored dates', async () => {
      const res = await api.raw(CREATE_NOTIFICATION, {
        input: { partnershipId: pid, dateAware: '2024-05-10', dateNotified: '2024-05-09', harm: 'DEATH', ageBand: 'AGE_1_5' },
      });
      expect(badFields(res)).toEqual(['dateNotified']);

      const created = await createNotification({ dateAware: '2024-05-10', dateNotified: '2024-05-12' });
      const later = await api.raw(UPDATE_NOTIFICATION, { id: created.id, input: { dateAware: '2024-05-13' } });
      expect(badFields(later)).toEqual(['dateNotified']);

      const foreignTheme = await api.raw(UPDATE_NOTIFICATION, { id: created.id, input: { ageBand: 'AGE_16_17', themeIds: [otherThemeId] } });
      expect(badFields(foreignTheme)).toEqual(['themeIds']);
      const { notification } = await api.gql(`query($id: ID!) { notification(id: $id) { ageBand themes { id } } }`, { id: created.id });
      expect(notification).toEqual({ ageBand: 'UNDER_1', themes: [] });
    });
  });

  describe('reviews', () => {
    it('creates a rapid review and the LCSPR it led to, with every relation', async () => {
      const notification = await createNotification({ dateAware: '2024-06-03', dateNotified: '2024-06-05' });
      const rapid = await createReview({
        type: 'RAPID_REVIEW',
        title: 'Rapid review: infant, June 2024',
        notificationId: notification.id,
        initiatedOn: '2024-06-05',
        infoRequestedOn: '2024-06-06',
        meetingOn: '2024-06-17',
        sentToPanelOn: '2024-06-19',
        rapidReviewOutcome: 'LCSPR',
        nationalReviewRecommended: false,
        status: 'COMPLETED',
        completedOn: '2024-06-19',
        agencyIds: [police, health],
        themeIds: [themeA(), themeB()],
      });
      expect(rapid).toMatchObject({
        type: 'RAPID_REVIEW',
        status: 'COMPLETED',
        meetingOn: '2024-06-17',
        rapidReviewOutcome: 'LCSPR',
        nationalReviewRecommended: false,
        independentReviewer: false,
        familyParticipation: 'NOT_YET_OFFERED',
      });
      const lcspr = await createReview({
        ref: uniqueRef('LCSPR'),
        title: 'LCSPR: infant, June 2024',
        sourceReviewId: rapid.id,
        notificationId: notification.id,
        initiatedOn: '2024-06-25',
        independentReviewer: true,
        practitionersInvolved: 14,
        agencyIds: [health],
      });

      const { updateReview } = await api.gql(UPDATE_REVIEW, {
        id: lcspr.id,
        input: { status: 'SCOPING', termsAgreedOn: '2024-07-10', familyParticipation: 'TOOK_PART', agencyIds: [police, health] },
      });
      expect(updateReview).toMatchObject({
        status: 'SCOPING',
        familyParticipation: 'TOOK_PART',
        independentReviewer: true,
        practitionersInvolved: 14,
        agencies: [{ name: 'Northshire ICB' }, { name: 'Northshire Police' }],
      });
      // Not given: the set stays.
      const { updateReview: kept } = await api.gql(UPDATE_REVIEW, { id: lcspr.id, input: { title: 'LCSPR: Child J' } });
      expect(kept.agencies).toHaveLength(2);

      const { review } = await api.gql(
        `query($id: ID!) { review(id: $id) { title termsAgreedOn agencies { id } themes { id }
           notification { id reviews { id } } sourceReview { id type agencies { name } themes { id } } informationRequests { id } } }`,
        { id: lcspr.id },
      );
      expect(review).toMatchObject({
        title: 'LCSPR: Child J',
        termsAgreedOn: '2024-07-10',
        themes: [],
        notification: { id: notification.id },
        sourceReview: { id: rapid.id, type: 'RAPID_REVIEW', agencies: [{ name: 'Northshire ICB' }, { name: 'Northshire Police' }] },
        informationRequests: [],
      });
      expect(review.sourceReview.themes.map((t: { id: string }) => t.id).sort()).toEqual([themeA(), themeB()].sort());
      expect(review.notification.reviews.map((r: { id: string }) => r.id)).toEqual([lcspr.id, rapid.id]);
    });

    it('lists by type, status, period, agency, theme and title, newest first, page by page', async () => {
      const p = await createTestPartnership(api, 'Listshire SAB', 'ADULTS');
      const pThemes = Object.values(await themeIdsOf(p));
      const agency = await createAgency(p, 'Listshire Probation');
      const make = (input: Record<string, unknown>) =>
        createReview({ partnershipId: p, title: `Review ${String(input['initiatedOn'])}`, ...input });
      await make({ type: 'SAR', initiatedOn: '2024-01-15', agencyIds: [agency] });
      await make({ type: 'SAR', initiatedOn: '2024-03-15', status: 'IN_PROGRESS', themeIds: [pThemes[0]] });
      await make({ type: 'DHR', initiatedOn: '2024-05-15', status: 'CLOSED_UNPUBLISHED', unpublishedReason: 'Criminal proceedings' });
      await make({ type: 'PLR', initiatedOn: '2024-07-15', title: 'Neglect practice learning', agencyIds: [agency], themeIds: [pThemes[0]] });
      await make({ type: 'SAR', initiatedOn: '2024-09-15', status: 'IN_PROGRESS' });

      const list = async (filter: Record<string, unknown>) =>
        (
          await api.gql(`query($f: ReviewFilter) { reviews(filter: $f) { totalCount nodes { initiatedOn } } }`, {
            f: { partnershipId: p, ...filter },
          })
        ).reviews;
      const dates = async (filter: Record<string, unknown>) => (await list(filter)).nodes.map((n: { initiatedOn: string }) => n.initiatedOn);
      expect(await dates({ types: ['SAR'] })).toEqual(['2024-09-15', '2024-03-15', '2024-01-15']);
      expect(await dates({ types: ['SAR', 'DHR'], statuses: ['IN_PROGRESS', 'CLOSED_UNPUBLISHED'] })).toEqual(['2024-09-15', '2024-05-15', '2024-03-15']);
      expect(await dates({ initiatedFrom: '2024-03-15', initiatedTo: '2024-07-14' })).toEqual(['2024-05-15', '2024-03-15']);
      expect(await dates({ agencyId: agency })).toEqual(['2024-07-15', '2024-01-15']);
      expect(await dates({ themeId: pThemes[0] })).toEqual(['2024-07-15', '2024-03-15']);
      expect(await dates({ search: 'NEGLECT' })).toEqual(['2024-07-15']);

      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const { reviews }: { reviews: any } = await api.gql(
          `query($f: ReviewFilter, $after: String) { reviews(filter: $f, first: 2, after: $after) {
             totalCount nodes { initiatedOn } pageInfo { hasNextPage endCursor } } }`,
          { f: { partnershipId: p }, after },
        );
        expect(reviews.totalCount).toBe(5);
        seen.push(...reviews.nodes.map((n: { initiatedOn: string }) => n.initiatedOn));
        after = reviews.pageInfo.hasNextPage ? reviews.pageInfo.endCursor : null;
        pages += 1;
      } while (after);
      expect(pages).toBe(3);
      expect(seen).toEqual(['2024-09-15', '2024-07-15', '2024-05-15', '2024-03-15', '2024-01-15']);
    });

    it('names each field that breaks a rule and writes nothing, neither the review nor its links', async () => {
      const ref = uniqueRef('BAD');
      const input = { partnershipId: pid, ref, type: 'LCSPR', title: 'Rejected', initiatedOn: '2024-06-01', agencyIds: [police], themeIds: [themeA()] };
      const cases: [Record<string, unknown>, string[]][] = [
        [{ agencyIds: [police, otherAgency] }, ['agencyIds']],
        [{ themeIds: [themeA(), otherThemeId] }, ['themeIds']],
        [{ meetingOn: '2024-06-10', rapidReviewOutcome: 'NO_FURTHER_REVIEW' }, ['meetingOn', 'rapidReviewOutcome']],
        [{ completedOn: '2024-05-31' }, ['completedOn']],
        [{ publishedOn: '2024-07-01' }, ['publishedOn']],
        [{ status: 'PUBLISHED', completedOn: '2024-09-01' }, ['publishedOn']],
        [{ status: 'COMPLETED' }, ['completedOn']],
        [{ status: 'CLOSED_UNPUBLISHED' }, ['unpublishedReason']],
        [{ status: null }, ['status']],
        [{ practitionersInvolved: -1, title: '' }, ['practitionersInvolved', 'title']],
        // pid is a children's partnership: a SAR or a DHR is an adults board's or a community safety partnership's.
        [{ type: 'SAR' }, ['type']],
        [{ type: 'DHR' }, ['type']],
      ];
      for (const [change, fields] of cases) {
        expect(badFields(await api.raw(CREATE_REVIEW, { input: { ...input, ...change } }))).toEqual(fields);
      }
      const otherNotification = (
        await api.gql(CREATE_NOTIFICATION, { input: { partnershipId: otherPid, dateAware: '2024-06-01', harm: 'DEATH', ageBand: 'UNDER_1' } })
      ).createNotification;
      const otherReview = (
        await api.gql(CREATE_REVIEW, { input: { partnershipId: otherPid, type: 'PLR', title: 'Elsewhere', initiatedOn: '2024-06-01' } })
      ).createReview;
      expect(
        badFields(await api.raw(CREATE_REVIEW, { input: { ...input, notificationId: otherNotification.id, sourceReviewId: otherReview.id } })),
      ).toEqual(['notificationId', 'sourceReviewId']);

      const db = api.db;
      expect(await db.query('SELECT count(*)::int AS n FROM reviews WHERE partnership_id = $1 AND ref = $2', [pid, ref])).toEqual([{ n: 0 }]);
      const { reviews } = await api.gql(`query($f: ReviewFilter) { reviews(filter: $f) { totalCount } }`, {
        f: { partnershipId: pid, search: 'Rejected' },
      });
      expect(reviews.totalCount).toBe(0);
    });

    it("holds only the review types of the partnership's kind, thematic reviews in any; an old type stays editable", async () => {
      const refused = await api.raw(CREATE_REVIEW, { input: { partnershipId: pid, type: 'SAR', title: 'Adult Z', initiatedOn: '2024-06-01' } });
      expect(refused.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'type', message: 'is not a review a safeguarding children partnership holds: this type belongs to safeguarding adults boards (or joint partnerships)' },
      ]);
      const thematic = await createReview({ type: 'THEMATIC', title: 'Neglect of adolescents: four cases', initiatedOn: '2024-06-03' });
      expect(thematic.type).toBe('THEMATIC');
      // A SAR recorded while the partnership was joint (written straight to the table) keeps its type when
      // edited after the partnership became a children's one; only changing a type is judged.
      const [old] = await api.db.query(
        `INSERT INTO reviews (partnership_id, ref, type, title, status, initiated_on, family_participation)
         VALUES ($1, $2, 'sar', 'Adult Y', 'in-progress', '2023-05-01', 'not-yet-offered') RETURNING id`,
        [pid, uniqueRef('OLD')],
      );
      expect((await api.gql(UPDATE_REVIEW, { id: old.id, input: { title: 'Adult Y (renamed)' } })).updateReview.type).toBe('SAR');
      expect(badFields(await api.raw(UPDATE_REVIEW, { id: thematic.id, input: { type: 'DHR' } }))).toEqual(['type']);
    });

    it('judges an update together with the values it leaves alone, and keeps the old links when it fails', async () => {
      const rapid = await createReview({ type: 'RAPID_REVIEW', initiatedOn: '2024-08-01', meetingOn: '2024-08-12', agencyIds: [police] });
      expect(badFields(await api.raw(UPDATE_REVIEW, { id: rapid.id, input: { type: 'LCSPR', agencyIds: [health] } }))).toEqual(['meetingOn']);
      expect(badFields(await api.raw(UPDATE_REVIEW, { id: rapid.id, input: { agencyIds: [otherAgency] } }))).toEqual(['agencyIds']);
      expect(badFields(await api.raw(UPDATE_REVIEW, { id: rapid.id, input: { sourceReviewId: rapid.id } }))).toEqual(['sourceReviewId']);
      expect(badFields(await api.raw(UPDATE_REVIEW, { id: rapid.id, input: { title: null } }))).toEqual(['title']);

      const completed = await createReview({ status: 'COMPLETED', initiatedOn: '2024-01-10', completedOn: '2024-06-30' });
      expect(badFields(await api.raw(UPDATE_REVIEW, { id: completed.id, input: { initiatedOn: '2024-07-01' } }))).toEqual(['completedOn']);
      expect(badFields(await api.raw(UPDATE_REVIEW, { id: completed.id, input: { completedOn: null } }))).toEqual(['completedOn']);
      expect(badFields(await api.raw(UPDATE_REVIEW, { id: completed.id, input: { status: 'PUBLISHED' } }))).toEqual(['publishedOn']);
      const { updateReview: published } = await api.gql(UPDATE_REVIEW, {
        id: completed.id,
        input: { status: 'PUBLISHED', publishedOn: '2024-08-01' },
      });
      expect(published).toMatchObject({ status: 'PUBLISHED', completedOn: '2024-06-30', publishedOn: '2024-08-01', initiatedOn: '2024-01-10' });

      const { review } = await api.gql(`query($id: ID!) { review(id: $id) { type meetingOn agencies { name } } }`, { id: rapid.id });
      expect(review).toEqual({ type: 'RAPID_REVIEW', meetingOn: '2024-08-12', agencies: [{ name: 'Northshire Police' }] });

      const { updateReview: cleared } = await api.gql(UPDATE_REVIEW, {
        id: rapid.id,
        input: { type: 'LCSPR', meetingOn: null, agencyIds: [] },
      });
      expect(cleared).toMatchObject({ type: 'LCSPR', meetingOn: null, agencies: [] });

      const missing = await api.raw(UPDATE_REVIEW, { id: '00000000-0000-4000-8000-000000000000', input: { title: 'x' } });
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('information requests', () => {
    it('creates, updates, fetches with review and agency, and lists outstanding ones soonest due first', async () => {
      const review = await createReview({ type: 'RAPID_REVIEW', title: 'Requests review', initiatedOn: '2024-10-01' });
      const ref = uniqueRef('IR');
      const { createInformationRequest: fromPolice } = await api.gql(CREATE_REQUEST, {
        input: { ref, reviewId: review.id, agencyId: police, kind: 'RAPID_REVIEW_INFORMATION', sentOn: '2024-10-02', dueOn: '2024-10-09' },
      });
      expect(fromPolice).toMatchObject({ ref, kind: 'RAPID_REVIEW_INFORMATION', returnedOn: null, reviewId: review.id, agencyId: police });
      const { createInformationRequest: fromHealth } = await api.gql(CREATE_REQUEST, {
        input: { reviewId: review.id, agencyId: health, kind: 'CHRONOLOGY', sentOn: '2024-10-02', dueOn: '2024-10-07' },
      });

      const { updateInformationRequest } = await api.gql(
        `mutation($id: ID!, $input: UpdateInformationRequestInput!) { updateInformationRequest(id: $id, input: $input) { remindedOn returnedOn dueOn } }`,
        { id: fromHealth.id, input: { remindedOn: '2024-10-08', returnedOn: '2024-10-10' } },
      );
      expect(updateInformationRequest).toEqual({ remindedOn: '2024-10-08', returnedOn: '2024-10-10', dueOn: '2024-10-07' });

      const { informationRequest } = await api.gql(
        `query($id: ID!) { informationRequest(id: $id) { ref review { id title informationRequests { dueOn } } agency { name } } }`,
        { id: fromPolice.id },
      );
      expect(informationRequest).toEqual({
        ref,
        review: { id: review.id, title: 'Requests review', informationRequests: [{ dueOn: '2024-10-07' }, { dueOn: '2024-10-09' }] },
        agency: { name: 'Northshire Police' },
      });

      const list = async (filter: Record<string, unknown>) =>
        (
          await api.gql(`query($f: InformationRequestFilter) { informationRequests(filter: $f) { totalCount nodes { id } } }`, {
            f: { partnershipId: pid, ...filter },
          })
        ).informationRequests;
      expect(await list({ reviewId: review.id })).toEqual({ totalCount: 2, nodes: [{ id: fromHealth.id }, { id: fromPolice.id }] });
      expect(await list({ reviewId: review.id, outstanding: true })).toEqual({ totalCount: 1, nodes: [{ id: fromPolice.id }] });
      expect(await list({ outstanding: false, agencyId: health })).toEqual({ totalCount: 1, nodes: [{ id: fromHealth.id }] });
    });

    it('rejects a due date before the request and an agency of another partnership', async () => {
      const review = await createReview({ initiatedOn: '2024-11-01' });
      const input = { reviewId: review.id, agencyId: police, kind: 'SCOPING', sentOn: '2024-11-05', dueOn: '2024-11-04' };
      expect(badFields(await api.raw(CREATE_REQUEST, { input }))).toEqual(['dueOn']);
      expect(badFields(await api.raw(CREATE_REQUEST, { input: { ...input, dueOn: '2024-11-20', agencyId: otherAgency } }))).toEqual(['agencyId']);

      const { createInformationRequest: created } = await api.gql(CREATE_REQUEST, { input: { ...input, dueOn: '2024-11-20' } });
      const later = await api.raw(
        `mutation($id: ID!, $input: UpdateInformationRequestInput!) { updateInformationRequest(id: $id, input: $input) { id } }`,
        { id: created.id, input: { sentOn: '2024-11-21' } },
      );
      expect(badFields(later)).toEqual(['dueOn']);
      const { informationRequests } = await api.gql(`query($f: InformationRequestFilter) { informationRequests(filter: $f) { nodes { sentOn } } }`, {
        f: { reviewId: review.id },
      });
      expect(informationRequests.nodes).toEqual([{ sentOn: '2024-11-05' }]);
    });
  });
});
