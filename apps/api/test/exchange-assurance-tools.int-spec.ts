import type { AssuranceToolRecord, Bundle } from '@sli/exchange-domain';
import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

const IMPORT = `mutation($bundle: JSON!) { importBundle(bundle: $bundle) { sections { section created updated unchanged } } }`;
const EXPORT = `query($refs: [String!]) { exportBundle(partnershipRefs: $refs) }`;
const TOOLS = `query($pid: ID!) { assuranceTools(partnershipIds: [$pid]) { id toolKey version status standards { code title } } }`;

type ToolRow = { id: string; toolKey: string; version: number; status: string; standards: { code: string; title: string }[] };

/** The bundle with every partnership ref `from` renamed `to`: the same data arriving at another installation. */
function renamed(bundle: Bundle, from: string, to: string): Bundle {
  return JSON.parse(JSON.stringify(bundle).replaceAll(`"${from}"`, `"${to}"`)) as Bundle;
}

describe('Assurance tools in data bundles (issue 10)', () => {
  let api: TestApi;
  let ref: string;
  let pid: string;
  let exported: Bundle;

  const refOf = async (id: string) => ((await api.db.query(`SELECT ref FROM partnerships WHERE id = $1`, [id])) as { ref: string }[])[0]?.ref as string;
  const idOf = async (r: string) => ((await api.db.query(`SELECT id FROM partnerships WHERE ref = $1`, [r])) as { id: string }[])[0]?.id as string;
  const exportOf = async (r: string): Promise<Bundle> => {
    await api.joinPartnerships([await idOf(r)]);
    return (await api.gql<{ exportBundle: Bundle }>(EXPORT, { refs: [r] })).exportBundle;
  };
  const toolsSection = (result: { sections: { section: string }[] }) => result.sections.find((s) => s.section === 'assuranceTools');

  beforeAll(async () => {
    api = await startTestApi();
    // Section 11 v2 (default) has a round, S11-2025; v3 is drafted, gets a standard, is published, and has round S11-2026.
    // A brand new tool stays a draft.
    pid = await createTestPartnership(api, 'Tool Bundle Partnership');
    ref = await refOf(pid);
    const { createAgency } = await api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
      input: { partnershipId: pid, ref: 'POL', name: 'Police', sector: 'POLICE' },
    });
    const audit = async (r: string, startedOn: string) =>
      (await api.gql(`mutation($input: CreateAuditInput!) { createAudit(input: $input) { id } }`, { input: { partnershipId: pid, ref: r, type: 'SECTION_11', title: r, startedOn } }))
        .createAudit.id as string;
    const assess = (auditId: string, standard: string) =>
      api.gql(`mutation($input: CreateSection11AssessmentInput!) { createSection11Assessment(input: $input) { id } }`, {
        input: { auditId, agencyId: createAgency.id, standard, selfRating: 'GREEN', ref: `${standard}-${auditId.slice(0, 4)}` },
      });
    await assess(await audit('S11-2025', '2025-09-01'), 'leadership-and-board-lead');

    const tools: ToolRow[] = (await api.gql(TOOLS, { pid })).assuranceTools;
    const v2 = tools.find((t) => t.toolKey === 'section-11' && t.version === 2) as ToolRow;
    const { draftAssuranceToolVersion: v3 } = await api.gql(`mutation($id: ID!) { draftAssuranceToolVersion(fromId: $id) { id standards { code title } } }`, { id: v2.id });
    await api.gql(`mutation($id: ID!, $input: UpdateAssuranceToolDraftInput!) { updateAssuranceToolDraft(id: $id, input: $input) { id } }`, {
      id: v3.id,
      input: { standards: [...v3.standards, { code: 'early-help', title: 'Early help offer', groupName: 'Practice' }] },
    });
    await api.gql(`mutation($id: ID!) { publishAssuranceTool(id: $id) { id } }`, { id: v3.id });
    await assess(await audit('S11-2026', '2026-09-01'), 'early-help');
    await api.gql(`mutation($input: CreateAssuranceToolInput!) { createAssuranceTool(input: $input) { id } }`, {
      input: { partnershipId: pid, name: 'Early years settings', kind: 'SECTION_11' },
    });
    exported = await exportOf(ref);
  });
  afterAll(() => api.close());

  it('exports every version of each tool the partnership changed, with its standards, scale and rounds', () => {
    const tools = exported.assuranceTools as AssuranceToolRecord[];
    // The adults and schools tools are the shipped defaults, untouched: left out (every partnership gets them).
    expect(tools.map((t) => [t.toolKey, t.versions.map((v) => `${v.version} ${v.status}${v.isDefault ? ' default' : ''}`)])).toEqual([
      ['early-years-settings', ['1 draft']],
      ['section-11', ['1 retired default', '2 retired default', '3 in-use']],
    ]);
    const s11 = tools[1] as AssuranceToolRecord;
    expect(s11.versions.map((v) => v.audits ?? [])).toEqual([[], ['S11-2025'], ['S11-2026']]);
    // Version 3: the 8 standards of version 2, then early help; the red/amber/green scale, only green met.
    expect(s11.versions[2]?.standards).toHaveLength(9);
    expect(s11.versions[2]?.standards[8]).toEqual({ code: 'early-help', title: 'Early help offer', group: 'Practice' });
    expect(s11.versions[2]?.levels).toEqual([
      { code: 'red', label: 'Red (not met)', met: false },
      { code: 'amber', label: 'Amber (partly met)', met: false },
      { code: 'green', label: 'Green (met)', met: true },
    ]);
    // The draft has no publication date and the starting scale.
    expect(tools[0]?.versions[0]).toMatchObject({ status: 'draft', standards: [] });
    expect(tools[0]?.versions[0]?.publishedOn).toBeUndefined();
  });

  it('imports elsewhere: versions added, statuses moved forward, rounds on their own version; exports the same again', async () => {
    const elsewhere = uniqueRef('TB');
    const bundle = renamed(exported, ref, elsewhere);
    const result = (await api.system.gql(IMPORT, { bundle })).importBundle;
    // The new partnership got the default tools when created: section 11 v1-v2 are held.
    // 2 tool records: early years is new (created); section 11 adds v3 and retires v2 (updated).
    expect(toolsSection(result)).toEqual({ section: 'assuranceTools', created: 1, updated: 1, unchanged: 0 });

    const rounds: { ref: string; version: number; standard_version: number }[] = await api.db.query(
      `SELECT a.ref, t.version, st.version AS standard_version FROM audits a JOIN partnerships p ON p.id = a.partnership_id
       JOIN assurance_tools t ON t.id = a.tool_id JOIN section11_assessments s ON s.audit_id = a.id
       JOIN tool_standards ts ON ts.id = s.tool_standard_id JOIN assurance_tools st ON st.id = ts.tool_id
       WHERE p.ref = $1 ORDER BY a.ref`,
      [elsewhere],
    );
    // S11-2025 stays on version 2 though its standard's code is also in version 3 (in use), and its assessment too.
    expect(rounds.map((r) => [r.ref, r.version, r.standard_version])).toEqual([
      ['S11-2025', 2, 2],
      ['S11-2026', 3, 3],
    ]);

    const again = await exportOf(elsewhere);
    expect(again.assuranceTools).toEqual(renamed(exported, ref, elsewhere).assuranceTools);

    // Importing the same bundle again changes nothing.
    const twice = (await api.system.gql(IMPORT, { bundle })).importBundle;
    expect(toolsSection(twice)).toEqual({ section: 'assuranceTools', created: 0, updated: 0, unchanged: 2 });
  });

  it('never rewrites a published version, and names each problem of a tool by its path', async () => {
    const changed = structuredClone(exported);
    const s11 = (changed.assuranceTools as AssuranceToolRecord[])[1] as AssuranceToolRecord;
    (s11.versions[2]?.standards[0] as { title: string }).title = 'Reworded after publication';
    const res = await api.system.raw(IMPORT, { bundle: changed });
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      {
        field: 'assuranceTools[1].versions[2]',
        message: 'differs from version 3 of section-11 already held, which is published and never rewritten: give the changes a new version',
      },
    ]);
    expect((await api.gql(TOOLS, { pid })).assuranceTools.find((t: ToolRow) => t.version === 3).standards[0].title).not.toBe('Reworded after publication');

    const P = uniqueRef('TB');
    const broken = {
      format: 'sli-bundle',
      version: 1,
      partnerships: [{ ref: P, name: 'Broken Tools', kind: 'children' }],
      assuranceTools: [
        {
          partnership: P,
          toolKey: 'own-tool',
          kind: 'section-11',
          versions: [
            { version: 1, name: 'Own tool', status: 'in-use', levels: [{ code: 'red', label: 'Red', met: false }], standards: [] },
            {
              version: 1,
              name: 'Own tool',
              status: 'draft',
              levels: [{ code: 'green', label: 'Green', met: true }],
              standards: [
                { code: 'a', title: 'A' },
                { code: 'a', title: 'A again' },
              ],
            },
          ],
        },
      ],
    };
    const refused = await api.system.raw(IMPORT, { bundle: broken });
    expect(refused.errors?.[0]?.extensions?.fields?.map((p: { field: string; message: string }) => `${p.field}: ${p.message}`)).toEqual([
      'assuranceTools[0].versions[0].standards: must have at least one standard before the tool is published',
      'assuranceTools[0].versions[0].levels: must have a level that counts as met, or no standard could ever be met',
      'assuranceTools[0].versions[0].publishedOn: is required for a version in use',
      'assuranceTools[0].versions[1].version: version 1 is listed twice',
      'assuranceTools[0].versions[1].standards[1].code: a is already the code of standard 1: each standard needs its own code',
    ]);
    expect(await idOf(P)).toBeUndefined();
  });
});
