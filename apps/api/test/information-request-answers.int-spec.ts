import { RemindersService } from '@sli/reminders-api';
import { cliScope, runInScope } from '@sli/shared/api-core';
import { todayInEngland } from '@sli/shared/domain';
import { createTestPartnership, startTestApi, uniqueRef, type Client, type TestApi } from './harness';

/*
 * Agencies answer information requests in the product (issue 13), over HTTP. An LCSPR asks the police,
 * health and children's social care for their information on Monday 2 November 2026, due Monday 9 November.
 * Submitting an answer returns the request on the day it is submitted (today).
 */

const SAVE = `mutation($id: ID!, $input: InformationRequestAnswerInput!, $submit: Boolean) {
  saveInformationRequestAnswer(requestId: $id, input: $input, submit: $submit) { id returnedOn timeliness(asOf: "${todayInEngland()}") } }`;
const REQUEST = `query($id: ID!, $asOf: Date!) { informationRequest(id: $id) {
  returnedOn lastRemindedOn status(asOf: $asOf)
  answer { knownToAgency involvedFrom involvement submittedOn submittedBy chronology { position occurredOn event source agency { name } } } } }`;
const CHRONOLOGY = `query($reviewId: ID!, $first: Int, $after: String) { reviewChronology(reviewId: $reviewId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { occurredOn event agency { name } informationRequest { agency { name } } } } }`;

describe('agencies answer information requests', () => {
  let api: TestApi;
  let pid: string;
  const agency: Record<string, string> = {};
  const request: Record<string, string> = {};
  let reviewId: string;
  let police: Client & { email?: string };
  let health: Client;
  let committee: Client;
  const today = todayInEngland();

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Answers Partnership');
    for (const [ref, name, sector] of [
      ['POL', 'Answers Police', 'POLICE'],
      ['HLT', 'Answers Health', 'HEALTH'],
      ['CSC', "Answers Children's Social Care", 'CHILDRENS_SOCIAL_CARE'],
    ] as const) {
      const { createAgency } = await api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
        input: { partnershipId: pid, ref: uniqueRef(ref), name, sector },
      });
      agency[ref] = createAgency.id;
    }
    const { createReview } = await api.gql(`mutation($input: CreateReviewInput!) { createReview(input: $input) { id } }`, {
      input: { partnershipId: pid, ref: uniqueRef('LCSPR'), type: 'LCSPR', title: 'Child A', initiatedOn: '2026-10-28', agencyIds: Object.values(agency) },
    });
    reviewId = createReview.id;
    for (const ref of ['POL', 'HLT', 'CSC']) {
      const { createInformationRequest } = await api.gql(`mutation($input: CreateInformationRequestInput!) { createInformationRequest(input: $input) { id } }`, {
        input: { reviewId, agencyId: agency[ref], kind: 'SCOPING', sentOn: '2026-11-02', dueOn: '2026-11-09' },
      });
      request[ref] = createInformationRequest.id;
    }
    police = await api.as('agency-lead', { partnershipIds: [pid], agencyId: agency['POL'], name: 'Pat (Police)' });
    health = await api.as('agency-lead', { partnershipIds: [pid], agencyId: agency['HLT'], name: 'Hana (Health)' });
    await api.as('agency-lead', { partnershipIds: [pid], agencyId: agency['CSC'], name: 'Cal (CSC)' });
    committee = await api.as('committee-member', { partnershipIds: [pid] });
  });
  afterAll(() => api?.close());

  const referralRow: { occurredOn: string; event: string; source: string; agencyId?: string } = {
    occurredOn: '2026-05-10',
    event: 'Referral to CSC about Child A',
    source: 'Niche record',
  };
  const policeDraft = {
    knownToAgency: 'YES',
    involvedFrom: '2026-01-10',
    involvement: 'Two domestic incidents attended at the home of Child A.',
    chronology: [referralRow, { occurredOn: '2026-03-02', event: 'Officers attend a domestic incident; Adult B arrested', source: 'Niche record' }],
  };

  it('refuses the lead of another agency and roles that do not answer; nothing is saved', async () => {
    const other = await health.raw(SAVE, { id: request['POL'], input: policeDraft });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.errors?.[0]?.message).toContain('owned by another agency');
    const reader = await committee.raw(SAVE, { id: request['POL'], input: policeDraft });
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM information_request_answers WHERE information_request_id = $1`, [request['POL']]);
    expect(n).toBe(0);
  });

  it('keeps a draft to its agency and the business unit: not in the merged chronology, not shown to other agencies', async () => {
    // The second row's agency defaults to the answering agency (police); the first names children's social care.
    referralRow.agencyId = agency['CSC'];
    const saved = (await police.gql(SAVE, { id: request['POL'], input: policeDraft })).saveInformationRequestAnswer;
    expect(saved.returnedOn).toBeNull();
    const own = (await police.gql(REQUEST, { id: request['POL'], asOf: today })).informationRequest;
    expect(own.answer).toMatchObject({ knownToAgency: 'YES', involvedFrom: '2026-01-10', submittedOn: null });
    expect(own.answer.chronology).toEqual([
      { position: 1, occurredOn: '2026-05-10', event: 'Referral to CSC about Child A', source: 'Niche record', agency: { name: "Answers Children's Social Care" } },
      { position: 2, occurredOn: '2026-03-02', event: 'Officers attend a domestic incident; Adult B arrested', source: 'Niche record', agency: { name: 'Answers Police' } },
    ]);
    expect((await api.gql(REQUEST, { id: request['POL'], asOf: today })).informationRequest.answer.submittedOn).toBeNull();
    expect((await health.gql(REQUEST, { id: request['POL'], asOf: today })).informationRequest.answer).toBeNull();
    expect((await committee.gql(REQUEST, { id: request['POL'], asOf: today })).informationRequest.answer).toBeNull();
    expect((await api.gql(CHRONOLOGY, { reviewId })).reviewChronology).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('names the chronology row at fault, saves nothing of a refused answer, and asks a submitted return for what the agency knew', async () => {
    const bad = await police.raw(SAVE, {
      id: request['POL'],
      input: { ...policeDraft, chronology: [policeDraft.chronology[1], { occurredOn: '2026-04-01', event: ' ' }, { occurredOn: '2099-01-01', event: 'Later' }] },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'chronology[1].event', message: 'row 2: the event is required: what happened, with pseudonyms ("Child A"), never names' },
      { field: 'chronology[2].occurredOn', message: `row 3: the date of the event cannot be in the future (today is ${new Date(`${today}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })})` },
    ]);
    // All or nothing: the draft still has its two rows.
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM chronology_entries WHERE information_request_id = $1`, [request['POL']]);
    expect(n).toBe(2);

    const incomplete = await health.raw(SAVE, { id: request['HLT'], input: { chronology: [] }, submit: true });
    expect(incomplete.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['knownToAgency', 'involvement']);
    expect((await api.gql(REQUEST, { id: request['HLT'], asOf: today })).informationRequest.returnedOn).toBeNull();
  });

  it('returns the request when the answer is submitted: returned date, status and timeliness follow', async () => {
    // Before: due 9 November and not returned, so overdue today (after 9 November); on 6 November it was only sent.
    expect((await api.gql(REQUEST, { id: request['POL'], asOf: today })).informationRequest.status).toBe('OVERDUE');
    expect((await api.gql(REQUEST, { id: request['POL'], asOf: '2026-11-06' })).informationRequest.status).toBe('SENT');

    const submitted = (await police.gql(SAVE, { id: request['POL'], input: policeDraft, submit: true })).saveInformationRequestAnswer;
    // Returned today, after the 9 November due date: late.
    expect(submitted).toMatchObject({ returnedOn: today, timeliness: 'LATE' });
    const after = (await api.gql(REQUEST, { id: request['POL'], asOf: today })).informationRequest;
    expect(after).toMatchObject({ returnedOn: today, status: 'RETURNED', answer: { submittedOn: today } });
    expect(after.answer.submittedBy).toMatch(/@/);
    // Other agencies now see the submitted answer.
    expect((await health.gql(REQUEST, { id: request['POL'], asOf: today })).informationRequest.answer.submittedOn).toBe(today);

    // A submitted answer stays submitted, and its return cannot be cleared.
    const backToDraft = await police.raw(SAVE, { id: request['POL'], input: policeDraft, submit: false });
    expect(backToDraft.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('submit');
    const cleared = await api.raw(`mutation($id: ID!) { updateInformationRequest(id: $id, input: { returnedOn: null }) { id } }`, { id: request['POL'] });
    expect(cleared.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('returnedOn');
    // The business unit may correct the day (information that came in earlier by email), not move it past the answer.
    const later = await api.raw(`mutation($id: ID!) { updateInformationRequest(id: $id, input: { returnedOn: "2099-01-01" }) { id } }`, { id: request['POL'] });
    expect(later.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain('returnedOn');
    const earlier = await api.gql(`mutation($id: ID!) { updateInformationRequest(id: $id, input: { returnedOn: "2026-11-20" }) { returnedOn } }`, { id: request['POL'] });
    expect(earlier.updateInformationRequest.returnedOn).toBe('2026-11-20');
    await api.gql(`mutation($id: ID!, $on: Date) { updateInformationRequest(id: $id, input: { returnedOn: $on }) { id } }`, { id: request['POL'], on: today });
  });

  it('is reminded once a reminder notice goes out to the agency, until it falls overdue', async () => {
    // Two working days before Monday 9 November is Thursday 5 November: the due-soon reminder to the CSC lead.
    await runInScope({ ...cliScope('test'), partnerships: [pid] }, () => api.app.get(RemindersService).queueDue('2026-11-05'));
    const at = async (asOf: string) => (await api.gql(REQUEST, { id: request['CSC'], asOf })).informationRequest;
    expect((await at('2026-11-05')).lastRemindedOn).toBe('2026-11-05');
    expect((await at('2026-11-04')).status).toBe('SENT');
    expect((await at('2026-11-05')).status).toBe('REMINDED');
    expect((await at('2026-11-09')).status).toBe('REMINDED');
    expect((await at('2026-11-10')).status).toBe('OVERDUE');
  });

  it('merges every submitted chronology of the review in date order, with each agency, paged and downloaded whole', async () => {
    await health.gql(SAVE, {
      id: request['HLT'],
      input: {
        knownToAgency: 'YES',
        involvedFrom: '2026-01-15',
        involvedTo: '2026-04-01',
        involvement: 'Health visiting for Child A.',
        chronology: [
          { occurredOn: '2026-04-01', event: 'Health visitor home visit, Child A seen' },
          { occurredOn: '2026-01-15', event: 'New birth visit' },
        ],
      },
      submit: true,
    });
    // A draft of children's social care stays out.
    await api.gql(SAVE, { id: request['CSC'], input: { chronology: [{ occurredOn: '2026-02-01', event: 'Draft entry' }] } });

    // Police: 2 March (police), 10 May (naming CSC); health: 15 January, 1 April. By date:
    const expected = [
      ['2026-01-15', 'Answers Health', 'Answers Health'],
      ['2026-03-02', 'Answers Police', 'Answers Police'],
      ['2026-04-01', 'Answers Health', 'Answers Health'],
      ['2026-05-10', "Answers Children's Social Care", 'Answers Police'],
    ];
    const first = (await committee.gql(CHRONOLOGY, { reviewId, first: 3 })).reviewChronology;
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await committee.gql(CHRONOLOGY, { reviewId, first: 3, after: first.pageInfo.endCursor })).reviewChronology;
    const rows = [...first.nodes, ...rest.nodes].map((n) => [n.occurredOn, n.agency.name, n.informationRequest.agency.name]);
    expect(rows).toEqual(expected);

    const res = await fetch(`${api.origin}/api/exports`, {
      method: 'POST',
      headers: api.headers(),
      body: JSON.stringify({ list: 'review-chronology', format: 'csv', variables: { reviewId } }),
    });
    expect(res.status).toBe(200);
    const [, table] = (await res.text()).replace(/^\uFEFF/, '').split('\r\n\r\n') as [string, string];
    const lines = table.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Date,Agency,Event,Source,Given by,Request');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(expected.map((e) => e[0]));
  });

  it('carries answers and their chronology rows through an exported bundle, and a re-import changes nothing', async () => {
    const [{ ref }] = await api.db.query(`SELECT ref FROM partnerships WHERE id = $1`, [pid]);
    const bundle = (await api.gql(`query($refs: [String!]) { exportBundle(partnershipRefs: $refs) }`, { refs: [ref] })).exportBundle;
    const [{ ref: policeRequest }] = await api.db.query(`SELECT ref FROM information_requests WHERE id = $1`, [request['POL']]);
    const exported = bundle.informationRequests.find((r: { ref: string }) => r.ref === policeRequest);
    expect(exported.answer).toMatchObject({ knownToAgency: 'yes', involvedFrom: '2026-01-10', submittedOn: today });
    // In the answer's order, each row's agency by its ref.
    expect(exported.chronology.map((c: { occurredOn: string }) => c.occurredOn)).toEqual(['2026-05-10', '2026-03-02']);
    const IMPORT = `mutation($bundle: JSON!) { importBundle(bundle: $bundle) { sections { section created updated unchanged } } }`;
    const again = (await api.system.gql(IMPORT, { bundle })).importBundle;
    expect(again.sections.find((x: { section: string }) => x.section === 'informationRequests')).toEqual({ section: 'informationRequests', created: 0, updated: 0, unchanged: 3 });
    exported.chronology[1].event = 'Officers attend a domestic incident; Adult B arrested and bailed';
    const changed = (await api.system.gql(IMPORT, { bundle })).importBundle;
    expect(changed.sections.find((x: { section: string }) => x.section === 'informationRequests')).toMatchObject({ updated: 1, unchanged: 2 });
    const [{ event }] = await api.db.query(`SELECT event FROM chronology_entries WHERE information_request_id = $1 AND position = 2`, [request['POL']]);
    expect(event).toBe('Officers attend a domestic incident; Adult B arrested and bailed');
  });

  it("lists an agency lead's own requests, open first, and is refused to other roles", async () => {
    const csc = await api.as('agency-lead', { partnershipIds: [pid], agencyId: agency['CSC'] });
    const mine = (await csc.gql(`{ myWork { actions { ref } informationRequests { id returnedOn } } }`)).myWork;
    expect(mine).toEqual({ actions: [], informationRequests: [{ id: request['CSC'], returnedOn: null }] });
    const ofPolice = (await police.gql(`{ myWork { informationRequests { id returnedOn } } }`)).myWork;
    expect(ofPolice.informationRequests).toEqual([{ id: request['POL'], returnedOn: today }]);
    expect((await api.raw(`{ myWork { actions { id } } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
