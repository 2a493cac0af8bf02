import { upgradePGlite } from '@sli/shared/api-core';
import { migrations } from '../src/database/migrations';
import { createTestPartnership, startTestApi, type TestApi } from './harness';

const LEGACY_CODES = [
  'senior-management-commitment', 'statement-of-responsibilities', 'line-of-accountability', 'service-development',
  'staff-training', 'safer-recruitment', 'inter-agency-working', 'information-sharing',
];

const TOOLS = `query($pid: ID!) { assuranceTools(partnershipIds: [$pid]) {
  id toolKey name kind version status publishedOn isDefault
  standards { id code title position groupName } ratingScale { code label position met } } }`;
const CREATE_S11 = `mutation($input: CreateSection11AssessmentInput!) { createSection11Assessment(input: $input) {
  id standard toolStandardId selfRating moderatedRating finalRating toolStandard { code title } } }`;
const MODERATE = `mutation($id: ID!, $rating: RagRating!, $note: String) { moderateSection11Assessment(id: $id, rating: $rating, note: $note) {
  selfRating moderatedRating finalRating moderationNote } }`;

type Tool = { id: string; toolKey: string; kind: string; version: number; status: string; name: string; standards: { id: string; code: string }[] };

describe('Assurance tools as data (issue 10)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  async function partnershipWithAgency(name: string) {
    const pid = await createTestPartnership(api, name);
    const { createAgency } = await api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
      input: { partnershipId: pid, ref: 'POL', name: 'Police', sector: 'POLICE' },
    });
    return { pid, police: createAgency.id as string };
  }
  const toolsOf = async (pid: string): Promise<Tool[]> => (await api.gql(TOOLS, { pid })).assuranceTools;

  it('gives a new partnership the default tools, scales and case-audit domains', async () => {
    const { pid } = await partnershipWithAgency('Tools Partnership');
    const tools = await toolsOf(pid);
    // By kind, then tool key, newest version first: adults, schools, section 11 v2 (in use), v1 (legacy, retired).
    expect(tools.map((t) => [t.kind, t.toolKey, t.version, t.status])).toEqual([
      ['ADULTS_SELF_ASSESSMENT', 'adults-self-assessment', 1, 'IN_USE'],
      ['SCHOOLS_175_157', 'schools-175-157', 1, 'IN_USE'],
      ['SECTION_11', 'section-11', 2, 'IN_USE'],
      ['SECTION_11', 'section-11', 1, 'RETIRED'],
    ]);
    const [adults, schools, s11, legacy] = tools as [Tool, Tool, Tool, Tool];
    // Labelled as the partnership's tool from Working Together 2023, not as the Act's standards.
    expect(s11.name).toBe('Partnership section 11 self-assessment (Working Together 2023)');
    expect(s11.standards.map((s) => s.code)).toEqual([
      'leadership-and-board-lead', 'responsibilities-and-accountability', 'voice-of-children-and-families', 'safer-recruitment-and-allegations',
      'training-and-supervision', 'designated-practitioners', 'sharing-information', 'whistleblowing-and-escalation',
    ]);
    expect(legacy.standards.map((s) => s.code)).toEqual(LEGACY_CODES);
    expect(schools.name).toContain('Keeping Children Safe in Education');
    expect([adults.standards.length, schools.standards.length]).toEqual([8, 8]);
    // Every code is distinct across the partnership's tools, so a code alone (a bundle) names one standard.
    const codes = tools.flatMap((t) => t.standards.map((s) => s.code));
    expect(new Set(codes).size).toBe(32);
    // RAG, worst first; only green counts as met.
    const { assuranceTool } = await api.gql(`query($id: ID!) { assuranceTool(id: $id) { ratingScale { code label position met } } }`, { id: s11.id });
    expect(assuranceTool.ratingScale).toEqual([
      { code: 'red', label: 'Red (not met)', position: 1, met: false },
      { code: 'amber', label: 'Amber (partly met)', position: 2, met: false },
      { code: 'green', label: 'Green (met)', position: 3, met: true },
    ]);
    const { auditDomains } = await api.gql(`query($pid: ID!) { auditDomains(partnershipId: $pid) { code retired } }`, { pid });
    expect(auditDomains.map((d: { code: string; retired: boolean }) => `${d.code}${d.retired ? ' (retired)' : ''}`)).toEqual([
      'voice-of-the-child', 'recognition', 'assessment', 'planning', 'intervention', 'joint-working', 'impact',
      'planning-and-intervention (retired)',
    ]);
  });

  it("rates a new section 11 audit against the in-use tool, keeps moderation beside the self-rating, and refuses another tool's standard", async () => {
    const { pid, police } = await partnershipWithAgency('Section 11 Partnership');
    const tools = await toolsOf(pid);
    const s11 = tools.find((t) => t.toolKey === 'section-11' && t.version === 2) as Tool;
    const schools = tools.find((t) => t.toolKey === 'schools-175-157') as Tool;
    const { createAudit } = await api.gql(
      `mutation($input: CreateAuditInput!) { createAudit(input: $input) { id toolId tool { name version } } }`,
      { input: { partnershipId: pid, type: 'SECTION_11', title: 'Section 11 2026', startedOn: '2026-09-01' } },
    );
    expect(createAudit.toolId).toBe(s11.id);
    expect(createAudit.tool).toEqual({ name: 'Partnership section 11 self-assessment (Working Together 2023)', version: 2 });

    const byCode = (await api.gql(CREATE_S11, {
      input: { auditId: createAudit.id, agencyId: police, standard: 'leadership-and-board-lead', selfRating: 'GREEN' },
    })).createSection11Assessment;
    expect(byCode).toMatchObject({ standard: 'leadership-and-board-lead', toolStandard: { code: 'leadership-and-board-lead', title: 'Senior leadership and a named board lead' } });
    const training = s11.standards.find((s) => s.code === 'training-and-supervision');
    const byId = (await api.gql(CREATE_S11, {
      input: { auditId: createAudit.id, agencyId: police, toolStandardId: training?.id, selfRating: 'GREEN' },
    })).createSection11Assessment;
    // Given the id, the code is filled in.
    expect(byId).toMatchObject({ standard: 'training-and-supervision', toolStandardId: training?.id });

    // Moderation keeps the agency's own rating beside the moderated one; the moderated one stands.
    const { moderateSection11Assessment } = await api.gql(MODERATE, { id: byId.id, rating: 'AMBER', note: 'No supervision records for 2026' });
    expect(moderateSection11Assessment).toEqual({ selfRating: 'GREEN', moderatedRating: 'AMBER', finalRating: 'AMBER', moderationNote: 'No supervision records for 2026' });

    // A legacy code, or a standard of the schools tool, is not a standard of this audit's tool.
    const legacy = await api.raw(CREATE_S11, { input: { auditId: createAudit.id, agencyId: police, standard: 'staff-training', selfRating: 'RED' } });
    expect(legacy.errors?.[0]?.extensions?.fields).toEqual([{ field: 'standard', message: "staff-training is not a standard of the audit's tool" }]);
    const other = await api.raw(CREATE_S11, {
      input: { auditId: createAudit.id, agencyId: police, toolStandardId: schools.standards[0]?.id, selfRating: 'RED' },
    });
    expect(other.errors?.[0]?.extensions?.fields).toEqual([{ field: 'toolStandardId', message: "is not a standard of the audit's tool" }]);
    const neither = await api.raw(CREATE_S11, { input: { auditId: createAudit.id, agencyId: police, selfRating: 'RED' } });
    expect(neither.errors?.[0]?.extensions?.fields).toEqual([{ field: 'standard', message: 'is required (a code, or give toolStandardId)' }]);
  });

  it('imports an old bundle: assessments naming the eight old standards land on the legacy tool', async () => {
    const P = `OLD-${Date.now().toString(36)}`;
    const bundle = {
      format: 'sli-bundle',
      version: 1,
      partnerships: [{ ref: P, name: 'Old Bundle Partnership', kind: 'children' }],
      agencies: [{ partnership: P, ref: 'POL', name: 'Police', sector: 'police' }],
      audits: [{ partnership: P, ref: 'S11-2019', type: 'section-11', title: 'Section 11 2019', startedOn: '2019-09-02' }],
      section11Assessments: LEGACY_CODES.slice(0, 3).map((standard, i) => ({
        partnership: P, ref: `S11-2019/POL/${i + 1}`, audit: 'S11-2019', agency: 'POL', standard, selfRating: 'amber',
      })),
    };
    const { importBundle } = await api.system.gql(`mutation($b: JSON!) { importBundle(bundle: $b) { created } }`, { b: bundle });
    // 1 partnership + 1 agency + 1 audit + 3 assessments.
    expect(importBundle.created).toBe(6);
    const rows: { standard: string; tool_key: string; version: number; code: string }[] = await api.db.query(
      `SELECT s.standard, t.tool_key, t.version, ts.code FROM section11_assessments s
       JOIN partnerships p ON p.id = s.partnership_id JOIN tool_standards ts ON ts.id = s.tool_standard_id JOIN assurance_tools t ON t.id = ts.tool_id
       WHERE p.ref = $1 ORDER BY s.ref`,
      [P],
    );
    expect(rows.map((r) => [r.standard, r.tool_key, r.version, r.code])).toEqual(LEGACY_CODES.slice(0, 3).map((c) => [c, 'section-11', 1, c]));
    // And it exports as it came: the codes, unchanged.
    const [{ id }]: { id: string }[] = await api.db.query('SELECT id FROM partnerships WHERE ref = $1', [P]);
    await api.joinPartnerships([id]);
    const { exportBundle } = await api.gql(`query($refs: [String!]) { exportBundle(partnershipRefs: $refs) }`, { refs: [P] });
    expect(exportBundle.section11Assessments.map((s: { standard: string }) => s.standard)).toEqual(LEGACY_CODES.slice(0, 3));
  });

  it('round-trips a bundle of assessments against the new tool: the copy lands on the same tool version', async () => {
    const { pid, police } = await partnershipWithAgency('Round Trip Partnership');
    const { createAudit } = await api.gql(`mutation($input: CreateAuditInput!) { createAudit(input: $input) { id } }`, {
      input: { partnershipId: pid, ref: 'S11-2026', type: 'SECTION_11', title: 'Section 11 2026', startedOn: '2026-09-01' },
    });
    for (const standard of ['designated-practitioners', 'whistleblowing-and-escalation']) {
      await api.gql(CREATE_S11, { input: { auditId: createAudit.id, agencyId: police, standard, selfRating: 'AMBER' } });
    }
    const [{ ref }]: { ref: string }[] = await api.db.query('SELECT ref FROM partnerships WHERE id = $1', [pid]);
    const { exportBundle } = await api.gql(`query($refs: [String!]) { exportBundle(partnershipRefs: $refs) }`, { refs: [ref] });
    expect(exportBundle.section11Assessments.map((s: { standard: string }) => s.standard).sort()).toEqual(['designated-practitioners', 'whistleblowing-and-escalation']);
    // The same bundle as another partnership: a new partnership (with the default tools), its agency, audit and assessments.
    const copyRef = `${ref}-COPY`;
    const copy = JSON.parse(JSON.stringify(exportBundle), (key, value) => ((key === 'partnership' || key === 'ref') && value === ref ? copyRef : value));
    await api.system.gql(`mutation($b: JSON!) { importBundle(bundle: $b) { created } }`, { b: copy });
    const rows: { code: string; tool_key: string; version: number; audit_tool_version: number }[] = await api.db.query(
      `SELECT ts.code, t.tool_key, t.version, at.version AS audit_tool_version FROM section11_assessments s
       JOIN partnerships p ON p.id = s.partnership_id JOIN tool_standards ts ON ts.id = s.tool_standard_id
       JOIN assurance_tools t ON t.id = ts.tool_id JOIN audits a ON a.id = s.audit_id JOIN assurance_tools at ON at.id = a.tool_id
       WHERE p.ref = $1 ORDER BY ts.code`,
      [copyRef],
    );
    // Version 2 of the copy's own section 11 tool, and the audit takes that tool too.
    expect(rows.map((r) => [r.code, r.tool_key, r.version, r.audit_tool_version])).toEqual([
      ['designated-practitioners', 'section-11', 2, 2],
      ['whistleblowing-and-escalation', 'section-11', 2, 2],
    ]);
  });

  it('calls a round-on-round change only between rounds on the same topic with at least ten graded cases each', async () => {
    const { pid } = await partnershipWithAgency('Rounds Partnership');
    const themes: { id: string; code: string }[] = await api.db.query(
      `SELECT id, code FROM themes WHERE partnership_id = $1 AND code IN ('neglect', 'domestic-abuse') ORDER BY code`,
      [pid],
    );
    const theme = (code: string) => themes.find((t) => t.code === code)?.id;
    const audit = async (ref: string, startedOn: string, code: string, grades: string[]) => {
      const { createAudit } = await api.gql(`mutation($input: CreateAuditInput!) { createAudit(input: $input) { id } }`, {
        input: { partnershipId: pid, ref, type: 'MULTI_AGENCY_CASE', title: `${code} audit`, startedOn, themeIds: [theme(code)] },
      });
      for (const [i, overallGrade] of grades.entries()) {
        await api.gql(`mutation($input: CreateAuditCaseInput!) { createAuditCase(input: $input) { id } }`, {
          input: { auditId: createAudit.id, ref: `${ref}/C${i + 1}`, overallGrade },
        });
      }
    };
    const grades = (good: number, requiresImprovement: number) => [...Array<string>(good).fill('GOOD'), ...Array<string>(requiresImprovement).fill('REQUIRES_IMPROVEMENT')];
    // N1 neglect: 5 good of 10 (0.5). N2 neglect: 9 good of 12 (0.75). D1 domestic abuse: 2 of 4. N3 neglect: 3 of 4.
    await audit('N1', '2025-01-10', 'neglect', grades(5, 5));
    await audit('N2', '2025-04-10', 'neglect', grades(9, 3));
    await audit('D1', '2025-07-10', 'domestic-abuse', grades(2, 2));
    await audit('N3', '2025-10-10', 'domestic-abuse', grades(3, 1));
    const { auditQualityRounds } = await api.gql(
      `query($f: MetricFilter) { auditQualityRounds(filter: $f) {
         label themes previousLabel previousGoodOrBetter { value } change direction comparability comparisonNote } }`,
      { f: { partnershipIds: [pid] } },
    );
    expect(auditQualityRounds.map((r: any) => [r.label, r.previousLabel, r.change, r.direction, r.comparability, r.comparisonNote])).toEqual([
      ['N1', null, null, null, null, null],
      // Same topic, 10 and 12 cases: 9/12 − 5/10 = 0.75 − 0.5 = +0.25, improved.
      ['N2', 'N1', 0.25, 'IMPROVED', 'COMPARABLE', null],
      // Neglect then domestic abuse: a different topic, whatever the counts.
      ['D1', 'N2', null, null, 'DIFFERENT_TOPIC', 'not comparable: different topic'],
      // Domestic abuse again, 4 cases then 4: 3/4 against 2/4 would read +25 points; too few to call.
      ['N3', 'D1', null, null, 'TOO_FEW_CASES', 'too few cases to call a change (n=4 and 4; at least 10 in each round)'],
    ]);
    // The previous round's figure is still given, for reading beside the current one.
    expect(auditQualityRounds[3].previousGoodOrBetter.value).toBe(0.5);
    expect(auditQualityRounds[2].themes).toEqual(['domestic-abuse']);
  });

  it('carries section 11 assessments of the previous release onto the legacy tool when it upgrades', async () => {
    // The previous release: every migration but this one and the one built on its tables (later ones may have
    // shipped first; these run last then).
    const ours = ['AssuranceTools1730000003200', 'AssuranceToolVersions1730000003700'];
    const before = migrations.filter((m) => !ours.includes(m.name));
    expect(before.length).toBe(migrations.length - 2);
    await upgradePGlite(
      before,
      migrations,
      async (db) => {
        // The previous release's shape: a standard is one of the eight codes, there is no tool.
        await db.query(`INSERT INTO partnerships (id, ref, name, kind) VALUES ('00000000-0000-4000-8000-000000000001', 'UP', 'Upgraded', 'children')`);
        const p = '00000000-0000-4000-8000-000000000001';
        await db.query(`INSERT INTO agencies (id, partnership_id, ref, name, sector) VALUES ('00000000-0000-4000-8000-000000000002', $1, 'POL', 'Police', 'police')`, [p]);
        await db.query(
          `INSERT INTO audits (id, partnership_id, ref, type, title, started_on) VALUES ('00000000-0000-4000-8000-000000000003', $1, 'S11', 'section-11', 'S11 2021', '2021-09-01'),
             ('00000000-0000-4000-8000-000000000004', $1, 'MACA', 'multi-agency-case', 'Neglect', '2021-10-01')`,
          [p],
        );
        for (const [i, standard] of LEGACY_CODES.entries()) {
          await db.query(
            `INSERT INTO section11_assessments (partnership_id, ref, audit_id, agency_id, standard, self_rating, moderated_rating)
             VALUES ($1, $2, '00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002', $3, 'amber', $4)`,
            [p, `A${i + 1}`, standard, i % 2 === 0 ? 'green' : null],
          );
        }
        await db.query(`INSERT INTO audit_cases (id, partnership_id, ref, audit_id, overall_grade) VALUES ('00000000-0000-4000-8000-000000000005', $1, 'C1', '00000000-0000-4000-8000-000000000004', 'good')`, [p]);
        await db.query(`INSERT INTO audit_case_domain_grades (partnership_id, audit_case_id, domain, grade) VALUES ($1, '00000000-0000-4000-8000-000000000005', 'planning-and-intervention', 'good')`, [p]);
      },
      async (db) => {
        // All eight rows kept, each pointing at the standard of its own code in the retired legacy version.
        const rows: { ref: string; standard: string; code: string; version: number; status: string; moderated_rating: string | null }[] = await db.query(
          `SELECT s.ref, s.standard, ts.code, t.version, t.status, s.moderated_rating FROM section11_assessments s
           JOIN tool_standards ts ON ts.id = s.tool_standard_id JOIN assurance_tools t ON t.id = ts.tool_id ORDER BY s.ref`,
        );
        expect(rows).toHaveLength(8);
        expect(rows.every((r) => r.code === r.standard && r.version === 1 && r.status === 'retired')).toBe(true);
        expect(rows.map((r) => r.moderated_rating)).toEqual(['green', null, 'green', null, 'green', null, 'green', null]);
        // The section 11 audit uses the legacy version; the case audit has no tool.
        const audits: { ref: string; version: number | null }[] = await db.query(
          `SELECT a.ref, t.version FROM audits a LEFT JOIN assurance_tools t ON t.id = a.tool_id ORDER BY a.ref`,
        );
        expect(audits).toEqual([{ ref: 'MACA', version: null }, { ref: 'S11', version: 1 }]);
        // The old domain grade is kept, on the partnership's retired domain of that code.
        const grades: { domain: string; retired: boolean }[] = await db.query(
          `SELECT g.domain, d.retired FROM audit_case_domain_grades g JOIN audit_domains d ON d.partnership_id = g.partnership_id AND d.code = g.domain`,
        );
        expect(grades).toEqual([{ domain: 'planning-and-intervention', retired: true }]);
        const [{ count }]: { count: number }[] = await db.query(`SELECT count(*)::int AS count FROM assurance_tools`);
        expect(count).toBe(4);
      },
    );
  });
});
