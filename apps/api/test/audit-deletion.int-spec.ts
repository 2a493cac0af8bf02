import { createTestPartnership, startTestApi, uniqueRef, type Client, type TestApi } from './harness';

const EVENTS = `query($f: AuditEventFilter) { auditEvents(filter: $f, first: 20) { nodes { action entity entityId actorName before after } } }`;

/**
 * Deleting audits, graded cases and section 11 assessments: admin only, within the caller's
 * partnerships, an audit refused with its dependents' references while any depend on it, each deletion
 * kept in the change history. Parts of a record (a case's domain grades, an audit's agencies and
 * themes) go with it.
 */
describe('Deleting audits, graded cases and section 11 assessments', () => {
  let api: TestApi;
  let partnershipId: string;
  let agencyId: string;
  let themeId: string;

  const mutate = async (name: string, input: Record<string, unknown>): Promise<{ id: string; ref: string }> => {
    const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
    const data = await api.gql(`mutation($i: ${type}!) { ${name}(input: $i) { id ref } }`, { i: input });
    return Object.values(data)[0] as { id: string; ref: string };
  };
  const remove = (name: string, id: string, client: Client = api) => client.raw(`mutation($id: ID!) { delete${name}(id: $id) { id ref } }`, { id });

  beforeAll(async () => {
    api = await startTestApi();
    partnershipId = await createTestPartnership(api, 'Audit Deletion Partnership');
    agencyId = (await mutate('createAgency', { partnershipId, name: 'Audit Deletion Police', sector: 'POLICE' })).id;
    themeId = (await api.gql(`query($p: ID) { themes(filter: { partnershipId: $p }, first: 1) { nodes { id } } }`, { p: partnershipId })).themes.nodes[0].id;
  });
  afterAll(() => api?.close());

  it('refuses an audit while its cases, assessments and learning depend on it; deletes leaf first; the history keeps each', async () => {
    const caseAudit = await mutate('createAudit', {
      partnershipId, ref: uniqueRef('CA'), type: 'MULTI_AGENCY_CASE', title: 'Neglect audit', startedOn: '2025-05-01', agencyIds: [agencyId], themeIds: [themeId],
    });
    const auditCase = await mutate('createAuditCase', {
      auditId: caseAudit.id, ref: uniqueRef('C'), overallGrade: 'GOOD', domainGrades: [{ domain: 'impact', grade: 'REQUIRES_IMPROVEMENT' }],
    });
    const finding = await mutate('createFinding', { auditId: caseAudit.id, kind: 'GOOD_PRACTICE', text: 'Plans were reviewed on time' });
    const s11 = await mutate('createAudit', { partnershipId, ref: uniqueRef('S11'), type: 'SECTION_11', title: 'Section 11 2025', startedOn: '2025-06-01' });
    const assessment = await mutate('createSection11Assessment', {
      auditId: s11.id, agencyId, standard: 'training-and-supervision', selfRating: 'GREEN', ref: uniqueRef('A'),
    });

    const refused = async (id: string, ...parts: string[]) => {
      const res = await remove('Audit', id);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const message = res.errors?.[0]?.message ?? '';
      expect(res.errors?.[0]?.extensions?.fields).toEqual([{ field: 'id', message }]);
      expect(message).toMatch(/cannot be deleted while other records depend on it/);
      for (const part of parts) expect(message).toContain(part);
    };
    await refused(caseAudit.id, `Audit ${caseAudit.ref}`, `1 graded case (${auditCase.ref})`, `1 finding (${finding.ref})`);
    await refused(s11.id, `1 section 11 assessment (${assessment.ref})`);

    // An agency lead may not delete its own agency's self-assessment.
    const lead = await api.as('agency-lead', { partnershipIds: [partnershipId], agencyId });
    expect((await remove('Section11Assessment', assessment.id, lead)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const order = [
      ['Section11Assessment', assessment, 'section11Assessment'],
      ['AuditCase', auditCase, 'auditCase'],
      ['Finding', finding, 'finding'],
      ['Audit', caseAudit, 'audit'],
      ['Audit', s11, 'audit'],
    ] as const;
    for (const [name, record, field] of order) {
      const res = await remove(name, record.id);
      expect(res.errors).toBeUndefined();
      expect(res.data?.[`delete${name}`]).toEqual({ id: record.id, ref: record.ref });
      expect((await api.gql(`query($id: ID!) { ${field}(id: $id) { id } }`, { id: record.id }))[field]).toBeNull();
    }
    const [left] = await api.db.query(
      `SELECT (SELECT count(*) FROM audit_case_domain_grades WHERE audit_case_id = $1)::int AS grades,
              (SELECT count(*) FROM audit_agencies WHERE audit_id = $2)::int AS agencies,
              (SELECT count(*) FROM audit_themes WHERE audit_id = $2)::int AS themes`,
      [auditCase.id, caseAudit.id],
    );
    expect(left).toEqual({ grades: 0, agencies: 0, themes: 0 });

    const me = (await api.gql(`{ viewer { email } }`)).viewer.email;
    for (const [entity, record, column] of [
      ['audits', caseAudit, 'title'],
      ['audit_cases', auditCase, 'overall_grade'],
      ['section11_assessments', assessment, 'self_rating'],
    ] as const) {
      const { auditEvents } = await api.gql(EVENTS, { f: { entity, entityId: record.id } });
      const deletion = auditEvents.nodes.find((e: { action: string }) => e.action === 'delete');
      expect(deletion).toMatchObject({ actorName: me, after: null, before: { id: record.id, ref: record.ref } });
      expect(deletion.before[column]).toBeDefined();
    }
  });

  it("hides another partnership's audits (not found) and refuses roles other than admin", async () => {
    const other = await createTestPartnership(api, 'Other Audit Deletion Partnership');
    const audit = await mutate('createAudit', { partnershipId: other, type: 'THEMATIC', title: 'Thematic audit', startedOn: '2025-07-01' });
    const auditCase = await mutate('createAuditCase', { auditId: audit.id, overallGrade: 'INADEQUATE' });
    const outsider = await api.as('admin', { partnershipIds: [partnershipId] });
    expect((await remove('Audit', audit.id, outsider)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await remove('AuditCase', auditCase.id, outsider)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const analyst = await api.as('analyst', { partnershipIds: [other] });
    expect((await remove('AuditCase', auditCase.id, analyst)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(`query($id: ID!) { auditCase(id: $id) { id } }`, { id: auditCase.id })).auditCase).toEqual({ id: auditCase.id });
  });
});
