import { RemindersService } from '@sli/reminders-api';
import { cliScope, runInScope } from '@sli/shared/api-core';
import { todayInEngland } from '@sli/shared/domain';
import { createTestPartnership, startTestApi, uniqueRef, type Client, type TestApi } from './harness';

/*
 * Agency returns for audits (issue 13), over HTTP. A section 11 round (the partnership's in-use section 11
 * tool) invites the police and health on Monday 2 November 2026; with no due date given the return is due
 * 20 working days later: 3–6 November (4), 9–13 (9), 16–20 (14), 23–27 (19), Monday 30 November (20); no
 * bank holiday falls between. A case audit with two cases invites education and the police, due Friday
 * 20 November. The status is asked as of chosen days (the clock the tests control); submitting returns on
 * the day it is submitted (today).
 */

const RETURN_FIELDS = `id agencyId sentOn dueOn remindedOn returnedOn submittedBy summary kind lastRemindedOn agency { name }
  assessments { toolStandardId selfRating evidence } caseNarratives { auditCaseId narrative }`;
const INVITE = `mutation($input: InviteAuditAgenciesInput!) { inviteAuditAgencies(input: $input) { ${RETURN_FIELDS} } }`;
const SAVE = `mutation($id: ID!, $input: AuditAgencyReturnInput!, $submit: Boolean) { saveAuditAgencyReturn(id: $id, input: $input, submit: $submit) { ${RETURN_FIELDS} } }`;
const TRACKER = `query($auditId: ID!, $asOf: Date!) { auditAgencyReturns(auditId: $auditId) { id agency { name } dueOn returnedOn status(asOf: $asOf) summary assessments { id } } }`;
const GRID = `query($auditId: ID!) { section11Grid(auditId: $auditId) { byAgency { agencyId counts { total } } } }`;

describe('agency returns for audits', () => {
  let api: TestApi;
  let pid: string;
  const agency: Record<string, string> = {};
  const lead: Record<string, Client> = {};
  let committee: Client;
  let s11Id: string;
  let standards: { id: string; title: string }[];
  let caseAuditId: string;
  const caseIds: string[] = [];
  const returnOf: Record<string, string> = {};
  const today = todayInEngland();
  const fields = (errors: { extensions?: { fields?: { field: string }[] } }[] | undefined) => errors?.[0]?.extensions?.fields?.map((f) => f.field);

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Returns Partnership');
    for (const [ref, name, sector] of [
      ['POL', 'Returns Police', 'POLICE'],
      ['HLT', 'Returns Health', 'HEALTH'],
      ['EDU', 'Returns Education', 'EDUCATION'],
    ] as const) {
      const { createAgency } = await api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
        input: { partnershipId: pid, ref: uniqueRef(ref), name, sector },
      });
      agency[ref] = createAgency.id;
      lead[ref] = await api.as('agency-lead', { partnershipIds: [pid], agencyId: createAgency.id, name: `${ref} lead` });
    }
    committee = await api.as('committee-member', { partnershipIds: [pid] });
    const { createAudit } = await api.gql(`mutation($input: CreateAuditInput!) { createAudit(input: $input) { id tool { standards { id title } } } }`, {
      input: { partnershipId: pid, type: 'SECTION_11', title: 'Section 11 2026', startedOn: '2026-09-01', agencyIds: [agency['POL'], agency['HLT']] },
    });
    s11Id = createAudit.id;
    standards = createAudit.tool.standards;
    const caseAudit = await api.gql(`mutation($input: CreateAuditInput!) { createAudit(input: $input) { id } }`, {
      input: { partnershipId: pid, type: 'MULTI_AGENCY_CASE', title: 'Neglect case audit', startedOn: '2026-10-01' },
    });
    caseAuditId = caseAudit.createAudit.id;
    for (const ref of ['CA-1', 'CA-2']) {
      const { createAuditCase } = await api.gql(`mutation($input: CreateAuditCaseInput!) { createAuditCase(input: $input) { id } }`, {
        input: { auditId: caseAuditId, ref: uniqueRef(ref), overallGrade: 'GOOD' },
      });
      caseIds.push(createAuditCase.id);
    }
  }, 120_000);
  afterAll(() => api?.close());

  it('invites every agency taking part, due 20 working days later, once however often it is asked', async () => {
    expect(standards.length).toBeGreaterThan(2);
    const { inviteAuditAgencies } = await api.gql(INVITE, { input: { auditId: s11Id, sentOn: '2026-11-02' } });
    expect(inviteAuditAgencies.map((r: { agency: { name: string }; dueOn: string; kind: string }) => [r.agency.name, r.dueOn, r.kind])).toEqual([
      ['Returns Health', '2026-11-30', 'SELF_ASSESSMENT'],
      ['Returns Police', '2026-11-30', 'SELF_ASSESSMENT'],
    ]);
    for (const r of inviteAuditAgencies) returnOf[r.agency.name === 'Returns Police' ? 'POL' : 'HLT'] = r.id;
    // Asked again, with another due date: the invitations stand as they were.
    const again = await api.gql(INVITE, { input: { auditId: s11Id, sentOn: '2026-11-02', dueOn: '2026-12-18' } });
    expect(again.inviteAuditAgencies.map((r: { id: string; dueOn: string }) => [r.id, r.dueOn])).toEqual([
      [returnOf['HLT'], '2026-11-30'],
      [returnOf['POL'], '2026-11-30'],
    ]);
  });

  it('names the field at fault and writes nothing when an invitation is wrong', async () => {
    const none = await api.raw(INVITE, { input: { auditId: caseAuditId } });
    expect(fields(none.errors)).toEqual(['agencyIds']);
    const bad = await api.raw(INVITE, { input: { auditId: caseAuditId, agencyIds: [agency['EDU'], '00000000-0000-4000-8000-000000000000'], sentOn: '2026-11-02', dueOn: '2026-11-01' } });
    expect(fields(bad.errors)).toEqual(['dueOn', 'agencyIds[1]']);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM audit_agency_returns WHERE audit_id = $1`, [caseAuditId]);
    expect(n).toBe(0);
    const lead = await committee.raw(INVITE, { input: { auditId: caseAuditId, agencyIds: [agency['EDU']] } });
    expect(lead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reports each return sent until its due date passes, then overdue', async () => {
    const status = async (asOf: string) => (await api.gql(TRACKER, { auditId: s11Id, asOf })).auditAgencyReturns.map((r: { status: string }) => r.status);
    expect(await status('2026-11-20')).toEqual(['SENT', 'SENT']);
    // Due on Monday 30 November: not overdue on the day, overdue the day after.
    expect(await status('2026-11-30')).toEqual(['SENT', 'SENT']);
    expect(await status('2026-12-01')).toEqual(['OVERDUE', 'OVERDUE']);
  });

  const rated = (n: number, evidence = true) =>
    standards.slice(0, n).map((s, i) => ({ toolStandardId: s.id, rating: i === 0 ? 'AMBER' : 'GREEN', narrative: `On ${s.title}`, evidence: evidence ? `Evidence for ${s.title}` : null }));

  it('refuses the lead of another agency and roles that do not return; nothing is saved', async () => {
    const other = await lead['HLT'].raw(SAVE, { id: returnOf['POL'], input: { assessments: rated(1) } });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.errors?.[0]?.message).toContain('owned by another agency');
    const reader = await committee.raw(SAVE, { id: returnOf['POL'], input: { assessments: rated(1) } });
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM section11_assessments WHERE audit_id = $1`, [s11Id]);
    expect(n).toBe(0);
  });

  it('keeps a draft in the agency’s section 11 rows, seen only by the agency and the business unit', async () => {
    const { saveAuditAgencyReturn } = await lead['POL'].gql(SAVE, { id: returnOf['POL'], input: { summary: 'Police return', assessments: rated(2, false) } });
    expect(saveAuditAgencyReturn).toMatchObject({ returnedOn: null, submittedBy: null, summary: 'Police return' });
    expect(saveAuditAgencyReturn.assessments.map((a: { selfRating: string }) => a.selfRating).sort()).toEqual(['AMBER', 'GREEN']);
    const seenBy = async (c: Client) => (await c.gql(TRACKER, { auditId: s11Id, asOf: today })).auditAgencyReturns.find((r: { id: string }) => r.id === returnOf['POL']);
    expect(await seenBy(committee)).toMatchObject({ summary: null, assessments: [], returnedOn: null });
    expect((await seenBy(api)).assessments).toHaveLength(2);
    expect((await seenBy(lead['HLT'])).summary).toBeNull();
    // The draft's two ratings are not in the round's figures until the return is submitted.
    expect((await api.gql(GRID, { auditId: s11Id })).section11Grid.byAgency.map((a: { agencyId: string }) => a.agencyId)).not.toContain(agency['POL']);
  });

  it('refuses to submit an incomplete return, naming each field, and changes nothing', async () => {
    const res = await lead['POL'].raw(SAVE, { id: returnOf['POL'], input: { summary: 'Police return', assessments: rated(2, false) }, submit: true });
    // Both rows lack evidence, and the other standards are not rated.
    expect(fields(res.errors)).toEqual(['assessments[0].evidence', 'assessments[1].evidence', 'assessments']);
    const wrong = await lead['POL'].raw(SAVE, { id: returnOf['POL'], input: { cases: [{ auditCaseId: caseIds[0], narrative: 'x' }] } });
    expect(fields(wrong.errors)).toEqual(['cases']);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM section11_assessments WHERE audit_id = $1 AND evidence IS NOT NULL`, [s11Id]);
    expect(n).toBe(0);
  });

  it('submits the whole self-assessment: returned today, and the business unit sees it returned', async () => {
    const { saveAuditAgencyReturn } = await lead['POL'].gql(SAVE, { id: returnOf['POL'], input: { summary: 'Police return', assessments: rated(standards.length) }, submit: true });
    expect(saveAuditAgencyReturn.returnedOn).toBe(today);
    expect(saveAuditAgencyReturn.submittedBy).toMatch(/@/);
    const rows = await api.db.query(`SELECT count(*)::int AS n FROM section11_assessments WHERE audit_id = $1 AND agency_id = $2`, [s11Id, agency['POL']]);
    expect(rows[0].n).toBe(standards.length);
    const tracker = (await committee.gql(TRACKER, { auditId: s11Id, asOf: today })).auditAgencyReturns;
    expect(tracker.map((r: { agency: { name: string }; status: string; returnedOn: string | null }) => [r.agency.name, r.status, r.returnedOn])).toEqual([
      ['Returns Health', 'OVERDUE', null],
      ['Returns Police', 'RETURNED', today],
    ]);
    expect(tracker[1].assessments).toHaveLength(standards.length);
    // Returned: every standard's rating now counts in the round's figures.
    const grid = (await api.gql(GRID, { auditId: s11Id })).section11Grid;
    expect(grid.byAgency.find((a: { agencyId: string }) => a.agencyId === agency['POL'])?.counts.total).toBe(standards.length);
    // Once submitted, a change is submitted too.
    const draft = await lead['POL'].raw(SAVE, { id: returnOf['POL'], input: { summary: 'Changed' } });
    expect(fields(draft.errors)).toEqual(['submit']);
  });

  it('invites again with a new due date: reminded today, no longer overdue', async () => {
    const { reinviteAuditAgency } = await api.gql(`mutation($id: ID!, $dueOn: Date) { reinviteAuditAgency(id: $id, dueOn: $dueOn) { remindedOn dueOn lastRemindedOn status(asOf: "${today}") } }`, {
      id: returnOf['HLT'],
      dueOn: '2027-01-29',
    });
    expect(reinviteAuditAgency).toEqual({ remindedOn: today, dueOn: '2027-01-29', lastRemindedOn: today, status: 'REMINDED' });
    const late = await api.raw(`mutation($id: ID!, $dueOn: Date) { reinviteAuditAgency(id: $id, dueOn: $dueOn) { id } }`, { id: returnOf['HLT'], dueOn: '2026-10-01' });
    expect(fields(late.errors)).toEqual(['dueOn']);
  });

  it('takes a case audit’s return as a narrative on every case', async () => {
    const { inviteAuditAgencies } = await api.gql(INVITE, { input: { auditId: caseAuditId, agencyIds: [agency['EDU'], agency['POL']], sentOn: '2026-11-02', dueOn: '2026-11-20' } });
    for (const r of inviteAuditAgencies) returnOf[`case-${r.agency.name}`] = r.id;
    const id = returnOf['case-Returns Education'];
    const first = await lead['EDU'].raw(SAVE, { id, input: { summary: 'School view', cases: [{ auditCaseId: caseIds[1], narrative: 'Attendance fell in spring' }] }, submit: true });
    expect(first.errors?.[0]?.extensions?.fields).toEqual([{ field: 'cases', message: expect.stringMatching(/^must give a narrative on every case to submit; not yet written: CA-1/) }]);
    const stranger = await lead['EDU'].raw(SAVE, { id, input: { cases: [{ auditCaseId: '00000000-0000-4000-8000-000000000000', narrative: 'x' }] } });
    expect(fields(stranger.errors)).toEqual(['cases[0].auditCaseId']);
    const { saveAuditAgencyReturn } = await lead['EDU'].gql(SAVE, {
      id,
      input: { summary: 'School view', cases: caseIds.map((c, i) => ({ auditCaseId: c, narrative: `Narrative ${i + 1}` })) },
      submit: true,
    });
    expect(saveAuditAgencyReturn.kind).toBe('CASE_AUDIT');
    expect(saveAuditAgencyReturn.returnedOn).toBe(today);
    expect(saveAuditAgencyReturn.caseNarratives.map((c: { narrative: string }) => c.narrative).sort()).toEqual(['Narrative 1', 'Narrative 2']);
    // The invited agencies now take part in the audit.
    const { audit } = await api.gql(`query($id: ID!) { audit(id: $id) { agencies { name } agencyReturns { agency { name } } } }`, { id: caseAuditId });
    expect(audit.agencies.map((a: { name: string }) => a.name)).toEqual(['Returns Education', 'Returns Police']);
    expect(audit.agencyReturns).toHaveLength(2);
  });

  it('lists an agency lead’s own returns, outstanding first', async () => {
    const { myAuditReturns } = await lead['POL'].gql(`{ myAuditReturns { id returnedOn audit { title } } }`);
    expect(myAuditReturns.map((r: { audit: { title: string }; returnedOn: string | null }) => [r.audit.title, r.returnedOn])).toEqual([
      ['Neglect case audit', null],
      ['Section 11 2026', today],
    ]);
  });

  it('reminds the agency’s leads of an outstanding return, each linking to the return form', async () => {
    // The police's case-audit return is due Friday 20 November 2026 and never returned. Reminders: due soon
    // from five working days before (Friday 13 November: 19, 18, 17, 16, 13), overdue the day after the due
    // date (Saturday 21 November), then weekly while overdue (day 8: Saturday 28 November).
    const id = returnOf['case-Returns Police'];
    const scope = () => ({ ...cliScope('test'), partnerships: [pid] });
    const queue = (day: string) => runInScope(scope(), () => api.app.get(RemindersService).queueDue(day));
    const notices = async () =>
      (await api.db.query(`SELECT kind, created_on::text AS on, link, title FROM notices WHERE audit_agency_return_id = $1 ORDER BY created_on`, [id])) as {
        kind: string;
        on: string;
        link: string;
        title: string;
      }[];
    await queue('2026-11-12');
    expect(await notices()).toEqual([]);
    for (const day of ['2026-11-13', '2026-11-16', '2026-11-21', '2026-11-23', '2026-11-28', '2026-11-28']) await queue(day);
    const found = await notices();
    expect(found.map((n) => [n.kind, n.on])).toEqual([
      ['due-soon', '2026-11-13'],
      ['overdue', '2026-11-21'],
      ['still-overdue', '2026-11-28'],
    ]);
    expect(found[0]?.title).toBe('Your return for audit ' + (await auditRef()) + ' is due on 20 November 2026');
    for (const n of found) expect(n.link).toMatch(new RegExp(`/audits/${caseAuditId}/returns/${id}$`));
    // The returned education return is not chased.
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM notices WHERE audit_agency_return_id = $1`, [returnOf['case-Returns Education']]);
    expect(n).toBe(0);
    const status = await api.gql(`query($id: ID!) { auditAgencyReturn(id: $id) { lastRemindedOn status(asOf: "2026-11-25") } }`, { id });
    expect(status.auditAgencyReturn).toEqual({ lastRemindedOn: '2026-11-28', status: 'OVERDUE' });
    // Once the round is completed its missing return stays overdue but is no longer chased: no week-2
    // reminder on Saturday 5 December (day 15).
    await api.gql(`mutation($id: ID!, $input: UpdateAuditInput!) { updateAudit(id: $id, input: $input) { id } }`, { id: caseAuditId, input: { completedOn: '2026-11-30' } });
    await queue('2026-12-05');
    expect((await notices()).map((n) => n.kind)).toEqual(['due-soon', 'overdue', 'still-overdue']);
    expect((await api.gql(`query($id: ID!) { auditAgencyReturn(id: $id) { status(asOf: "2026-12-05") } }`, { id })).auditAgencyReturn.status).toBe('OVERDUE');
  });

  const auditRef = async () => ((await api.db.query(`SELECT ref FROM audits WHERE id = $1`, [caseAuditId])) as { ref: string }[])[0]?.ref;
});
