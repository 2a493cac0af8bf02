import type { Bundle } from '@sli/exchange-domain';
import { todayInEngland } from '@sli/shared/domain';
import { startTestApi, uniqueRef, type TestApi } from './harness';

/*
 * One set of rules: for each rule, the API's mutation and the bundle importer refuse the same bad
 * record with the same field and the same message (the dashboard's forms call the same functions of
 * the domain libraries). A reference is named `ownerAgencyId` by the API and `ownerAgency` by a bundle.
 */

const IMPORT = `mutation($bundle: JSON!) { importBundle(bundle: $bundle) { records } }`;

type Problem = { field: string; message: string; ref?: string };

/** The day after today in England. */
function tomorrow(): string {
  const d = new Date(`${todayInEngland()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe('record rules: the API and the importer refuse the same record alike', () => {
  let api: TestApi;
  let P: string;
  const ids: Record<string, string> = {};
  const FUTURE = tomorrow();

  beforeAll(async () => {
    api = await startTestApi();
    P = uniqueRef('RULES');
    const Q = uniqueRef('OTHER');
    const base: Bundle = {
      format: 'sli-bundle',
      version: 1,
      partnerships: [
        { ref: P, name: 'Rules partnership', kind: 'children' },
        { ref: Q, name: 'Another partnership', kind: 'children' },
      ],
      agencies: [
        { partnership: P, ref: 'POL', name: 'Police', sector: 'police' },
        { partnership: Q, ref: 'QPOL', name: 'Elsewhere Police', sector: 'police' },
      ],
      notifications: [{ partnership: P, ref: 'N1', dateAware: '2024-03-01', dateNotified: '2024-03-05', harm: 'death', ageBand: '1-5' }],
      reviews: [{ partnership: P, ref: 'R1', type: 'lcspr', title: 'Child R', status: 'in-progress', initiatedOn: '2024-04-01' }],
      audits: [{ partnership: P, ref: 'AU1', type: 'thematic', title: 'Neglect', startedOn: '2024-05-01' }],
      measures: [
        { partnership: P, ref: 'M1', name: 'Re-referrals', quadrant: 'better-off', polarity: 'lower-is-better', unit: 'percent', periodicity: 'quarter', source: 'entered' },
      ],
    };
    await api.system.gql(IMPORT, { bundle: base });
    const rows: { section: string; ref: string; id: string }[] = await api.db.query(
      `SELECT 'partnership' AS section, ref, id FROM partnerships WHERE ref = ANY($1)
       UNION ALL SELECT 'agency', a.ref, a.id FROM agencies a JOIN partnerships p ON p.id = a.partnership_id WHERE p.ref = ANY($1)
       UNION ALL SELECT 'notification', n.ref, n.id FROM notifications n JOIN partnerships p ON p.id = n.partnership_id WHERE p.ref = $2
       UNION ALL SELECT 'review', r.ref, r.id FROM reviews r JOIN partnerships p ON p.id = r.partnership_id WHERE p.ref = $2
       UNION ALL SELECT 'audit', x.ref, x.id FROM audits x JOIN partnerships p ON p.id = x.partnership_id WHERE p.ref = $2
       UNION ALL SELECT 'measure', m.ref, m.id FROM measures m JOIN partnerships p ON p.id = m.partnership_id WHERE p.ref = $2`,
      [[P, Q], P],
    );
    for (const r of rows) ids[r.ref] = r.id;
    await api.joinPartnerships([ids[P] as string]);
  }, 120_000);

  afterAll(() => api?.close());

  /** The problems the API names for a mutation (none if it succeeded). */
  async function apiProblems(mutation: string, variables: Record<string, unknown>): Promise<Problem[]> {
    const res = await api.raw(mutation, variables);
    return (res.errors?.[0]?.extensions?.fields as Problem[] | undefined) ?? [];
  }

  /** The problems the importer names for one record of `section` (fields relative to the record). */
  async function importProblems(section: keyof Bundle, record: Record<string, unknown>): Promise<Problem[]> {
    const bundle = { format: 'sli-bundle', version: 1, partnerships: [], [section]: [{ partnership: P, ...record }] };
    const res = await api.system.raw(IMPORT, { bundle });
    const fields = (res.errors?.[0]?.extensions?.fields as Problem[] | undefined) ?? [];
    const prefix = `${String(section)}[0].`;
    return fields.map((p) => {
      expect(p.field.startsWith(prefix)).toBe(true);
      expect(p.ref).toBe(record['ref']);
      return { field: p.field.slice(prefix.length), message: p.message };
    });
  }

  /** The API's problems with references named as a bundle names them. */
  const asBundle = (problems: Problem[]) => problems.map((p) => ({ field: p.field.replace(/^([A-Za-z]+)Id(?=$|[.[])/, '$1'), message: p.message }));

  const CREATE_NOTIFICATION = `mutation($input: CreateNotificationInput!) { createNotification(input: $input) { id } }`;
  const CREATE_REVIEW = `mutation($input: CreateReviewInput!) { createReview(input: $input) { id } }`;
  const CREATE_ACTION = `mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`;
  const CHANGE_STATUS = `mutation($id: ID!, $input: ChangeActionStatusInput!) { changeActionStatus(id: $id, input: $input) { id } }`;
  const CREATE_AUDIT = `mutation($input: CreateAuditInput!) { createAudit(input: $input) { id } }`;
  const CREATE_MEASURE = `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`;
  const SET_VALUES = `mutation($id: ID!, $values: [MeasureValueInput!]!) { setMeasureValues(measureId: $id, values: $values) { id } }`;
  const CREATE_REQUEST = `mutation($input: CreateInformationRequestInput!) { createInformationRequest(input: $input) { id } }`;
  const CREATE_REFERRAL = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`;

  /** Runs both doors on the same bad record and checks they agree on exactly `expected`. */
  async function bothRefuse(
    door: { mutation: string; variables: Record<string, unknown> },
    section: keyof Bundle,
    record: Record<string, unknown>,
    expected: Problem[],
  ): Promise<void> {
    const fromApi = asBundle(await apiProblems(door.mutation, door.variables));
    const fromImport = await importProblems(section, record);
    expect(fromApi).toEqual(expected);
    expect(fromImport).toEqual(expected);
  }

  it('a notification is made on or after the date aware, and neither date is in the future', async () => {
    await bothRefuse(
      { mutation: CREATE_NOTIFICATION, variables: { input: { partnershipId: ids[P], dateAware: '2024-06-10', dateNotified: '2024-06-09', harm: 'DEATH', ageBand: 'UNDER_1' } } },
      'notifications',
      { ref: 'N-bad', dateAware: '2024-06-10', dateNotified: '2024-06-09', harm: 'death', ageBand: 'under-1' },
      [{ field: 'dateNotified', message: 'must be on or after the date aware (10 June 2024)' }],
    );
    await bothRefuse(
      { mutation: CREATE_NOTIFICATION, variables: { input: { partnershipId: ids[P], dateAware: FUTURE, harm: 'DEATH', ageBand: 'UNDER_1' } } },
      'notifications',
      { ref: 'N-future', dateAware: FUTURE, harm: 'death', ageBand: 'under-1' },
      [{ field: 'dateAware', message: expect.stringMatching(/^cannot be in the future \(today is \d{1,2} [A-Z][a-z]+ \d{4}\)$/) }],
    );
  });

  it('a rapid review is not sent to the Panel before its notification was made, and its milestones are in order', async () => {
    const rapid = { type: 'RAPID_REVIEW', title: 'Rapid review', initiatedOn: '2024-03-01' };
    await bothRefuse(
      { mutation: CREATE_REVIEW, variables: { input: { ...rapid, partnershipId: ids[P], notificationId: ids['N1'], sentToPanelOn: '2024-03-04' } } },
      'reviews',
      { ...rapid, ref: 'RR-early', type: 'rapid-review', status: 'proposed', notification: 'N1', sentToPanelOn: '2024-03-04' },
      [{ field: 'sentToPanelOn', message: 'must be on or after the date its notification was made (5 March 2024)' }],
    );
    await bothRefuse(
      { mutation: CREATE_REVIEW, variables: { input: { ...rapid, partnershipId: ids[P], infoRequestedOn: '2024-03-08', meetingOn: '2024-03-07' } } },
      'reviews',
      { ...rapid, ref: 'RR-order', type: 'rapid-review', status: 'proposed', infoRequestedOn: '2024-03-08', meetingOn: '2024-03-07' },
      [{ field: 'meetingOn', message: 'must be on or after the date agencies were asked for information (8 March 2024)' }],
    );
  });

  it('a review completes after it starts and not in the future, with the fields its status implies', async () => {
    const lcspr = { type: 'LCSPR', title: 'Child S', initiatedOn: '2024-04-01' };
    await bothRefuse(
      { mutation: CREATE_REVIEW, variables: { input: { ...lcspr, partnershipId: ids[P], status: 'COMPLETED', completedOn: FUTURE } } },
      'reviews',
      { ...lcspr, ref: 'L-future', type: 'lcspr', status: 'completed', completedOn: FUTURE },
      [{ field: 'completedOn', message: expect.stringMatching(/^cannot be in the future/) }],
    );
    await bothRefuse(
      { mutation: CREATE_REVIEW, variables: { input: { ...lcspr, partnershipId: ids[P], status: 'CLOSED_UNPUBLISHED', completedOn: '2024-03-31' } } },
      'reviews',
      { ...lcspr, ref: 'L-closed', type: 'lcspr', status: 'closed-unpublished', completedOn: '2024-03-31' },
      [
        { field: 'completedOn', message: 'must be on or after the date the review was initiated (1 April 2024)' },
        { field: 'unpublishedReason', message: 'is required when the status is closed without publication' },
      ],
    );
  });

  it('a referral is decided on or after it was received, with reasons for no review, and links only what the decision led to', async () => {
    await bothRefuse(
      {
        mutation: CREATE_REFERRAL,
        variables: {
          input: {
            partnershipId: ids[P], referredOn: '2024-05-10', route: 'AGENCY_SAFEGUARDING_LEAD', criteria: 'CHILDREN_SERIOUS_INCIDENT',
            decision: 'NO_REVIEW', decidedBy: 'INDEPENDENT_SCRUTINEER', decidedOn: '2024-05-09', referrerToldOn: '2024-05-08', notificationId: ids['N1'],
          },
        },
      },
      'referrals',
      {
        ref: 'RF-bad', referredOn: '2024-05-10', route: 'agency-safeguarding-lead', criteria: 'children-serious-incident',
        decision: 'no-review', decidedBy: 'independent-scrutineer', decidedOn: '2024-05-09', referrerToldOn: '2024-05-08', notification: 'N1',
      },
      [
        { field: 'referringAgency', message: "is required when a practitioner referred through their agency's safeguarding lead" },
        { field: 'decidedOn', message: 'must be on or after the date referred (10 May 2024)' },
        { field: 'reasons', message: 'are required when the decision is no review' },
        { field: 'referrerToldOn', message: 'must be on or after the decision date (9 May 2024)' },
        { field: 'notification', message: 'is only for a referral decided for notification (notify the Panel or rapid review)' },
      ],
    );
    // The review's type is read from the database by both doors: R1 is an LCSPR, not a rapid review.
    await bothRefuse(
      {
        mutation: CREATE_REFERRAL,
        variables: {
          input: {
            partnershipId: ids[P], referredOn: '2024-02-20', route: 'PANEL', criteria: 'ADULTS_CARE_ACT_S44', panelResponse: 'AGREES',
            decision: 'RAPID_REVIEW', decidedBy: 'CHAIR', decidedOn: FUTURE, reviewId: ids['R1'],
          },
        },
      },
      'referrals',
      {
        ref: 'RF-bad2', referredOn: '2024-02-20', route: 'panel', criteria: 'adults-care-act-s44', panelResponse: 'agrees',
        decision: 'rapid-review', decidedBy: 'chair', decidedOn: FUTURE, review: 'R1',
      },
      [
        { field: 'decidedOn', message: expect.stringMatching(/^cannot be in the future \(today is /) },
        { field: 'panelResponse', message: "is for children's cases only: the Panel responds to serious incident and local review decisions" },
        { field: 'review', message: 'must be a rapid review when the decision is rapid review (R1 is not)' },
      ],
    );
  });

  it('an information request is due on or after it was sent', async () => {
    await bothRefuse(
      {
        mutation: CREATE_REQUEST,
        variables: { input: { reviewId: ids['R1'], agencyId: ids['POL'], kind: 'SCOPING', sentOn: '2024-04-10', dueOn: '2024-04-09' } },
      },
      'informationRequests',
      { ref: 'IR-bad', review: 'R1', agency: 'POL', kind: 'scoping', sentOn: '2024-04-10', dueOn: '2024-04-09' },
      [{ field: 'dueOn', message: 'must be on or after the date the request was sent (10 April 2024)' }],
    );
  });

  it("an action's completion date is given when complete and is not in the future; it comes from one source", async () => {
    const action = { title: 'Train staff', dueOn: '2024-09-30' };
    await bothRefuse(
      { mutation: CREATE_ACTION, variables: { input: { ...action, partnershipId: ids[P], reviewId: ids['R1'], ownerAgencyId: ids['POL'], status: 'COMPLETED', completedOn: FUTURE } } },
      'actions',
      { ...action, ref: 'A-12', review: 'R1', ownerAgency: 'POL', status: 'completed', completedOn: FUTURE },
      [{ field: 'completedOn', message: expect.stringMatching(/^cannot be in the future \(today is /) }],
    );
    await bothRefuse(
      { mutation: CREATE_ACTION, variables: { input: { ...action, partnershipId: ids[P], reviewId: ids['R1'], auditId: ids['AU1'], ownerAgencyId: ids['POL'], status: 'IMPACT_EVIDENCED' } } },
      'actions',
      { ...action, ref: 'A-13', review: 'R1', audit: 'AU1', ownerAgency: 'POL', status: 'impact-evidenced' },
      [
        { field: 'audit', message: 'must be empty when a review is given: it comes from one review or one audit, not both' },
        { field: 'completedOn', message: 'is required when the status is impact evidenced' },
        { field: 'impactEvidence', message: 'is required when the status is impact evidenced' },
      ],
    );

    // The dashboard's status form goes through changeActionStatus: the same words for the same date.
    const { createAction } = await api.gql(CREATE_ACTION, { input: { ...action, partnershipId: ids[P], reviewId: ids['R1'], ownerAgencyId: ids['POL'] } });
    const change = await apiProblems(CHANGE_STATUS, { id: createAction.id, input: { status: 'COMPLETED', completedOn: FUTURE } });
    const imported = await importProblems('actions', { ...action, ref: 'A-14', review: 'R1', ownerAgency: 'POL', status: 'completed', completedOn: FUTURE });
    expect(change).toEqual(imported);
    expect(change).toHaveLength(1);
  });

  it("an action's owner agency is one of its own partnership", async () => {
    const fromApi = asBundle(
      await apiProblems(CREATE_ACTION, { input: { title: 'T', dueOn: '2024-09-30', partnershipId: ids[P], reviewId: ids['R1'], ownerAgencyId: ids['QPOL'] } }),
    );
    const fromImport = await importProblems('actions', { ref: 'A-15', title: 'T', dueOn: '2024-09-30', review: 'R1', ownerAgency: 'QPOL', status: 'not-started' });
    expect(fromApi).toEqual([{ field: 'ownerAgency', message: 'must be an agency of this partnership' }]);
    // The importer adds the ref it could not find, which the API (given an id) has no words for.
    expect(fromImport).toEqual([{ field: 'ownerAgency', message: `must be an agency of this partnership ("QPOL" is not in partnership "${P}")` }]);
  });

  it('an audit completes on or after it starts, and not in the future', async () => {
    const audit = { title: 'Case audit', startedOn: '2024-05-01' };
    await bothRefuse(
      { mutation: CREATE_AUDIT, variables: { input: { ...audit, partnershipId: ids[P], type: 'THEMATIC', completedOn: '2024-04-30' } } },
      'audits',
      { ...audit, ref: 'AU-bad', type: 'thematic', completedOn: '2024-04-30' },
      [{ field: 'completedOn', message: 'must be on or after the start date (1 May 2024)' }],
    );
    await bothRefuse(
      { mutation: CREATE_AUDIT, variables: { input: { ...audit, partnershipId: ids[P], type: 'THEMATIC', completedOn: FUTURE } } },
      'audits',
      { ...audit, ref: 'AU-future', type: 'thematic', completedOn: FUTURE },
      [{ field: 'completedOn', message: expect.stringMatching(/^cannot be in the future/) }],
    );
  });

  it("a measure's value is dated on its period's start (a quarterly value of 15 January is refused, not moved)", async () => {
    const measure = { ref: 'M1', name: 'Re-referrals', quadrant: 'better-off', polarity: 'lower-is-better', unit: 'percent', periodicity: 'quarter', source: 'entered' };
    const message =
      'must be the first day of its quarter: 15 January 2026 falls in the quarter starting 1 January 2026 (quarters start on 1 April, 1 July, 1 October and 1 January)';
    await bothRefuse(
      { mutation: SET_VALUES, variables: { id: ids['M1'], values: [{ periodStart: '2026-01-15', value: 12.5 }] } },
      'measures',
      { ...measure, values: [{ periodStart: '2026-01-15', value: 12.5 }] },
      [{ field: 'values[0].periodStart', message }],
    );
    const stored: unknown[] = await api.db.query('SELECT 1 FROM measure_values WHERE measure_id = $1', [ids['M1']]);
    expect(stored).toEqual([]);

    await bothRefuse(
      {
        mutation: CREATE_MEASURE,
        variables: { input: { partnershipId: ids[P], name: 'M', quadrant: 'HOW_MUCH', polarity: 'HIGHER_IS_BETTER', unit: 'COUNT', periodicity: 'QUARTER', source: 'COMPUTED' } },
      },
      'measures',
      { ...measure, ref: 'M-computed', quadrant: 'how-much', polarity: 'higher-is-better', unit: 'count', source: 'computed' },
      [{ field: 'metric', message: 'is required when the source is computed: name the built-in metric' }],
    );
  });

  it('a recommendation not accepted in full gives its reasons; a response is dated, not in the future; so is learning shared', async () => {
    const CREATE_RECOMMENDATION = `mutation($input: CreateRecommendationInput!) { createRecommendation(input: $input) { id } }`;
    await bothRefuse(
      { mutation: CREATE_RECOMMENDATION, variables: { input: { reviewId: ids['R1'], text: 'Share chronologies', response: 'NOT_ACCEPTED', respondedOn: '2024-09-02' } } },
      'recommendations',
      { ref: 'REC-why', review: 'R1', text: 'Share chronologies', response: 'not-accepted', respondedOn: '2024-09-02' },
      [{ field: 'responseReasons', message: 'are required when the recommendation is not accepted' }],
    );
    await bothRefuse(
      { mutation: CREATE_RECOMMENDATION, variables: { input: { reviewId: ids['R1'], text: 'Share chronologies', response: 'ACCEPTED', respondedOn: FUTURE } } },
      'recommendations',
      { ref: 'REC-future', review: 'R1', text: 'Share chronologies', response: 'accepted', respondedOn: FUTURE },
      [{ field: 'respondedOn', message: expect.stringMatching(/^cannot be in the future/) }],
    );
    const CREATE_PRODUCT = `mutation($input: CreateLearningProductInput!) { createLearningProduct(input: $input) { id } }`;
    await bothRefuse(
      { mutation: CREATE_PRODUCT, variables: { input: { partnershipId: ids[P], kind: 'SEVEN_MINUTE_BRIEFING', title: 'Briefing', publishedOn: FUTURE } } },
      'learningProducts',
      { ref: 'LP-future', kind: 'seven-minute-briefing', title: 'Briefing', publishedOn: FUTURE },
      [{ field: 'publishedOn', message: expect.stringMatching(/^cannot be in the future/) }],
    );
    // A good response is kept and read back.
    const { createRecommendation } = await api.gql(
      `mutation($input: CreateRecommendationInput!) { createRecommendation(input: $input) { response responseReasons respondedOn } }`,
      { input: { reviewId: ids['R1'], text: 'Audit strategy discussions', response: 'ACCEPTED_IN_PART', respondedOn: '2024-09-02', responseReasons: 'Health will audit its own' } },
    );
    expect(createRecommendation).toEqual({ response: 'ACCEPTED_IN_PART', responseReasons: 'Health will audit its own', respondedOn: '2024-09-02' });
  });

  it('the import error names each record by its own ref in its message', async () => {
    const bundle = {
      format: 'sli-bundle',
      version: 1,
      partnerships: [],
      actions: [{ partnership: P, ref: 'A-12', title: 'T', dueOn: '2024-09-30', review: 'R1', ownerAgency: 'POL', status: 'completed', completedOn: FUTURE }],
    };
    const res = await api.system.raw(IMPORT, { bundle });
    expect(res.errors?.[0]?.message).toContain(`actions "A-12" (actions[0]).completedOn: cannot be in the future`);
  });
});
