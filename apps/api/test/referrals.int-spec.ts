import type { Bundle } from '@sli/exchange-domain';
import { startTestApi, uniqueRef, type TestApi } from './harness';

/*
 * Referrals and their screening decisions over HTTP: recorded, refused by their rules with the field
 * and the words, updated, listed, linked, deleted, exported and re-imported unchanged; and the metric
 * catalogue's referral figures on a small hand-built year, worked out in the comments.
 */

const IMPORT = `mutation($bundle: JSON!) { importBundle(bundle: $bundle) { created updated unchanged } }`;
const EXPORT = `query($refs: [String!]) { exportBundle(partnershipRefs: $refs) }`;
const FIELDS = `id ref referredOn route criteria groupRecommendation decision reasons decidedBy decidedOn referrerToldOn panelResponse summary
  referringAgency { ref } notification { ref } review { ref }`;
const CREATE = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateReferralInput!) { updateReferral(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteReferral(id: $id) { ref } }`;
const ONE = `query($id: ID!) { referral(id: $id) { ref } }`;
const LIST = `query($filter: ReferralFilter, $first: Int!, $after: String) {
  referrals(filter: $filter, first: $first, after: $after) { totalCount nodes { ref } pageInfo { hasNextPage endCursor } } }`;
const HEADLINES = `query($filter: MetricFilter!, $keys: [String!]!, $asOf: Date) {
  headlineFigures(filter: $filter, keys: $keys, asOf: $asOf) { key current { value numerator denominator } } }`;
const NOTIFICATION_METRICS = `query($filter: MetricFilter, $asOf: Date!) {
  notificationMetrics(filter: $filter, grain: FINANCIAL_YEAR, asOf: $asOf) { notifications notified overdue due } }`;

type Problem = { field: string; message: string };

describe('Referrals and screening decisions', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  }, 120_000);
  afterAll(() => api?.close());

  /** Imports a bundle of one new partnership (as the system admin), joins it, and returns the ids by ref. */
  async function load(bundle: Omit<Bundle, 'format' | 'version'>): Promise<Record<string, string>> {
    await api.system.gql(IMPORT, { bundle: { format: 'sli-bundle', version: 1, ...bundle } });
    const P = bundle.partnerships[0]?.ref as string;
    const rows: { ref: string; id: string }[] = await api.db.query(
      `SELECT p.ref, p.id FROM partnerships p WHERE p.ref = $1
       UNION ALL SELECT x.ref, x.id FROM agencies x JOIN partnerships p ON p.id = x.partnership_id WHERE p.ref = $1
       UNION ALL SELECT x.ref, x.id FROM notifications x JOIN partnerships p ON p.id = x.partnership_id WHERE p.ref = $1
       UNION ALL SELECT x.ref, x.id FROM reviews x JOIN partnerships p ON p.id = x.partnership_id WHERE p.ref = $1
       UNION ALL SELECT x.ref, x.id FROM referrals x JOIN partnerships p ON p.id = x.partnership_id WHERE p.ref = $1`,
      [P],
    );
    const ids = Object.fromEntries(rows.map((r) => [r.ref, r.id]));
    await api.joinPartnerships([ids[P] as string]);
    return ids;
  }

  const problems = async (query: string, variables: Record<string, unknown>): Promise<Problem[]> =>
    ((await api.raw(query, variables)).errors?.[0]?.extensions?.fields ?? []).map(({ field, message }) => ({ field, message }));

  it('records a referral, refuses one breaking the rules with the field and the words, updates, lists, links and deletes it', async () => {
    const P = uniqueRef('REF');
    const ids = await load({
      partnerships: [{ ref: P, name: 'Referrals partnership', kind: 'children' }],
      agencies: [{ partnership: P, ref: 'POL', name: 'Police', sector: 'police' }],
      notifications: [{ partnership: P, ref: 'N1', dateAware: '2024-05-03', dateNotified: '2024-05-07', harm: 'serious-harm', ageBand: '6-10' }],
      reviews: [
        { partnership: P, ref: 'RR1', type: 'rapid-review', title: 'Rapid review', status: 'in-progress', notification: 'N1', initiatedOn: '2024-05-08' },
        { partnership: P, ref: 'L1', type: 'lcspr', title: 'Child L', status: 'in-progress', initiatedOn: '2024-06-01' },
      ],
    });
    const pid = ids[P];
    const received = { partnershipId: pid, referredOn: '2024-05-01', route: 'AGENCY_SAFEGUARDING_LEAD', criteria: 'CHILDREN_SERIOUS_INCIDENT' };

    // Decided "no review" before it was received, with no reasons, no agency, and the notification linked anyway.
    expect(
      await problems(CREATE, {
        input: { ...received, ref: 'RF-X', decision: 'NO_REVIEW', decidedBy: 'CHAIR', decidedOn: '2024-04-30', notificationId: ids['N1'] },
      }),
    ).toEqual([
      { field: 'referringAgencyId', message: "is required when a practitioner referred through their agency's safeguarding lead" },
      { field: 'decidedOn', message: 'must be on or after the date referred (1 May 2024)' },
      { field: 'reasons', message: 'are required when the decision is no review' },
      { field: 'notificationId', message: 'is only for a referral decided for notification (notify the Panel or rapid review)' },
    ]);

    const { createReferral: made } = await api.gql(CREATE, {
      input: {
        ...received,
        ref: 'RF-1',
        referringAgencyId: ids['POL'],
        groupRecommendation: 'RAPID_REVIEW',
        decision: 'RAPID_REVIEW',
        decidedBy: 'INDEPENDENT_SCRUTINEER',
        decidedOn: '2024-05-03',
        notificationId: ids['N1'],
        reviewId: ids['RR1'],
        summary: 'Child aged 6-10 admitted to hospital with injuries; neglect suspected.',
      },
    });
    expect(made).toMatchObject({
      ref: 'RF-1', decision: 'RAPID_REVIEW', decidedOn: '2024-05-03', referrerToldOn: null, panelResponse: null,
      referringAgency: { ref: 'POL' }, notification: { ref: 'N1' }, review: { ref: 'RR1' },
    });

    // The referrer is told, and the Panel agrees; a review of the wrong kind is refused.
    const { updateReferral: told } = await api.gql(UPDATE, { id: made.id, input: { referrerToldOn: '2024-05-07', panelResponse: 'AGREES' } });
    expect(told).toMatchObject({ referrerToldOn: '2024-05-07', panelResponse: 'AGREES', decision: 'RAPID_REVIEW' });
    expect(await problems(UPDATE, { id: made.id, input: { reviewId: ids['L1'], referrerToldOn: '2024-05-02' } })).toEqual([
      { field: 'referrerToldOn', message: 'must be on or after the decision date (3 May 2024)' },
      { field: 'reviewId', message: 'must be a rapid review when the decision is rapid review (L1 is not)' },
    ]);
    expect(await problems(UPDATE, { id: made.id, input: { criteria: null } })).toEqual([{ field: 'criteria', message: 'cannot be null' }]);

    // A second referral, awaiting its decision; the list runs most recently referred first, a page at a time.
    await api.gql(CREATE, { input: { partnershipId: pid, ref: 'RF-2', referredOn: '2024-06-20', route: 'PANEL', criteria: 'CHILDREN_LOCAL_REVIEW' } });
    const first = (await api.gql(LIST, { filter: { partnershipId: pid }, first: 1 })).referrals;
    expect(first).toMatchObject({ totalCount: 2, nodes: [{ ref: 'RF-2' }], pageInfo: { hasNextPage: true } });
    const next = (await api.gql(LIST, { filter: { partnershipId: pid }, first: 1, after: first.pageInfo.endCursor })).referrals;
    expect(next.nodes.map((n: { ref: string }) => n.ref)).toEqual(['RF-1']);
    const may = (await api.gql(LIST, { filter: { partnershipId: pid, referredFrom: '2024-05-01', referredTo: '2024-05-31' }, first: 10 })).referrals;
    expect(may.nodes.map((n: { ref: string }) => n.ref)).toEqual(['RF-1']);
    const byPolice = (await api.gql(LIST, { filter: { partnershipId: pid, referringAgencyId: ids['POL'] }, first: 10 })).referrals;
    expect(byPolice.nodes.map((n: { ref: string }) => n.ref)).toEqual(['RF-1']);

    // The list's download holds every referral of the filters, not the page on screen, in the screen's columns.
    const res = await fetch(`${api.origin}/api/exports`, {
      method: 'POST',
      headers: api.headers(),
      body: JSON.stringify({ list: 'referrals', format: 'csv', variables: { filter: { partnershipId: pid, referringAgencyId: ids['POL'] } } }),
    });
    expect(res.status).toBe(200);
    const csv = (await res.text()).replace(/^\uFEFF/, '');
    const [about, table] = csv.split('\r\n\r\n') as [string, string];
    const [{ name: police }] = await api.db.query('SELECT name FROM agencies WHERE id = $1', [ids['POL']]);
    expect(about).toContain(`Referred by,${police}`);
    const lines = table.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Reference,Date referred,Referred by,Criteria,Decision,Decided');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['RF-1']);
    const all = await fetch(`${api.origin}/api/exports`, {
      method: 'POST',
      headers: api.headers(),
      body: JSON.stringify({ list: 'referrals', format: 'csv', variables: { filter: { partnershipId: pid } } }),
    });
    const rows = (await all.text()).split('\r\n\r\n')[1]?.split('\r\n').filter(Boolean) ?? [];
    expect(rows.slice(1).map((l) => l.split(',')[0])).toEqual(['RF-2', 'RF-1']);
    expect(rows[1]).toContain('The Child Safeguarding Practice Review Panel');
    expect(rows[1]).toContain('Not decided yet');

    // The notification and the rapid review show the referral that led to them; neither can be deleted while it does.
    const linked = await api.gql(`query($n: ID!, $r: ID!) { notification(id: $n) { referrals { ref } } review(id: $r) { referrals { ref } } }`, {
      n: ids['N1'],
      r: ids['RR1'],
    });
    expect(linked).toEqual({ notification: { referrals: [{ ref: 'RF-1' }] }, review: { referrals: [{ ref: 'RF-1' }] } });
    const refused = await problems(`mutation($id: ID!) { deleteNotification(id: $id) { ref } }`, { id: ids['N1'] });
    expect(refused[0]?.message).toContain('1 referral led to it (RF-1)');

    // An agency lead reads referrals but may not record one.
    const lead = await api.as('agency-lead', { partnershipIds: [pid as string], agencyId: ids['POL'] });
    expect((await lead.raw(CREATE, { input: { partnershipId: pid, referredOn: '2024-06-01', route: 'PANEL', criteria: 'CHILDREN_LOCAL_REVIEW' } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );

    expect((await api.gql(DELETE, { id: made.id })).deleteReferral).toEqual({ ref: 'RF-1' });
    expect((await api.gql(ONE, { id: made.id })).referral).toBeNull();
    const [history] = await api.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity = 'referrals' AND entity_id = $1 AND action = 'delete'`, [made.id]);
    expect(history.n).toBe(1);
  });

  it('exports referrals in the bundle and re-imports them unchanged', async () => {
    const P = uniqueRef('REFX');
    const referral = {
      partnership: P, ref: 'RF-9', referredOn: '2024-07-01', route: 'agency-safeguarding-lead', referringAgency: 'HLT', criteria: 'children-serious-incident',
      groupRecommendation: 'no-review', decision: 'no-review', reasons: 'Criteria not met: no abuse or neglect known or suspected.', decidedBy: 'chair',
      decidedOn: '2024-07-15', referrerToldOn: '2024-07-16', panelResponse: 'agrees', summary: 'A young person injured in a road traffic collision.',
    } as const;
    await load({
      partnerships: [{ ref: P, name: 'Export partnership', kind: 'children' }],
      agencies: [{ partnership: P, ref: 'HLT', name: 'Health', sector: 'health' }],
      referrals: [referral],
    });
    const exported = (await api.gql(EXPORT, { refs: [P] })).exportBundle as Bundle;
    expect(exported.referrals).toEqual([referral]);
    const again = (await api.system.gql(IMPORT, { bundle: exported })).importBundle;
    expect(again).toMatchObject({ created: 0, updated: 0 });
  });

  it('computes referrals by route and decision, working days to decision, and the share of notifications with a rapid review', async () => {
    const P = uniqueRef('REFM');
    const agency = { route: 'agency-safeguarding-lead', referringAgency: 'POL' } as const;
    const ids = await load({
      partnerships: [{ ref: P, name: 'Referral metrics partnership', kind: 'children' }],
      agencies: [{ partnership: P, ref: 'POL', name: 'Police', sector: 'police' }],
      notifications: [
        { partnership: P, ref: 'N1', dateAware: '2024-05-03', dateNotified: '2024-05-07', harm: 'death', ageBand: 'under-1' },
        { partnership: P, ref: 'N2', dateAware: '2024-06-10', dateNotified: '2024-06-12', harm: 'serious-harm', ageBand: '1-5' },
        // Old data: a notification with no referral, never notified: still overdue.
        { partnership: P, ref: 'N3', dateAware: '2024-08-01', harm: 'serious-harm', ageBand: '11-15' },
      ],
      reviews: [{ partnership: P, ref: 'RR2', type: 'rapid-review', title: 'Rapid review', status: 'in-progress', notification: 'N2', initiatedOn: '2024-06-12' }],
      referrals: [
        // Working days count the days after the referral up to the decision: Thu 2, Fri 3 May = 2.
        { partnership: P, ref: 'RF1', referredOn: '2024-05-01', ...agency, criteria: 'children-serious-incident', decision: 'notify', decidedBy: 'chair', decidedOn: '2024-05-03', notification: 'N1' },
        // Mon 3 June to Mon 10 June = 5.
        { partnership: P, ref: 'RF2', referredOn: '2024-06-03', route: 'panel', criteria: 'children-serious-incident', decision: 'rapid-review', decidedBy: 'independent-scrutineer', decidedOn: '2024-06-10', notification: 'N2', review: 'RR2' },
        // Mon 1 July to Mon 15 July = 10. Decided "no review": no notification, so never an overdue one.
        { partnership: P, ref: 'RF3', referredOn: '2024-07-01', ...agency, criteria: 'children-local-review', decision: 'no-review', reasons: 'Criteria not met.', decidedBy: 'executive', decidedOn: '2024-07-15' },
        // Decided after the as-of date: awaited on 31 March 2025.
        { partnership: P, ref: 'RF4', referredOn: '2024-09-02', route: 'other', criteria: 'children-local-review', decision: 'other-review', decidedBy: 'chair', decidedOn: '2025-04-10' },
        // Referred the year before: outside the year.
        { partnership: P, ref: 'RF5', referredOn: '2024-03-20', route: 'panel', criteria: 'children-local-review', decision: 'no-review', reasons: 'Not met.', decidedBy: 'chair', decidedOn: '2024-03-21' },
        { partnership: P, ref: 'RF6', referredOn: '2024-10-01', ...agency, criteria: 'children-local-review' },
      ],
    });
    const filter = { partnershipIds: [ids[P]], from: '2024-04-01', to: '2025-03-31' };
    const keys = [
      'referrals',
      'referrals-route-agency-safeguarding-lead',
      'referrals-route-panel',
      'referrals-route-other',
      'referrals-decided-notify',
      'referrals-decided-rapid-review',
      'referrals-decided-other-review',
      'referrals-decided-no-review',
      'referral-decision-days-median',
      'referral-decision-days-mean',
      'notifications-with-rapid-review',
    ];
    const figures = (await api.gql(HEADLINES, { filter, keys, asOf: '2025-03-31' })).headlineFigures as { key: string; current: { value: number | null } }[];
    const value = Object.fromEntries(figures.map((f) => [f.key, f.current]));
    // 2024/25: RF1, RF2, RF3, RF4, RF6 (RF5 was referred in March 2024).
    expect(value['referrals']).toMatchObject({ value: 5 });
    // By route: RF1, RF3, RF6 through an agency; RF2 the Panel; RF4 another route.
    expect(value['referrals-route-agency-safeguarding-lead']).toMatchObject({ value: 3 });
    expect(value['referrals-route-panel']).toMatchObject({ value: 1 });
    expect(value['referrals-route-other']).toMatchObject({ value: 1 });
    // Decided by 31 March 2025: notify RF1, rapid review RF2, no review RF3; RF4 not yet, RF6 awaited.
    expect(value['referrals-decided-notify']).toMatchObject({ value: 1 });
    expect(value['referrals-decided-rapid-review']).toMatchObject({ value: 1 });
    expect(value['referrals-decided-other-review']).toMatchObject({ value: 0 });
    expect(value['referrals-decided-no-review']).toMatchObject({ value: 1 });
    // Working days 2, 5 and 10: median 5, mean 17 / 3.
    expect(value['referral-decision-days-median']).toMatchObject({ value: 5, denominator: 3 });
    expect(value['referral-decision-days-mean']?.value).toBeCloseTo(17 / 3, 10);
    // Notifications N1, N2, N3; a rapid review came from N2 alone: 1 of 3.
    expect(value['notifications-with-rapid-review']).toMatchObject({ value: 100 / 3, numerator: 1, denominator: 3 });

    // Notification timeliness: N3 (no referral) is overdue; RF3, decided "no review" without a notification, is not a notification at all.
    const [year] = (await api.gql(NOTIFICATION_METRICS, { filter, asOf: '2025-03-31' })).notificationMetrics;
    expect(year).toEqual({ notifications: 3, notified: 2, overdue: 1, due: 0 });

    // Judged earlier, on 14 July 2024: RF3 is not decided yet, RF4 and RF6 not yet referred.
    const july = (await api.gql(HEADLINES, { filter: { ...filter, to: '2024-07-14' }, keys: ['referrals', 'referrals-decided-no-review', 'referral-decision-days-median'], asOf: '2024-07-14' }))
      .headlineFigures as { key: string; current: { value: number | null } }[];
    expect(july.map((f) => [f.key, f.current.value])).toEqual([
      ['referrals', 3],
      ['referrals-decided-no-review', 0],
      ['referral-decision-days-median', 3.5],
    ]);
  });
});
