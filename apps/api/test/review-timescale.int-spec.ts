import { createTestPartnership, startTestApi, type GraphQLResponse, type TestApi } from './harness';

/*
 * Pauses and extensions of a review over GraphQL: recording them (admin only), the refusals with the
 * field and message, the six-month due date they move, and the "completed within six months" metric
 * counting a review in time exactly when its page says ON_TIME.
 */

const CHANGE_FIELDS = 'id kind reason reasonDetails startsOn endsOn agreedDueOn agreedBy';
const CREATE = `mutation($input: CreateReviewTimescaleChangeInput!) { createReviewTimescaleChange(input: $input) { ${CHANGE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateReviewTimescaleChangeInput!) { updateReviewTimescaleChange(id: $id, input: $input) { ${CHANGE_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteReviewTimescaleChange(id: $id) { id } }`;
const CLOCK = `query($id: ID!, $asOf: Date!) { review(id: $id) {
  completionDueOn(asOf: $asOf) completionTimeliness(asOf: $asOf)
  completionClock(asOf: $asOf) { originalDueOn dueOn pausedDays onPause extensionAgreedOn }
  timescaleChanges { kind startsOn endsOn } } }`;

function problems(res: GraphQLResponse<unknown>): { field: string; message: string }[] {
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return (res.errors?.[0]?.extensions?.fields ?? []).map(({ field, message }) => ({ field, message }));
}

describe('Review pauses and extensions', () => {
  let api: TestApi;
  let pid: string;

  const createReview = async (input: Record<string, unknown>): Promise<string> =>
    (
      await api.gql<{ createReview: { id: string } }>(`mutation($input: CreateReviewInput!) { createReview(input: $input) { id } }`, {
        input: { partnershipId: pid, type: 'LCSPR', title: 'A review', ...input },
      })
    ).createReview.id;
  const record = async (reviewId: string, input: Record<string, unknown>) =>
    (await api.gql<{ createReviewTimescaleChange: { id: string } }>(CREATE, { input: { reviewId, ...input } })).createReviewTimescaleChange;
  const clock = async (id: string, asOf: string) => (await api.gql<{ review: any }>(CLOCK, { id, asOf })).review;

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Timescale Safeguarding Partnership', 'JOINT');
  });
  afterAll(() => api.close());

  it('records a pause for criminal proceedings: the clock stops while paused, and restarts when it ends', async () => {
    const id = await createReview({ initiatedOn: '2025-01-15' });
    // Original due date: 15 January + 6 months = 15 July 2025.
    expect((await clock(id, '2025-02-01')).completionClock).toEqual({
      originalDueOn: '2025-07-15', dueOn: '2025-07-15', pausedDays: 0, onPause: false, extensionAgreedOn: null,
    });
    const pause = await record(id, { kind: 'PAUSE', reason: 'CRIMINAL_PROCEEDINGS', startsOn: '2025-03-01' });
    expect(pause).toMatchObject({ kind: 'PAUSE', reason: 'CRIMINAL_PROCEEDINGS', startsOn: '2025-03-01', endsOn: null, agreedDueOn: null });
    // Open pause, as of 10 March: 1-10 March = 10 days paused, due 25 July; not overdue while paused.
    expect(await clock(id, '2025-03-10')).toMatchObject({
      completionDueOn: '2025-07-25', completionTimeliness: 'DUE',
      completionClock: { originalDueOn: '2025-07-15', dueOn: '2025-07-25', pausedDays: 10, onPause: true },
    });
    // Restarted on 31 March: paused 1-30 March = 30 days, due 14 August (the day before the pause still knows nothing of it).
    await api.gql(UPDATE, { id: pause.id, input: { endsOn: '2025-03-31' } });
    expect(await clock(id, '2025-08-14')).toMatchObject({ completionDueOn: '2025-08-14', completionTimeliness: 'DUE', completionClock: { pausedDays: 30, onPause: false } });
    expect(await clock(id, '2025-08-15')).toMatchObject({ completionTimeliness: 'OVERDUE' });
    expect((await clock(id, '2025-02-28')).completionDueOn).toBe('2025-07-15');
  });

  it('moves the due date to an agreed extension and keeps the original', async () => {
    const id = await createReview({ type: 'SAR', initiatedOn: '2025-01-15' });
    await record(id, { kind: 'PAUSE', reason: 'INQUEST', startsOn: '2025-03-01', endsOn: '2025-03-31' });
    const ext = await record(id, { kind: 'EXTENSION', reason: 'NEW_INFORMATION', startsOn: '2025-06-02', agreedDueOn: '2025-09-30', agreedBy: 'the board chair' });
    expect(ext).toMatchObject({ agreedDueOn: '2025-09-30', agreedBy: 'the board chair', endsOn: null });
    expect((await clock(id, '2025-06-02')).completionClock).toEqual({
      originalDueOn: '2025-07-15', dueOn: '2025-09-30', pausedDays: 30, onPause: false, extensionAgreedOn: '2025-06-02',
    });
    // Before it was agreed, the due date was the paused one: 14 August.
    expect((await clock(id, '2025-06-01')).completionDueOn).toBe('2025-08-14');
    expect((await clock(id, '2025-06-02')).timescaleChanges).toEqual([
      { kind: 'PAUSE', startsOn: '2025-03-01', endsOn: '2025-03-31' },
      { kind: 'EXTENSION', startsOn: '2025-06-02', endsOn: null },
    ]);
    // Deleted (recorded in error): the paused due date again.
    await api.gql(DELETE, { id: ext.id });
    expect((await clock(id, '2025-06-02')).completionDueOn).toBe('2025-08-14');
  });

  it('refuses what does not add up, naming the field', async () => {
    const id = await createReview({ initiatedOn: '2025-01-15' });
    await record(id, { kind: 'PAUSE', reason: 'CRIMINAL_PROCEEDINGS', startsOn: '2025-03-01', endsOn: '2025-03-31' });
    expect(problems(await api.raw(CREATE, { input: { reviewId: id, kind: 'PAUSE', reason: 'FAMILY_ENGAGEMENT', startsOn: '2025-03-20', endsOn: '2025-04-10' } }))).toEqual([
      { field: 'startsOn', message: "overlaps the pause from 1 March 2025 to 31 March 2025: a review's pauses cannot overlap" },
    ]);
    expect(problems(await api.raw(CREATE, { input: { reviewId: id, kind: 'PAUSE', reason: 'OTHER', startsOn: '2025-01-10', endsOn: '2025-01-09' } }))).toEqual([
      { field: 'startsOn', message: 'must be on or after the date the review was initiated (15 January 2025)' },
      { field: 'reasonDetails', message: 'is required when the reason is other' },
      { field: 'endsOn', message: 'must be after the day the pause started (10 January 2025)' },
    ]);
    expect(problems(await api.raw(CREATE, { input: { reviewId: id, kind: 'EXTENSION', reason: 'NEW_INFORMATION', startsOn: '2025-06-02', agreedDueOn: '2025-08-10' } }))).toEqual([
      { field: 'agreedBy', message: 'is required for an extension: who agreed it' },
      { field: 'agreedDueOn', message: 'must be after the due date in force when the extension was agreed (14 August 2025)' },
    ]);
    const rapid = await createReview({ type: 'RAPID_REVIEW', initiatedOn: '2025-01-15' });
    expect(problems(await api.raw(CREATE, { input: { reviewId: rapid, kind: 'PAUSE', reason: 'INQUEST', startsOn: '2025-01-20' } }))).toEqual([
      { field: 'kind', message: 'A rapid review is not paused or extended: its 15 working days run on' },
    ]);
    const done = await createReview({ initiatedOn: '2025-01-15', status: 'COMPLETED', completedOn: '2025-05-01' });
    expect(problems(await api.raw(CREATE, { input: { reviewId: done, kind: 'PAUSE', reason: 'INQUEST', startsOn: '2025-03-01' } }))).toEqual([
      { field: 'endsOn', message: 'is required: the review was completed on 1 May 2025, so the pause has ended' },
    ]);
    // Nothing refused was written.
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM review_timescale_changes WHERE review_id = ANY($1::uuid[])`, [[id, rapid, done]]);
    expect(n).toBe(1);
  });

  it('refuses to complete a review while it is paused, until the restart is recorded', async () => {
    const id = await createReview({ initiatedOn: '2025-01-15' });
    const pause = await record(id, { kind: 'PAUSE', reason: 'CRIMINAL_PROCEEDINGS', startsOn: '2025-03-01' });
    const UPDATE_REVIEW = `mutation($id: ID!, $input: UpdateReviewInput!) { updateReview(id: $id, input: $input) { status } }`;
    const complete = { status: 'COMPLETED', completedOn: '2025-08-01' };
    expect(problems(await api.raw(UPDATE_REVIEW, { id, input: complete }))).toEqual([
      { field: 'completedOn', message: 'needs the pause from 1 March 2025 to have ended: record the day the review restarted first' },
    ]);
    expect(problems(await api.raw(UPDATE_REVIEW, { id, input: { initiatedOn: '2025-03-05' } }))).toEqual([
      { field: 'initiatedOn', message: 'must be on or before its first pause or extension (1 March 2025)' },
    ]);
    await api.gql(UPDATE, { id: pause.id, input: { endsOn: '2025-04-01' } });
    expect((await api.gql<{ updateReview: { status: string } }>(UPDATE_REVIEW, { id, input: complete })).updateReview.status).toBe('COMPLETED');
    // Completed 1 August, due 15 July + 31 days paused = 15 August: on time.
    expect(await clock(id, '2025-12-31')).toMatchObject({ completionDueOn: '2025-08-15', completionTimeliness: 'ON_TIME' });
  });

  it('is the business unit\'s to record: other roles are refused', async () => {
    const id = await createReview({ initiatedOn: '2025-01-15' });
    const member = await api.as('committee-member', { partnershipIds: [pid] });
    const res = await member.raw(CREATE, { input: { reviewId: id, kind: 'PAUSE', reason: 'INQUEST', startsOn: '2025-03-01' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A review of another partnership is not there for this admin.
    const other = await createTestPartnership(api, 'Elsewhere LSCP');
    const elsewhere = await createReview({ initiatedOn: '2025-01-15', partnershipId: other });
    const outsider = await api.as('admin', { partnershipIds: [pid] });
    expect(problems(await outsider.raw(CREATE, { input: { reviewId: elsewhere, kind: 'PAUSE', reason: 'INQUEST', startsOn: '2025-03-01' } }))).toEqual([
      { field: 'reviewId', message: 'refers to no review' },
    ]);
  });

  it('counts a review completed by its moved due date as completed within six months, as its page says ON_TIME', async () => {
    const metricsPid = await createTestPartnership(api, 'Metrics Safeguarding Partnership', 'JOINT');
    const make = (input: Record<string, unknown>) => createReview({ partnershipId: metricsPid, status: 'COMPLETED', ...input });
    // P: initiated 15 Apr 2024 (due 15 Oct), paused 1 Jun - 1 Jul (30 days) → due 14 Nov; completed 10 Nov: in time, not by the original.
    const paused = await make({ initiatedOn: '2024-04-15', completedOn: '2024-11-10' });
    await record(paused, { kind: 'PAUSE', reason: 'CRIMINAL_PROCEEDINGS', startsOn: '2024-06-01', endsOn: '2024-07-01' });
    // E: initiated 1 May 2024 (due 1 Nov), extension agreed 2 Sep to 20 Dec; completed 15 Dec: in time, not by the original.
    const extended = await make({ type: 'DHR', initiatedOn: '2024-05-01', completedOn: '2024-12-15' });
    await record(extended, { kind: 'EXTENSION', reason: 'FAMILY_ENGAGEMENT', startsOn: '2024-09-02', agreedDueOn: '2024-12-20', agreedBy: 'the Panel' });
    // L: initiated 20 Apr 2024 (due 20 Oct), nothing recorded, completed 1 Dec: late.
    const late = await make({ initiatedOn: '2024-04-20', completedOn: '2024-12-01' });
    // O: initiated 1 Jun 2024 (due 1 Dec), completed 1 Nov: in time both ways.
    const onTime = await make({ type: 'PLR', initiatedOn: '2024-06-01', completedOn: '2024-11-01' });

    const filter = { partnershipIds: [metricsPid], from: '2024-04-01', to: '2025-03-31' };
    const { reviewMetrics } = await api.gql<{ reviewMetrics: any[] }>(
      `query($filter: MetricFilter) { reviewMetrics(filter: $filter, grain: FINANCIAL_YEAR) { completed completedWithinSixMonths { numerator denominator } } }`,
      { filter },
    );
    // 3 of the 4 (P, E, O) were completed by their due date.
    expect(reviewMetrics).toEqual([{ completed: 4, completedWithinSixMonths: { numerator: 3, denominator: 4 } }]);
    const behind = async (figure: string) =>
      (
        await api.gql<{ reviewsBehindMetric: { nodes: { id: string; completionTimeliness: string }[] } }>(
          `query($figure: ReviewMetricFigure!, $filter: MetricFilter) { reviewsBehindMetric(figure: $figure, filter: $filter, grain: FINANCIAL_YEAR) {
            nodes { id completionTimeliness(asOf: "2025-03-31") } } }`,
          { figure, filter },
        )
      ).reviewsBehindMetric.nodes;
    const within = await behind('COMPLETED_WITHIN_SIX_MONTHS');
    expect(within.map((n) => n.id).sort()).toEqual([paused, extended, onTime].sort());
    expect(new Set(within.map((n) => n.completionTimeliness))).toEqual(new Set(['ON_TIME']));
    // The original stays visible: only O was completed within 6 calendar months of initiation.
    expect((await behind('COMPLETED_BY_ORIGINAL_DUE_DATE')).map((n) => n.id)).toEqual([onTime]);
    expect((await clock(late, '2025-03-31')).completionTimeliness).toBe('LATE');
  });
});
