import { todayInEngland } from '@sli/shared/domain';
import { createTestPartnership, startTestApi, type TestApi } from './harness';

const TOOL_FIELDS = `id toolKey name kind version status publishedOn description isDefault
  standards { id code title description position groupName } ratingScale { code label position met }`;
const TOOLS = `query($pid: ID!) { assuranceTools(partnershipIds: [$pid]) { ${TOOL_FIELDS} } }`;
const DRAFT = `mutation($fromId: ID!) { draftAssuranceToolVersion(fromId: $fromId) { ${TOOL_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateAssuranceToolDraftInput!) { updateAssuranceToolDraft(id: $id, input: $input) { ${TOOL_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishAssuranceTool(id: $id) { ${TOOL_FIELDS} } }`;
const RETIRE = `mutation($id: ID!) { retireAssuranceTool(id: $id) { id version status } }`;
const DISCARD = `mutation($id: ID!) { discardAssuranceToolDraft(id: $id) { id version status } }`;
const CREATE = `mutation($input: CreateAssuranceToolInput!) { createAssuranceTool(input: $input) { ${TOOL_FIELDS} } }`;
const CREATE_AUDIT = `mutation($input: CreateAuditInput!) { createAudit(input: $input) { id toolId tool { version status } } }`;
const CREATE_S11 = `mutation($input: CreateSection11AssessmentInput!) { createSection11Assessment(input: $input) { standard toolStandard { title } } }`;

type Standard = { id: string; code: string; title: string; description: string | null; position: number; groupName: string | null };
type Level = { code: string; label: string; position: number; met: boolean };
type Tool = { id: string; toolKey: string; name: string; kind: string; version: number; status: string; publishedOn: string | null; standards: Standard[]; ratingScale: Level[] };
type Problems = { field: string; message: string }[];

const standardInput = (s: Pick<Standard, 'code' | 'title' | 'description' | 'groupName'>) => ({ code: s.code, title: s.title, description: s.description, groupName: s.groupName });
const levelInput = (l: Level) => ({ code: l.code, label: l.label, met: l.met });

describe('Editing assurance tools: draft, edit, publish, retire (issue 10)', () => {
  let api: TestApi;
  let pid: string;
  let police: string;

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Tool Editing Partnership');
    const { createAgency } = await api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
      input: { partnershipId: pid, ref: 'POL', name: 'Police', sector: 'POLICE' },
    });
    police = createAgency.id;
  });
  afterAll(() => api.close());

  const tools = async (): Promise<Tool[]> => (await api.gql(TOOLS, { pid })).assuranceTools;
  const s11 = async (version: number) => (await tools()).find((t) => t.toolKey === 'section-11' && t.version === version) as Tool;
  const problems = async (query: string, variables: Record<string, unknown>): Promise<Problems> => {
    const res = await api.raw(query, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return res.errors?.[0]?.extensions?.fields ?? [];
  };

  it('drafts version 3 of the section 11 tool, edits it, publishes it, and keeps version 2 as it was', async () => {
    const v2 = await s11(2);
    expect(v2.status).toBe('IN_USE');

    // The draft copies version 2: name, the 8 standards with their codes, the red/amber/green scale.
    const { draftAssuranceToolVersion: v3 } = await api.gql<{ draftAssuranceToolVersion: Tool }>(DRAFT, { fromId: v2.id });
    expect([v3.version, v3.status, v3.publishedOn, v3.name]).toEqual([3, 'DRAFT', null, v2.name]);
    expect(v3.standards.map((s) => s.code)).toEqual(v2.standards.map((s) => s.code));
    expect(v3.standards.map((s) => s.id)).not.toEqual(v2.standards.map((s) => s.id));
    expect(v3.ratingScale).toEqual(v2.ratingScale);
    // One draft per tool at a time.
    expect(await problems(DRAFT, { fromId: v2.id })).toEqual([
      { field: 'fromId', message: `${v2.name} already has a draft, version 3: edit or discard that draft first` },
    ]);

    // Add a ninth standard, reword the second, move the last to the top; amber now reads "partly met".
    const added = { code: 'early-help', title: 'Early help offer', description: 'Staff know the early help offer and refer to it.', groupName: null };
    const [first, second, ...rest] = v3.standards;
    const last = rest.pop() as Standard;
    const standards = [last, first as Standard, { ...(second as Standard), title: 'Clear responsibilities, accountability and governance' }, ...rest, added].map(standardInput);
    const levels = v3.ratingScale.map((l) => (l.code === 'amber' ? { ...levelInput(l), label: 'Amber: partly met, improving' } : levelInput(l)));
    const { updateAssuranceToolDraft: edited } = await api.gql<{ updateAssuranceToolDraft: Tool }>(UPDATE, {
      id: v3.id,
      input: { name: 'Partnership section 11 self-assessment (2027)', standards, levels },
    });
    expect(edited.name).toBe('Partnership section 11 self-assessment (2027)');
    // 8 copied + 1 added = 9, in the order given, numbered from 1.
    expect(edited.standards.map((s) => [s.position, s.code])).toEqual(standards.map((s, i) => [i + 1, s.code]));
    expect(edited.standards).toHaveLength(9);
    expect(edited.standards[2]?.title).toBe('Clear responsibilities, accountability and governance');
    expect(edited.ratingScale.map((l) => l.label)).toEqual(['Red (not met)', 'Amber: partly met, improving', 'Green (met)']);

    // Version 2 is untouched, still in use while version 3 is a draft.
    const stillV2 = await s11(2);
    expect(stillV2).toEqual(v2);

    // A draft is not offered for rounds.
    const draftRound = await problems(CREATE_AUDIT, { input: { partnershipId: pid, type: 'SECTION_11', title: 'Too early', startedOn: '2026-10-01', toolId: v3.id } });
    expect(draftRound).toEqual([{ field: 'toolId', message: 'is a draft (Partnership section 11 self-assessment (2027), version 3): publish it before a round uses it' }]);

    // Publishing: version 3 in use from today, version 2 retired.
    const { publishAssuranceTool: published } = await api.gql<{ publishAssuranceTool: Tool }>(PUBLISH, { id: v3.id });
    expect([published.status, published.publishedOn]).toEqual(['IN_USE', todayInEngland()]);
    expect((await tools()).filter((t) => t.toolKey === 'section-11').map((t) => [t.version, t.status])).toEqual([
      [3, 'IN_USE'],
      [2, 'RETIRED'],
      [1, 'RETIRED'],
    ]);

    // A new round with no tool named takes version 3; naming retired version 2 is refused.
    const { createAudit } = await api.gql(CREATE_AUDIT, { input: { partnershipId: pid, type: 'SECTION_11', title: 'Section 11 2027', startedOn: '2026-10-01' } });
    expect(createAudit.tool).toEqual({ version: 3, status: 'IN_USE' });
    const { createSection11Assessment } = await api.gql(CREATE_S11, { input: { auditId: createAudit.id, agencyId: police, standard: 'early-help', selfRating: 'AMBER' } });
    expect(createSection11Assessment).toEqual({ standard: 'early-help', toolStandard: { title: 'Early help offer' } });
    expect(await problems(CREATE_AUDIT, { input: { partnershipId: pid, type: 'SECTION_11', title: 'Old tool', startedOn: '2026-10-01', toolId: v2.id } })).toEqual([
      { field: 'toolId', message: `is retired (${v2.name}, version 2): choose the version in use` },
    ]);

    // The change history has the draft's creation and its publication, by the admin who made them.
    const events: { action: string; status: string | null; actor_id: string | null }[] = await api.db.query(
      `SELECT action, after ->> 'status' AS status, actor_id FROM audit_events WHERE entity = 'assurance_tools' AND entity_id = $1 ORDER BY id`,
      [v3.id],
    );
    expect(events.map((e) => [e.action, e.status])).toEqual([
      ['insert', 'draft'],
      ['update', 'draft'],
      ['update', 'in-use'],
    ]);
    expect(new Set(events.map((e) => e.actor_id))).toEqual(new Set([api.userId]));
  });

  it('never changes a published version, through the API or behind it', async () => {
    const v3 = await s11(3);
    const fixed = `is published (in use): only a draft can be changed. Audit rounds refer to version 3 as it was published; draft a new version to change it`;
    expect(await problems(UPDATE, { id: v3.id, input: { name: 'Renamed' } })).toEqual([{ field: 'status', message: fixed }]);
    expect(await problems(PUBLISH, { id: v3.id })).toEqual([{ field: 'status', message: fixed.replace('be changed', 'be published') }]);
    expect(await problems(DISCARD, { id: v3.id })).toEqual([{ field: 'status', message: fixed.replace('be changed', 'be discarded') }]);
    // The database refuses too: a standard of a published version, its name, its deletion.
    await expect(api.db.query(`UPDATE tool_standards SET title = 'Changed' WHERE tool_id = $1`, [v3.id])).rejects.toThrow(/its standards and scale never change/);
    await expect(api.db.query(`INSERT INTO assurance_tool_levels (partnership_id, tool_id, code, label, position, met) VALUES ($1, $2, 'blue', 'Blue', 4, true)`, [pid, v3.id])).rejects.toThrow(
      /never change/,
    );
    await expect(api.db.query(`UPDATE assurance_tools SET name = 'Changed' WHERE id = $1`, [v3.id])).rejects.toThrow(/a published version never changes/);
    await expect(api.db.query(`DELETE FROM assurance_tools WHERE id = $1`, [v3.id])).rejects.toThrow(/only a draft may be deleted/);
    await expect(api.db.query(`UPDATE assurance_tools SET status = 'draft' WHERE id = $1`, [v3.id])).rejects.toThrow(/cannot go from in-use to draft/);
    expect((await s11(3)).name).toBe('Partnership section 11 self-assessment (2027)');
  });

  it('names every problem of a draft by its field', async () => {
    const v3 = await s11(3);
    const { draftAssuranceToolVersion: v4 } = await api.gql<{ draftAssuranceToolVersion: Tool }>(DRAFT, { fromId: v3.id });
    const standards = v4.standards.map(standardInput);
    // The 10th standard repeats the 1st's code; the 11th has no title and a code with capitals.
    const bad = [...standards, { code: standards[0]?.code, title: 'Again' }, { code: 'Bad Code', title: ' ' }];
    expect(await problems(UPDATE, { id: v4.id, input: { name: '', standards: bad, levels: [] } })).toEqual([
      { field: 'name', message: 'is required' },
      { field: 'standards[9].code', message: `${standards[0]?.code} is already the code of standard 1: each standard needs its own code` },
      { field: 'standards[10].code', message: 'must be lower-case letters and digits joined by hyphens, e.g. safer-recruitment' },
      { field: 'standards[10].title', message: 'is required' },
      { field: 'levels', message: 'must have at least one rating level' },
    ]);
    const noneMet = v4.ratingScale.map((l) => ({ ...levelInput(l), met: false }));
    expect(await problems(UPDATE, { id: v4.id, input: { levels: noneMet } })).toEqual([
      { field: 'levels', message: 'must have a level that counts as met, or no standard could ever be met' },
    ]);
    // Nothing was saved by the refused changes.
    expect((await s11(4)).standards).toHaveLength(9);

    // Discarding the draft deletes it, with its standards and scale.
    const { discardAssuranceToolDraft } = await api.gql(DISCARD, { id: v4.id });
    expect(discardAssuranceToolDraft).toEqual({ id: v4.id, version: 4, status: 'DRAFT' });
    expect(await s11(4)).toBeUndefined();
    const left: { n: number }[] = await api.db.query(`SELECT count(*)::int AS n FROM tool_standards WHERE tool_id = $1`, [v4.id]);
    expect(left[0]?.n).toBe(0);
  });

  it('creates a brand new tool, refuses to publish it empty, publishes it with a standard, and retires it', async () => {
    const { createAssuranceTool: tool } = await api.gql<{ createAssuranceTool: Tool }>(CREATE, {
      input: { partnershipId: pid, name: 'Early years settings self-assessment', kind: 'SECTION_11', description: 'For nurseries and childminders.' },
    });
    expect([tool.toolKey, tool.version, tool.status, tool.standards.length]).toEqual(['early-years-settings-self-assessment', 1, 'DRAFT', 0]);
    expect(tool.ratingScale.map((l) => [l.code, l.met])).toEqual([
      ['red', false],
      ['amber', false],
      ['green', true],
    ]);
    expect(await problems(PUBLISH, { id: tool.id })).toEqual([{ field: 'standards', message: 'must have at least one standard before the tool is published' }]);

    await api.gql(UPDATE, { id: tool.id, input: { standards: [{ code: 'named-lead', title: 'A named safeguarding lead' }] } });
    const { publishAssuranceTool } = await api.gql<{ publishAssuranceTool: Tool }>(PUBLISH, { id: tool.id });
    expect(publishAssuranceTool.status).toBe('IN_USE');
    // The same name again gets its own key.
    const { createAssuranceTool: twin } = await api.gql<{ createAssuranceTool: Tool }>(CREATE, {
      input: { partnershipId: pid, name: 'Early years settings self-assessment', kind: 'SECTION_11' },
    });
    expect(twin.toolKey).toBe('early-years-settings-self-assessment-2');

    const { retireAssuranceTool } = await api.gql(RETIRE, { id: tool.id });
    expect(retireAssuranceTool).toEqual({ id: tool.id, version: 1, status: 'RETIRED' });
    expect(await problems(RETIRE, { id: tool.id })).toEqual([{ field: 'status', message: 'is retired: only the version in use can be retired (it is already retired)' }]);
    expect(await problems(RETIRE, { id: twin.id })).toEqual([{ field: 'status', message: 'is a draft: only the version in use can be retired (discard the draft instead)' }]);
  });

  it('lets only admins change tools', async () => {
    const v3 = await s11(3);
    for (const role of ['analyst', 'agency-lead', 'board-member'] as const) {
      const client = await api.as(role, { partnershipIds: [pid], agencyId: role === 'agency-lead' ? police : undefined });
      const res = await client.raw(DRAFT, { fromId: v3.id });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // They still read the tools.
      expect((await client.gql(TOOLS, { pid })).assuranceTools.length).toBeGreaterThan(0);
    }
    // An admin of another partnership does not find this one's tool.
    const other = await api.as('admin', { partnershipIds: [await createTestPartnership(api, 'Other Partnership')] });
    const res = await other.raw(DRAFT, { fromId: v3.id });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
