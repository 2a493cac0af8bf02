import { createTestPartnership, startTestApi, type Client, type TestApi } from './harness';

const YEAR = '2024/25';
const NARRATIVES = `query($pid: ID!, $year: String!, $mode: ReportMode) {
  annualReport(partnershipId: $pid, financialYear: $year, mode: $mode) {
    narratives { section title status text textIsDraft versionCount
      approved { version text savedBy approvedBy approvedAt } latest { version text savedBy approvedBy } } } }`;
const SAVE = `mutation($pid: ID!, $year: String!, $section: AnnualReportNarrativeSection!, $text: String!) {
  saveAnnualReportNarrative(partnershipId: $pid, financialYear: $year, section: $section, text: $text) {
    section status text textIsDraft versionCount latest { version text savedBy savedAt approvedBy } } }`;
const APPROVE = `mutation($pid: ID!, $year: String!, $section: AnnualReportNarrativeSection!, $version: Int!) {
  approveAnnualReportNarrative(partnershipId: $pid, financialYear: $year, section: $section, version: $version) {
    section status text versionCount approved { version approvedBy approvedAt } } }`;
const HISTORY = `query($pid: ID!, $year: String!, $section: AnnualReportNarrativeSection!) {
  annualReportNarrativeHistory(partnershipId: $pid, financialYear: $year, section: $section) { version text savedBy savedAt approvedBy approvedAt } }`;
const OBA = `query($pid: ID!) { annualReport(partnershipId: $pid, financialYear: "${YEAR}") {
  oba { quadrant disclosure measure { name target } analysis { asOf latest { label value } target status trend { direction judgement periods } }
    previous { asOf latest { label value } status } } } }`;

type Narrative = { section: string; status: string; text: string | null; textIsDraft: boolean; versionCount: number; latest: unknown; approved: unknown };

describe('Annual report narratives and OBA section over GraphQL', () => {
  let api: TestApi;
  let pid: string;
  let admin: Client;
  let board: Client;

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Narrative LSCP');
    admin = await api.as('admin', { partnershipIds: [pid], name: 'Ada Admin' });
    board = await api.as('board-member', { partnershipIds: [pid], name: 'Bea Board' });
  });
  afterAll(() => api.close());

  const sectionOf = async (client: Client, mode: 'EXACT' | 'PUBLISHED', section = 'PRIORITIES'): Promise<Narrative> => {
    const { annualReport } = await client.gql(NARRATIVES, { pid, year: YEAR, mode });
    return annualReport.narratives.find((n: Narrative) => n.section === section);
  };

  it('lists the five sections in print order, empty to begin with', async () => {
    const { annualReport } = await admin.gql(NARRATIVES, { pid, year: YEAR, mode: 'PUBLISHED' });
    expect(annualReport.narratives.map((n: { section: string; title: string }) => [n.section, n.title])).toEqual([
      ['PRIORITIES', 'Our priorities'],
      ['LEARNING_FROM_REVIEWS', 'What changed because of reviews'],
      ['VOICE', 'The voice of children, families and practitioners'],
      ['SCRUTINY', 'Scrutiny and challenge'],
      ['NEXT_YEAR', 'Next year'],
    ]);
    expect(annualReport.narratives[0]).toMatchObject({ status: 'EMPTY', text: null, textIsDraft: false, versionCount: 0, latest: null, approved: null });
  });

  it('keeps every saved version; publishes only approved text; shows the draft, marked, in the exact view', async () => {
    const first = (await admin.gql(SAVE, { pid, year: YEAR, section: 'PRIORITIES', text: 'Neglect.\r\n\r\nExploitation.  ' })).saveAnnualReportNarrative;
    expect(first).toMatchObject({
      section: 'PRIORITIES',
      status: 'DRAFT',
      text: 'Neglect.\n\nExploitation.', // line endings made \n, trailing spaces trimmed
      versionCount: 1,
      latest: { version: 1, savedBy: 'Ada Admin', approvedBy: null },
    });
    // A draft is not published: the published report has no text for the section yet.
    expect(await sectionOf(board, 'PUBLISHED')).toMatchObject({ status: 'DRAFT', text: null, textIsDraft: false, latest: { version: 1 } });
    expect(await sectionOf(admin, 'EXACT')).toMatchObject({ status: 'DRAFT', text: 'Neglect.\n\nExploitation.', textIsDraft: true });

    // The board member approves version 1; then the admin saves a version 2, a new draft.
    const approved = (await board.gql(APPROVE, { pid, year: YEAR, section: 'PRIORITIES', version: 1 })).approveAnnualReportNarrative;
    expect(approved).toMatchObject({ status: 'APPROVED', text: 'Neglect.\n\nExploitation.', versionCount: 1, approved: { version: 1, approvedBy: 'Bea Board' } });
    expect(Date.parse(approved.approved.approvedAt)).toBeGreaterThan(Date.now() - 60_000);
    await admin.gql(SAVE, { pid, year: YEAR, section: 'PRIORITIES', text: 'Neglect, exploitation and online harm.' });

    // Published: still the approved version 1; exact: the draft version 2, marked.
    expect(await sectionOf(admin, 'PUBLISHED')).toMatchObject({
      status: 'DRAFT',
      text: 'Neglect.\n\nExploitation.',
      textIsDraft: false,
      versionCount: 2,
      approved: { version: 1, savedBy: 'Ada Admin', approvedBy: 'Bea Board' },
      latest: { version: 2, text: 'Neglect, exploitation and online harm.', approvedBy: null },
    });
    expect(await sectionOf(admin, 'EXACT')).toMatchObject({ text: 'Neglect, exploitation and online harm.', textIsDraft: true });

    // The history: every version, newest first, with who saved and who approved it.
    const { annualReportNarrativeHistory: history } = await board.gql(HISTORY, { pid, year: YEAR, section: 'PRIORITIES' });
    expect(history.map((v: { version: number; text: string; savedBy: string; approvedBy: string | null }) => [v.version, v.text, v.savedBy, v.approvedBy])).toEqual([
      [2, 'Neglect, exploitation and online harm.', 'Ada Admin', null],
      [1, 'Neglect.\n\nExploitation.', 'Ada Admin', 'Bea Board'],
    ]);
    expect(history[0].savedAt >= history[1].savedAt).toBe(true);
    // Other years and sections are separate.
    expect((await board.gql(HISTORY, { pid, year: '2023/24', section: 'PRIORITIES' })).annualReportNarrativeHistory).toEqual([]);
    expect((await sectionOf(admin, 'EXACT', 'NEXT_YEAR')).status).toBe('EMPTY');
  });

  it('gives national analysts and other readers approved text only, never the draft', async () => {
    const national = await api.as('national-analyst');
    const { annualReport } = await national.gql(NARRATIVES, { pid, year: YEAR, mode: 'PUBLISHED' });
    expect(annualReport.narratives[0]).toMatchObject({ text: 'Neglect.\n\nExploitation.', textIsDraft: false, latest: null, approved: { version: 1 } });
    const committee = await api.as('committee-member', { partnershipIds: [pid] });
    expect(await sectionOf(committee, 'PUBLISHED')).toMatchObject({ text: 'Neglect.\n\nExploitation.', latest: null });
    // Drafts are in the history, so it is not theirs to read.
    expect((await national.raw(HISTORY, { pid, year: YEAR, section: 'PRIORITIES' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets only admins write and only board members and admins approve', async () => {
    const { createAgency } = await api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
      input: { partnershipId: pid, ref: 'POL', name: 'Police', sector: 'POLICE' },
    });
    const agencyLead = await api.as('agency-lead', { partnershipIds: [pid], agencyId: createAgency.id });
    const committee = await api.as('committee-member', { partnershipIds: [pid] });
    for (const client of [agencyLead, committee, board]) {
      const res = await client.raw(SAVE, { pid, year: YEAR, section: 'VOICE', text: 'Not mine to write.' });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const client of [agencyLead, committee]) {
      const res = await client.raw(APPROVE, { pid, year: YEAR, section: 'PRIORITIES', version: 2 });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // Nothing was written by the refused calls.
    expect((await sectionOf(admin, 'EXACT', 'VOICE')).versionCount).toBe(0);
    // An admin of another partnership cannot write this one's narrative.
    const otherPid = await createTestPartnership(api, 'Other Narrative LSCP');
    const otherAdmin = await api.as('admin', { partnershipIds: [otherPid] });
    expect((await otherAdmin.raw(SAVE, { pid, year: YEAR, section: 'VOICE', text: 'Not ours.' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // An admin approves too.
    expect((await admin.gql(APPROVE, { pid, year: YEAR, section: 'PRIORITIES', version: 2 })).approveAnnualReportNarrative).toMatchObject({
      status: 'APPROVED',
      approved: { version: 2, approvedBy: 'Ada Admin' },
    });
  });

  it('names the field at fault: empty, too long or HTML text, a bad year, a stale or repeated approval', async () => {
    const fields = async (client: Client, query: string, variables: Record<string, unknown>) =>
      (await client.raw(query, { pid, year: YEAR, ...variables })).errors?.[0]?.extensions?.fields;
    expect(await fields(admin, SAVE, { section: 'SCRUTINY', text: '   \n ' })).toEqual([
      { field: 'text', message: 'must not be empty: write the section, or leave the last saved version as it is' },
    ]);
    expect(await fields(admin, SAVE, { section: 'SCRUTINY', text: 'x'.repeat(10_001) })).toEqual([
      { field: 'text', message: 'must be at most 10,000 characters (it has 10,001)' },
    ]);
    expect(await fields(admin, SAVE, { section: 'SCRUTINY', text: 'Read <b>this</b>' })).toEqual([
      { field: 'text', message: 'must be plain text without HTML: remove "<b>" (separate paragraphs with a blank line)' },
    ]);
    expect((await fields(admin, SAVE, { section: 'SCRUTINY', text: 'Fine.', year: '2024/26' }))?.map((f: { field: string }) => f.field)).toEqual(['financialYear']);
    expect(await fields(board, APPROVE, { section: 'SCRUTINY', version: 1 })).toEqual([
      { field: 'section', message: 'has nothing saved for 2024/25 yet: there is no version to approve' },
    ]);
    await admin.gql(SAVE, { pid, year: YEAR, section: 'SCRUTINY', text: 'First.' });
    await admin.gql(SAVE, { pid, year: YEAR, section: 'SCRUTINY', text: 'Second.' });
    expect(await fields(board, APPROVE, { section: 'SCRUTINY', version: 1 })).toEqual([
      { field: 'version', message: 'is not the latest version (2): read the latest text before approving it' },
    ]);
    await board.gql(APPROVE, { pid, year: YEAR, section: 'SCRUTINY', version: 2 });
    expect(await fields(board, APPROVE, { section: 'SCRUTINY', version: 2 })).toEqual([{ field: 'version', message: 'was already approved by Bea Board' }]);
  });

  it('keeps versions as history: the application role cannot rewrite or remove one', async () => {
    // Straight to the database as the application role, as a request would be.
    const attempt = (sql: string) =>
      api.db.transaction(async (m) => {
        await m.query('SET LOCAL ROLE sli_app');
        await m.query(sql, [pid]);
      });
    await expect(attempt(`UPDATE annual_report_narratives SET text = 'Rewritten' WHERE partnership_id = $1`)).rejects.toThrow(/permission denied/);
    await expect(attempt(`DELETE FROM annual_report_narratives WHERE partnership_id = $1`)).rejects.toThrow(/permission denied/);
    // Every save and approval is in the change history.
    const [stored] = await api.db.query(
      `SELECT count(*)::int AS saved, count(approved_at)::int AS approved FROM annual_report_narratives WHERE partnership_id = $1`,
      [pid],
    );
    const events = await api.db.query(
      `SELECT action, count(*)::int AS n FROM audit_events WHERE entity = 'annual_report_narratives' AND partnership_id = $1 GROUP BY action ORDER BY action`,
      [pid],
    );
    expect(stored).toEqual({ saved: 4, approved: 3 }); // PRIORITIES 1 (approved), 2 (approved); SCRUTINY 1, 2 (approved)
    expect(events).toEqual([
      { action: 'insert', n: stored.saved },
      { action: 'update', n: stored.approved },
    ]);
  });

  it("shows the partnership's headline OBA measures, this year beside the year before", async () => {
    const create = async (name: string, quadrant: string, headline: boolean, target: number | null) =>
      (
        await admin.gql(`mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`, {
          input: { partnershipId: pid, ref: `M-${name.length}`, name, quadrant, headline, target, polarity: 'HIGHER_IS_BETTER', unit: 'COUNT', periodicity: 'QUARTER', source: 'ENTERED' },
        })
      ).createMeasure.id;
    const set = (measureId: string, values: { periodStart: string; value: number }[]) =>
      admin.gql(`mutation($measureId: ID!, $values: [MeasureValueInput!]!) { setMeasureValues(measureId: $measureId, values: $values) { id } }`, { measureId, values });
    const families = await create('Families helped', 'BETTER_OFF', true, 10);
    const visits = await create('Visits made', 'HOW_MUCH', true, null);
    await create('A secondary measure', 'HOW_MUCH', false, null);
    await set(families, [
      { periodStart: '2023-10-01', value: 6 },
      { periodStart: '2024-01-01', value: 7 },
      { periodStart: '2024-10-01', value: 9 },
      { periodStart: '2025-01-01', value: 12 },
      { periodStart: '2025-04-01', value: 2 }, // after the year: not counted
    ]);
    await set(visits, [{ periodStart: '2024-04-01', value: 30 }]);
    const { annualReport } = await admin.gql(OBA, { pid });
    // How much before Better off; secondary measures left out.
    expect(annualReport.oba.map((o: { measure: { name: string } }) => o.measure.name)).toEqual(['Visits made', 'Families helped']);
    expect(annualReport.oba[1]).toEqual({
      quadrant: 'BETTER_OFF',
      disclosure: 'WORK',
      measure: { name: 'Families helped', target: 10 },
      analysis: {
        asOf: '2025-03-31',
        latest: { label: '2024/25 Q4', value: 12 },
        target: 10,
        status: 'ON_TARGET',
        trend: { direction: 'UP', judgement: 'IMPROVING', periods: 3 },
      },
      previous: { asOf: '2024-03-31', latest: { label: '2023/24 Q4', value: 7 }, status: 'OFF_TARGET' },
    });
    expect(annualReport.oba[0]).toMatchObject({ quadrant: 'HOW_MUCH', analysis: { latest: { value: 30 }, status: 'NO_TARGET' }, previous: { latest: null } });
  });
});
