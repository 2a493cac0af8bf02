import { createTestPartnership, startTestApi, type TestApi } from './harness';

const AUDIT_FIELDS = `id ref type title round startedOn completedOn summary partnership { id }
  leadAgency { ref } agencies { ref } themes { code } cases { ref } section11Assessments { ref }`;
const CASE_FIELDS = 'id ref overallGrade narrative audit { id type } domainGrades { domain grade narrative }';
const S11_FIELDS = `id ref standard selfRating moderatedRating finalRating narrative evidence moderationNote
  audit { id } agency { ref }`;

const CREATE_AUDIT = `mutation($input: CreateAuditInput!) { createAudit(input: $input) { ${AUDIT_FIELDS} } }`;
const UPDATE_AUDIT = `mutation($id: ID!, $input: UpdateAuditInput!) { updateAudit(id: $id, input: $input) { ${AUDIT_FIELDS} } }`;
const CREATE_CASE = `mutation($input: CreateAuditCaseInput!) { createAuditCase(input: $input) { ${CASE_FIELDS} } }`;
const UPDATE_CASE = `mutation($id: ID!, $input: UpdateAuditCaseInput!) { updateAuditCase(id: $id, input: $input) { ${CASE_FIELDS} } }`;
const CREATE_S11 = `mutation($input: CreateSection11AssessmentInput!) { createSection11Assessment(input: $input) { ${S11_FIELDS} } }`;

type Row = { id: string; code: string };
type Fields = { field: string; message: string }[] | undefined;

describe('Audits, audit cases and section 11 assessments over GraphQL', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  /** A partnership with three agencies and the ids of a few default themes. */
  async function setUp() {
    const pid = await createTestPartnership(api, 'Audit Partnership');
    const agency = async (ref: string, name: string, sector: string) =>
      (
        await api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
          input: { partnershipId: pid, ref, name, sector },
        })
      ).createAgency.id as string;
    const police = await agency('POL', 'Police', 'POLICE');
    const health = await agency('ICB', 'Health', 'HEALTH');
    const school = await agency('EDU', 'Schools', 'EDUCATION');
    const rows: Row[] = await api.db
      .query('SELECT id, code FROM themes WHERE partnership_id = $1 ORDER BY code', [pid]);
    const [t0, t1, t2] = rows;
    if (!t0 || !t1 || !t2) throw new Error('expected the default themes');
    const themes: [Row, Row, Row] = [t0, t1, t2];
    return { pid, police, health, school, themes };
  }

  const createAudit = async (input: Record<string, unknown>) => (await api.gql(CREATE_AUDIT, { input })).createAudit;
  const countAudits = async (pid: string) =>
    (await api.gql(`query($f: AuditFilter) { audits(filter: $f) { totalCount } }`, { f: { partnershipId: pid } })).audits.totalCount;
  const fieldsOf = (res: { errors?: { extensions?: { code?: string; fields?: unknown } }[] }) => {
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return res.errors?.[0]?.extensions?.fields as Fields;
  };

  it('creates an audit with its agencies and themes, fetches it with relations, and replaces the sets on update', async () => {
    const { pid, police, health, school, themes } = await setUp();
    const created = await createAudit({
      partnershipId: pid,
      ref: 'MACA-1',
      type: 'MULTI_AGENCY_CASE',
      title: 'Neglect MACA',
      round: '2024-25 Q1',
      leadAgencyId: police,
      startedOn: '2024-04-08',
      agencyIds: [police, health],
      themeIds: [themes[0].id, themes[1].id],
    });
    expect(created).toMatchObject({
      ref: 'MACA-1',
      type: 'MULTI_AGENCY_CASE',
      round: '2024-25 Q1',
      startedOn: '2024-04-08',
      completedOn: null,
      partnership: { id: pid },
      leadAgency: { ref: 'POL' },
      agencies: [{ ref: 'ICB' }, { ref: 'POL' }],
      cases: [],
      section11Assessments: [],
    });
    expect(created.themes.map((t: { code: string }) => t.code).sort()).toEqual([themes[0].code, themes[1].code].sort());

    const updated = (
      await api.gql(UPDATE_AUDIT, {
        id: created.id,
        input: { completedOn: '2024-06-30', summary: 'Done', agencyIds: [school], themeIds: [themes[2].id], leadAgencyId: null },
      })
    ).updateAudit;
    expect(updated).toMatchObject({
      title: 'Neglect MACA',
      completedOn: '2024-06-30',
      summary: 'Done',
      leadAgency: null,
      agencies: [{ ref: 'EDU' }],
      themes: [{ code: themes[2].code }],
    });

    // Omitting the sets keeps them.
    await api.gql(UPDATE_AUDIT, { id: created.id, input: { title: 'Neglect MACA (final)' } });
    const { audit } = await api.gql(`query($id: ID!) { audit(id: $id) { ${AUDIT_FIELDS} } }`, { id: created.id });
    expect(audit).toMatchObject({ title: 'Neglect MACA (final)', agencies: [{ ref: 'EDU' }], themes: [{ code: themes[2].code }] });
  });

  it('gives each of several audits its own agencies when they share one (read together, one query)', async () => {
    const { pid, police, health, school } = await setUp();
    await createAudit({ partnershipId: pid, ref: 'SH1', type: 'THEMATIC', title: 'Shared 1', startedOn: '2024-04-01', agencyIds: [police, health] });
    await createAudit({ partnershipId: pid, ref: 'SH2', type: 'THEMATIC', title: 'Shared 2', startedOn: '2024-05-01', agencyIds: [health, school] });
    await createAudit({ partnershipId: pid, ref: 'SH3', type: 'THEMATIC', title: 'Shared 3', startedOn: '2024-06-01', agencyIds: [police, health, school] });
    const { audits } = await api.gql(`query($f: AuditFilter) { audits(filter: $f, first: 10) { nodes { ref agencies { name } } } }`, { f: { partnershipId: pid } });
    const byRef = Object.fromEntries((audits.nodes as { ref: string; agencies: { name: string }[] }[]).map((a) => [a.ref, a.agencies.map((g) => g.name)]));
    expect(byRef).toEqual({ SH1: ['Health', 'Police'], SH2: ['Health', 'Schools'], SH3: ['Health', 'Police', 'Schools'] });
  });

  it('filters audits by type, start dates, agency, theme and round, latest start first, and pages with cursors', async () => {
    const { pid, police, health, themes } = await setUp();
    await createAudit({ partnershipId: pid, ref: 'A1', type: 'THEMATIC', title: 'A1', startedOn: '2023-01-10', round: 'R1', themeIds: [themes[0].id] });
    await createAudit({ partnershipId: pid, ref: 'A2', type: 'SECTION_11', title: 'A2', startedOn: '2023-09-01', agencyIds: [police, health] });
    await createAudit({ partnershipId: pid, ref: 'A3', type: 'SINGLE_AGENCY', title: 'A3', startedOn: '2024-02-01', leadAgencyId: health, round: 'R1' });
    await createAudit({ partnershipId: pid, ref: 'A4', type: 'MULTI_AGENCY_CASE', title: 'A4', startedOn: '2024-06-01' });
    await createAudit({ partnershipId: pid, ref: 'A5', type: 'MULTI_AGENCY_CASE', title: 'A5', startedOn: '2024-06-01' });

    const list = async (filter: Record<string, unknown>) =>
      (
        await api.gql(`query($f: AuditFilter) { audits(filter: $f) { totalCount nodes { ref } } }`, {
          f: { partnershipId: pid, ...filter },
        })
      ).audits;
    const all = await list({});
    expect(all.totalCount).toBe(5);
    expect(all.nodes.map((n: { ref: string }) => n.ref).slice(2)).toEqual(['A3', 'A2', 'A1']);
    expect(await list({ types: ['THEMATIC', 'SINGLE_AGENCY'] })).toEqual({ totalCount: 2, nodes: [{ ref: 'A3' }, { ref: 'A1' }] });
    expect(await list({ startedFrom: '2023-09-01', startedTo: '2024-02-01' })).toEqual({ totalCount: 2, nodes: [{ ref: 'A3' }, { ref: 'A2' }] });
    expect(await list({ agencyId: health })).toEqual({ totalCount: 2, nodes: [{ ref: 'A3' }, { ref: 'A2' }] });
    expect(await list({ themeId: themes[0].id })).toEqual({ totalCount: 1, nodes: [{ ref: 'A1' }] });
    expect(await list({ round: 'R1' })).toEqual({ totalCount: 2, nodes: [{ ref: 'A3' }, { ref: 'A1' }] });

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { audits }: { audits: any } = await api.gql(
        `query($f: AuditFilter, $after: String) { audits(filter: $f, first: 2, after: $after) {
           totalCount nodes { ref } pageInfo { hasNextPage endCursor } } }`,
        { f: { partnershipId: pid }, after },
      );
      expect(audits.totalCount).toBe(5);
      seen.push(...audits.nodes.map((n: { ref: string }) => n.ref));
      after = audits.pageInfo.hasNextPage ? audits.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(all.nodes.map((n: { ref: string }) => n.ref));
  });

  it('rejects bad audits with the field at fault and writes nothing', async () => {
    const { pid, police, themes } = await setUp();
    const other = await setUp();

    const dates = await api.raw(CREATE_AUDIT, {
      input: { partnershipId: pid, type: 'THEMATIC', title: 'X', startedOn: '2024-05-01', completedOn: '2024-04-30' },
    });
    expect(fieldsOf(dates)).toEqual([{ field: 'completedOn', message: 'must be on or after the start date (1 May 2024)' }]);

    const foreign = await api.raw(CREATE_AUDIT, {
      input: { partnershipId: pid, type: 'THEMATIC', title: 'X', startedOn: '2024-05-01', leadAgencyId: other.police, agencyIds: [police, other.health] },
    });
    expect(fieldsOf(foreign)?.map((f) => f.field)).toEqual(['leadAgencyId', 'agencyIds']);

    // The theme check runs inside the transaction after the audit row is written: it must roll back.
    const foreignTheme = await api.raw(CREATE_AUDIT, {
      input: { partnershipId: pid, type: 'THEMATIC', title: 'X', startedOn: '2024-05-01', agencyIds: [police], themeIds: [themes[0].id, other.themes[0].id] },
    });
    expect(fieldsOf(foreignTheme)?.[0]?.field).toBe('themeIds');

    const title = await api.raw(CREATE_AUDIT, { input: { partnershipId: pid, type: 'THEMATIC', title: '', startedOn: '2024-05-01' } });
    expect(fieldsOf(title)?.[0]?.field).toBe('title');

    expect(await countAudits(pid)).toBe(0);
    const links = await api.db.query('SELECT count(*)::int AS n FROM audit_agencies WHERE partnership_id = $1', [pid]);
    expect(links[0].n).toBe(0);

    // An update that breaks the date rule against the stored startedOn changes nothing.
    const audit = await createAudit({ partnershipId: pid, type: 'THEMATIC', title: 'Y', startedOn: '2024-05-01', agencyIds: [police] });
    const bad = await api.raw(UPDATE_AUDIT, { id: audit.id, input: { completedOn: '2024-01-01', agencyIds: [] } });
    expect(fieldsOf(bad)?.[0]?.field).toBe('completedOn');
    const { audit: after } = await api.gql(`query($id: ID!) { audit(id: $id) { completedOn agencies { ref } } }`, { id: audit.id });
    expect(after).toEqual({ completedOn: null, agencies: [{ ref: 'POL' }] });
  });

  it('grades cases overall and per domain, lists them by audit and grade, and keeps them to case audits', async () => {
    const { pid } = await setUp();
    const maca = await createAudit({ partnershipId: pid, type: 'MULTI_AGENCY_CASE', title: 'MACA', startedOn: '2024-01-15' });
    const s11 = await createAudit({ partnershipId: pid, type: 'SECTION_11', title: 'S11', startedOn: '2024-01-15' });

    const c1 = (
      await api.gql(CREATE_CASE, {
        input: {
          auditId: maca.id,
          ref: 'C01',
          overallGrade: 'REQUIRES_IMPROVEMENT',
          narrative: 'Drift in planning',
          domainGrades: [
            { domain: 'impact', grade: 'INADEQUATE' },
            { domain: 'recognition', grade: 'GOOD', narrative: 'Early concern raised' },
          ],
        },
      })
    ).createAuditCase;
    expect(c1).toMatchObject({
      ref: 'C01',
      overallGrade: 'REQUIRES_IMPROVEMENT',
      audit: { id: maca.id, type: 'MULTI_AGENCY_CASE' },
      domainGrades: [
        { domain: 'recognition', grade: 'GOOD', narrative: 'Early concern raised' },
        { domain: 'impact', grade: 'INADEQUATE', narrative: null },
      ],
    });
    await api.gql(CREATE_CASE, { input: { auditId: maca.id, ref: 'C02', overallGrade: 'GOOD' } });
    await api.gql(CREATE_CASE, { input: { auditId: maca.id, ref: 'C03', overallGrade: 'GOOD' } });

    const updated = (
      await api.gql(UPDATE_CASE, {
        id: c1.id,
        input: { overallGrade: 'GOOD', domainGrades: [{ domain: 'joint-working', grade: 'OUTSTANDING' }] },
      })
    ).updateAuditCase;
    expect(updated).toMatchObject({ overallGrade: 'GOOD', narrative: 'Drift in planning', domainGrades: [{ domain: 'joint-working', grade: 'OUTSTANDING' }] });

    const { auditCases } = await api.gql(
      `query($f: AuditCaseFilter) { auditCases(filter: $f) { totalCount nodes { ref } } }`,
      { f: { partnershipId: pid, auditId: maca.id, grade: 'GOOD' } },
    );
    expect(auditCases).toEqual({ totalCount: 3, nodes: [{ ref: 'C01' }, { ref: 'C02' }, { ref: 'C03' }] });
    const { auditCase } = await api.gql(`query($id: ID!) { auditCase(id: $id) { ${CASE_FIELDS} } }`, { id: c1.id });
    expect(auditCase.domainGrades).toEqual([{ domain: 'joint-working', grade: 'OUTSTANDING', narrative: null }]);
    const { audit } = await api.gql(`query($id: ID!) { audit(id: $id) { cases { ref overallGrade } } }`, { id: maca.id });
    expect(audit.cases).toEqual([
      { ref: 'C01', overallGrade: 'GOOD' },
      { ref: 'C02', overallGrade: 'GOOD' },
      { ref: 'C03', overallGrade: 'GOOD' },
    ]);

    const wrong = await api.raw(CREATE_CASE, { input: { auditId: s11.id, overallGrade: 'GOOD' } });
    expect(fieldsOf(wrong)?.[0]).toEqual(expect.objectContaining({ field: 'auditId', message: expect.stringMatching(/section-11/) }));

    // A case audit with graded cases cannot turn into a section 11 audit.
    const retype = await api.raw(UPDATE_AUDIT, { id: maca.id, input: { type: 'SECTION_11' } });
    expect(fieldsOf(retype)?.[0]?.field).toBe('type');
  });

  it('replaces domain grades atomically: a bad list leaves the old set', async () => {
    const { pid } = await setUp();
    const maca = await createAudit({ partnershipId: pid, type: 'MULTI_AGENCY_CASE', title: 'MACA', startedOn: '2024-01-15' });
    const oldSet = [
      { domain: 'recognition', grade: 'GOOD', narrative: null },
      { domain: 'assessment', grade: 'REQUIRES_IMPROVEMENT', narrative: 'Thin' },
    ];
    const c = (await api.gql(CREATE_CASE, { input: { auditId: maca.id, ref: 'K1', overallGrade: 'GOOD', domainGrades: oldSet } })).createAuditCase;
    await api.gql(CREATE_CASE, { input: { auditId: maca.id, ref: 'K2', overallGrade: 'GOOD' } });
    const gradesNow = async () =>
      (await api.gql(`query($id: ID!) { auditCase(id: $id) { ref overallGrade domainGrades { domain grade narrative } } }`, { id: c.id }))
        .auditCase;

    // A grade the scale does not have.
    const unknownGrade = await api.raw(UPDATE_CASE, {
      id: c.id,
      input: { domainGrades: [{ domain: 'impact', grade: 'GOOD' }, { domain: 'joint-working', grade: 'SUPERB' }] },
    });
    expect(unknownGrade.errors?.[0]?.message).toMatch(/SUPERB/);

    // The same domain graded twice.
    const repeated = await api.raw(UPDATE_CASE, {
      id: c.id,
      input: { overallGrade: 'INADEQUATE', domainGrades: [{ domain: 'impact', grade: 'GOOD' }, { domain: 'impact', grade: 'INADEQUATE' }] },
    });
    expect(fieldsOf(repeated)).toEqual([{ field: 'domainGrades[1].domain', message: 'repeats the domain and agency of domainGrades[0]' }]);

    // A valid new set, but the case row (written after the grades) clashes on ref: the grades roll back too.
    const clash = await api.raw(UPDATE_CASE, { id: c.id, input: { ref: 'K2', domainGrades: [{ domain: 'impact', grade: 'OUTSTANDING' }] } });
    expect(fieldsOf(clash)?.[0]?.field).toBe('ref');

    expect(await gradesNow()).toEqual({ ref: 'K1', overallGrade: 'GOOD', domainGrades: oldSet });

    // Nor does a failed create leave a case behind.
    const badCreate = await api.raw(CREATE_CASE, {
      input: { auditId: maca.id, ref: 'K3', overallGrade: 'GOOD', domainGrades: [{ domain: 'impact', grade: 'GOOD' }, { domain: 'impact', grade: 'GOOD' }] },
    });
    expect(fieldsOf(badCreate)?.[0]?.field).toBe('domainGrades[1].domain');
    const { auditCases } = await api.gql(`query($f: AuditCaseFilter) { auditCases(filter: $f) { totalCount } }`, { f: { auditId: maca.id } });
    expect(auditCases.totalCount).toBe(2);
  });

  it('records section 11 self-assessments, moderates them, and filters by final rating', async () => {
    const { pid, police, health } = await setUp();
    const s11 = await createAudit({ partnershipId: pid, type: 'SECTION_11', title: 'S11 2024', round: 'S11-2024', startedOn: '2024-03-01' });

    const a1 = (
      await api.gql(CREATE_S11, {
        input: { auditId: s11.id, agencyId: police, ref: 'S-POL-5', standard: 'training-and-supervision', selfRating: 'GREEN', narrative: 'All trained', evidence: 'LMS report' },
      })
    ).createSection11Assessment;
    expect(a1).toMatchObject({
      standard: 'training-and-supervision',
      selfRating: 'GREEN',
      moderatedRating: null,
      finalRating: 'GREEN',
      audit: { id: s11.id },
      agency: { ref: 'POL' },
    });
    await api.gql(CREATE_S11, { input: { auditId: s11.id, agencyId: police, standard: 'safer-recruitment-and-allegations', selfRating: 'AMBER' } });
    await api.gql(CREATE_S11, { input: { auditId: s11.id, agencyId: health, standard: 'training-and-supervision', selfRating: 'AMBER' } });

    const { moderateSection11Assessment: moderated } = await api.gql(
      `mutation($id: ID!, $rating: RagRating!, $note: String) { moderateSection11Assessment(id: $id, rating: $rating, note: $note) { ${S11_FIELDS} } }`,
      { id: a1.id, rating: 'AMBER', note: 'Training records incomplete for agency staff' },
    );
    expect(moderated).toMatchObject({
      selfRating: 'GREEN',
      moderatedRating: 'AMBER',
      finalRating: 'AMBER',
      moderationNote: 'Training records incomplete for agency staff',
    });

    const { updateSection11Assessment: updated } = await api.gql(
      `mutation($id: ID!, $input: UpdateSection11AssessmentInput!) { updateSection11Assessment(id: $id, input: $input) { ${S11_FIELDS} } }`,
      { id: a1.id, input: { evidence: 'LMS report; HR audit' } },
    );
    expect(updated).toMatchObject({ evidence: 'LMS report; HR audit', narrative: 'All trained', finalRating: 'AMBER' });

    const list = async (filter: Record<string, unknown>) =>
      (
        await api.gql(`query($f: Section11AssessmentFilter) { section11Assessments(filter: $f) { totalCount nodes { standard agency { ref } finalRating } } }`, {
          f: { partnershipId: pid, ...filter },
        })
      ).section11Assessments;
    expect((await list({ rating: 'AMBER' })).totalCount).toBe(3);
    expect((await list({ rating: 'GREEN' })).totalCount).toBe(0);
    expect(await list({ auditId: s11.id, standard: 'training-and-supervision', agencyId: health })).toEqual({
      totalCount: 1,
      nodes: [{ standard: 'training-and-supervision', agency: { ref: 'ICB' }, finalRating: 'AMBER' }],
    });

    const { section11Assessment } = await api.gql(`query($id: ID!) { section11Assessment(id: $id) { ${S11_FIELDS} } }`, { id: a1.id });
    expect(section11Assessment).toMatchObject({ ref: 'S-POL-5', agency: { ref: 'POL' }, audit: { id: s11.id } });
    const { audit } = await api.gql(`query($id: ID!) { audit(id: $id) { section11Assessments { standard } } }`, { id: s11.id });
    expect(audit.section11Assessments).toHaveLength(3);
  });

  it('rejects section 11 assessments on other audits, from other partnerships, or repeating a standard', async () => {
    const { pid, police } = await setUp();
    const other = await setUp();
    const s11 = await createAudit({ partnershipId: pid, type: 'SECTION_11', title: 'S11', startedOn: '2024-03-01' });
    const thematic = await createAudit({ partnershipId: pid, type: 'THEMATIC', title: 'T', startedOn: '2024-03-01' });
    await api.gql(CREATE_S11, { input: { auditId: s11.id, agencyId: police, standard: 'sharing-information', selfRating: 'RED' } });

    const onThematic = await api.raw(CREATE_S11, { input: { auditId: thematic.id, agencyId: police, standard: 'sharing-information', selfRating: 'RED' } });
    expect(fieldsOf(onThematic)?.[0]?.field).toBe('auditId');

    const foreign = await api.raw(CREATE_S11, { input: { auditId: s11.id, agencyId: other.police, standard: 'training-and-supervision', selfRating: 'RED' } });
    expect(fieldsOf(foreign)?.[0]?.field).toBe('agencyId');

    const dup = await api.raw(CREATE_S11, {
      input: { auditId: s11.id, agencyId: police, standard: 'sharing-information', selfRating: 'GREEN' },
    });
    expect(fieldsOf(dup)?.[0]).toEqual({
      field: 'standard',
      message: expect.stringMatching(/already has an assessment .*sharing-information/),
    });

    const badRef = await api.raw(CREATE_S11, {
      input: { auditId: s11.id, agencyId: police, standard: 'training-and-supervision', selfRating: 'GREEN', ref: 'bad ref!' },
    });
    expect(fieldsOf(badRef)?.[0]?.field).toBe('ref');

    const { section11Assessments } = await api.gql(
      `query($f: Section11AssessmentFilter) { section11Assessments(filter: $f) { totalCount } }`,
      { f: { partnershipId: pid } },
    );
    expect(section11Assessments.totalCount).toBe(1);

    // A section 11 audit with assessments cannot turn into a case audit.
    const retype = await api.raw(UPDATE_AUDIT, { id: s11.id, input: { type: 'THEMATIC' } });
    expect(fieldsOf(retype)?.[0]?.field).toBe('type');
  });
});
