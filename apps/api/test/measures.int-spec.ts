import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

const MEASURE_FIELDS = `id ref name description quadrant polarity unit periodicity source metric headline target baseline
  baselinePeriodStart agencyId agency { id name } partnership { id }
  values { periodStart value } notes { periodStart writtenOn author text }`;

const CREATE = `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { ${MEASURE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateMeasureInput!) { updateMeasure(id: $id, input: $input) { ${MEASURE_FIELDS} } }`;
const SET_VALUES = `mutation($measureId: ID!, $values: [MeasureValueInput!]!) {
  setMeasureValues(measureId: $measureId, values: $values) { id values { periodStart value } } }`;
const GET = `query($id: ID!) { measure(id: $id) { ${MEASURE_FIELDS} } }`;
const LIST = `query($f: MeasureFilter, $first: Int, $after: String) { measures(filter: $f, first: $first, after: $after) {
  totalCount nodes { name values { periodStart value } notes { text } } pageInfo { hasNextPage endCursor } } }`;

type Problem = { field: string; message: string };

describe('OBA measures over GraphQL', () => {
  let api: TestApi;
  let partnershipId: string;
  let agencyId: string;

  /** An entered, quarterly "how well" measure, with any fields overridden. */
  const measureInput = (overrides: Record<string, unknown> = {}) => ({
    partnershipId,
    name: 'Re-referrals to children’s social care within 12 months',
    quadrant: 'HOW_WELL',
    polarity: 'LOWER_IS_BETTER',
    unit: 'PERCENT',
    periodicity: 'QUARTER',
    source: 'ENTERED',
    ...overrides,
  });
  const create = async (overrides: Record<string, unknown> = {}) =>
    (await api.gql(CREATE, { input: measureInput(overrides) })).createMeasure;
  const fieldsOf = (res: { errors?: { extensions?: { code?: string; fields?: Problem[] } }[] }) => {
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return (res.errors?.[0]?.extensions?.fields ?? []).map((p) => p.field);
  };

  beforeAll(async () => {
    api = await startTestApi();
    partnershipId = await createTestPartnership(api, 'Eastshire LSCP');
    const { createAgency } = await api.gql(
      `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`,
      { input: { partnershipId, name: 'Eastshire Children’s Services', sector: 'CHILDRENS_SOCIAL_CARE' } },
    );
    agencyId = createAgency.id;
  });
  afterAll(() => api.close());

  it('creates, updates and fetches a measure with its agency', async () => {
    const ref = uniqueRef('M');
    const created = await create({ ref, agencyId, target: 18.5, baseline: 22, baselinePeriodStart: '2023-04-01' });
    expect(created).toMatchObject({
      ref,
      quadrant: 'HOW_WELL',
      polarity: 'LOWER_IS_BETTER',
      unit: 'PERCENT',
      periodicity: 'QUARTER',
      source: 'ENTERED',
      metric: null,
      headline: false,
      target: 18.5,
      baseline: 22,
      baselinePeriodStart: '2023-04-01',
      agency: { id: agencyId, name: 'Eastshire Children’s Services' },
      partnership: { id: partnershipId },
      values: [],
      notes: [],
    });

    const { updateMeasure: updated } = await api.gql(UPDATE, {
      id: created.id,
      input: { name: 'Re-referrals within 12 months', headline: true, target: 17, description: 'Local authority figures' },
    });
    expect(updated).toMatchObject({ name: 'Re-referrals within 12 months', headline: true, target: 17, baseline: 22 });

    // Leaving headline out of an update keeps it; clearing the agency is allowed.
    const { updateMeasure: again } = await api.gql(UPDATE, { id: created.id, input: { agencyId: null, target: null } });
    expect(again).toMatchObject({ headline: true, agencyId: null, agency: null, target: null, description: 'Local authority figures' });

    const { measure } = await api.gql(GET, { id: created.id });
    expect(measure).toMatchObject({ id: created.id, name: 'Re-referrals within 12 months', headline: true });
  });

  it('creates a computed measure only with a metric, and an entered one only without', async () => {
    const computed = await create({
      name: 'Notifications on time',
      source: 'COMPUTED',
      metric: 'notifications-on-time',
      polarity: 'HIGHER_IS_BETTER',
    });
    expect(computed).toMatchObject({ source: 'COMPUTED', metric: 'notifications-on-time' });

    expect(fieldsOf(await api.raw(CREATE, { input: measureInput({ source: 'COMPUTED' }) }))).toEqual(['metric']);
    expect(fieldsOf(await api.raw(CREATE, { input: measureInput({ metric: 'notifications' }) }))).toEqual(['metric']);
    // Switching a computed measure to entered without clearing its metric breaks the same rule.
    expect(fieldsOf(await api.raw(UPDATE, { id: computed.id, input: { source: 'ENTERED' } }))).toEqual(['metric']);
    const { updateMeasure } = await api.gql(UPDATE, { id: computed.id, input: { source: 'ENTERED', metric: null } });
    expect(updateMeasure).toMatchObject({ source: 'ENTERED', metric: null });
  });

  it('rejects bad input naming each field, writing nothing', async () => {
    const other = await createTestPartnership(api, 'Elsewhere');
    const { createAgency: foreign } = await api.gql(
      `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`,
      { input: { partnershipId: other, name: 'Elsewhere Police', sector: 'POLICE' } },
    );
    const pid = await createTestPartnership(api);
    const res = await api.raw(CREATE, {
      input: measureInput({ partnershipId: pid, agencyId: foreign.id, baselinePeriodStart: '2023-05-01' }),
    });
    expect(fieldsOf(res).sort()).toEqual(['agencyId', 'baselinePeriodStart']);

    const invalid = await api.raw(CREATE, { input: measureInput({ partnershipId: pid, name: '', metric: 'Not A Code' }) });
    expect(fieldsOf(invalid).sort()).toEqual(['metric', 'name']);

    const { measures } = await api.gql(LIST, { f: { partnershipId: pid } });
    expect(measures.totalCount).toBe(0);
  });

  it('sets values by period in one go, replacing those already there', async () => {
    const m = await create({ name: 'Quarterly measure' });
    const first = await api.gql(SET_VALUES, {
      measureId: m.id,
      values: [
        { periodStart: '2024-07-01', value: 21 },
        { periodStart: '2024-04-01', value: 23.5 },
        { periodStart: '2025-01-01', value: 19 },
      ],
    });
    expect(first.setMeasureValues.values).toEqual([
      { periodStart: '2024-04-01', value: 23.5 },
      { periodStart: '2024-07-01', value: 21 },
      { periodStart: '2025-01-01', value: 19 },
    ]);

    const second = await api.gql(SET_VALUES, {
      measureId: m.id,
      values: [
        { periodStart: '2024-07-01', value: 20.25 },
        { periodStart: '2024-10-01', value: 18 },
      ],
    });
    expect(second.setMeasureValues.values).toEqual([
      { periodStart: '2024-04-01', value: 23.5 },
      { periodStart: '2024-07-01', value: 20.25 },
      { periodStart: '2024-10-01', value: 18 },
      { periodStart: '2025-01-01', value: 19 },
    ]);

    const { removeMeasureValue } = await api.gql(
      `mutation($id: ID!, $p: Date!) { removeMeasureValue(measureId: $id, periodStart: $p) { values { periodStart } } }`,
      { id: m.id, p: '2024-04-01' },
    );
    expect(removeMeasureValue.values.map((v: { periodStart: string }) => v.periodStart)).toEqual([
      '2024-07-01',
      '2024-10-01',
      '2025-01-01',
    ]);
    const missing = await api.raw(
      `mutation($id: ID!, $p: Date!) { removeMeasureValue(measureId: $id, periodStart: $p) { id } }`,
      { id: m.id, p: '2024-04-01' },
    );
    expect(fieldsOf(missing)).toEqual(['periodStart']);
  });

  it('writes none of the values when one period is wrong', async () => {
    const m = await create({ name: 'All or nothing' });
    await api.gql(SET_VALUES, { measureId: m.id, values: [{ periodStart: '2024-04-01', value: 10 }] });

    const res = await api.raw(SET_VALUES, {
      measureId: m.id,
      values: [
        { periodStart: '2024-04-01', value: 99 },
        { periodStart: '2024-08-01', value: 11 }, // not a quarter start
        { periodStart: '2024-10-01', value: 12 },
      ],
    });
    expect(fieldsOf(res)).toEqual(['values[1].periodStart']);
    expect(res.errors?.[0]?.message).toMatch(/quarter/);

    const { measure } = await api.gql(GET, { id: m.id });
    expect(measure.values).toEqual([{ periodStart: '2024-04-01', value: 10 }]);

    const repeated = await api.raw(SET_VALUES, {
      measureId: m.id,
      values: [
        { periodStart: '2024-10-01', value: 1 },
        { periodStart: '2024-10-01', value: 2 },
      ],
    });
    expect(fieldsOf(repeated)).toEqual(['values[1].periodStart']);
    expect((await api.gql(GET, { id: m.id })).measure.values).toHaveLength(1);
  });

  it('checks periods against the periodicity: months start on day 1, years on 1 April', async () => {
    const monthly = await create({ name: 'Monthly', periodicity: 'MONTH', quadrant: 'HOW_MUCH', unit: 'COUNT' });
    const ok = await api.gql(SET_VALUES, {
      measureId: monthly.id,
      values: [
        { periodStart: '2024-02-01', value: 3 },
        { periodStart: '2024-03-01', value: 4 },
      ],
    });
    expect(ok.setMeasureValues.values).toHaveLength(2);
    const badMonth = await api.raw(SET_VALUES, { measureId: monthly.id, values: [{ periodStart: '2024-03-15', value: 1 }] });
    expect(fieldsOf(badMonth)).toEqual(['values[0].periodStart']);

    const yearly = await create({ name: 'Yearly', periodicity: 'YEAR', quadrant: 'BETTER_OFF' });
    const badYear = await api.raw(SET_VALUES, {
      measureId: yearly.id,
      values: [
        { periodStart: '2023-04-01', value: 1 },
        { periodStart: '2024-01-01', value: 2 },
      ],
    });
    expect(fieldsOf(badYear)).toEqual(['values[1].periodStart']);
    expect((await api.gql(GET, { id: yearly.id })).measure.values).toEqual([]);

    // A monthly series does not fit a quarterly periodicity: February does not start a quarter.
    const res = await api.raw(UPDATE, { id: monthly.id, input: { periodicity: 'QUARTER' } });
    expect(fieldsOf(res)).toEqual(['periodicity']);
  });

  it('adds the story behind the curve', async () => {
    const m = await create({ name: 'With notes' });
    const ADD = `mutation($id: ID!, $input: AddMeasureNoteInput!) { addMeasureNote(measureId: $id, input: $input) {
      id measureId periodStart writtenOn author text } }`;
    const note = {
      periodStart: '2024-07-01',
      writtenOn: '2024-10-20',
      author: 'Performance & QA committee',
      text: 'Rise follows the new front door; early help step-downs are being audited.',
    };
    const { addMeasureNote } = await api.gql(ADD, { id: m.id, input: note });
    expect(addMeasureNote).toMatchObject({ ...note, measureId: m.id });
    await api.gql(ADD, { id: m.id, input: { writtenOn: '2024-06-01', text: 'Baseline agreed.' } });

    expect(fieldsOf(await api.raw(ADD, { id: m.id, input: note }))).toEqual(['text']);
    expect(fieldsOf(await api.raw(ADD, { id: m.id, input: { ...note, periodStart: '2024-08-01', text: 'x' } }))).toEqual([
      'periodStart',
    ]);

    const { measure } = await api.gql(GET, { id: m.id });
    expect(measure.notes).toEqual([
      { periodStart: null, writtenOn: '2024-06-01', author: null, text: 'Baseline agreed.' },
      { periodStart: '2024-07-01', writtenOn: '2024-10-20', author: 'Performance & QA committee', text: note.text },
    ]);
  });

  it('lists by name with filters, each measure with its own values and notes', async () => {
    const pid = await createTestPartnership(api);
    const { createAgency: police } = await api.gql(
      `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`,
      { input: { partnershipId: pid, name: 'Police', sector: 'POLICE' } },
    );
    const b = await create({ partnershipId: pid, name: 'Bravo', quadrant: 'HOW_MUCH', headline: true });
    const a = await create({ partnershipId: pid, name: 'Alpha', quadrant: 'HOW_MUCH', agencyId: police.id });
    await create({ partnershipId: pid, name: 'Charlie', quadrant: 'BETTER_OFF', headline: true, source: 'COMPUTED', metric: 'training-impact' });
    await api.gql(SET_VALUES, { measureId: a.id, values: [{ periodStart: '2024-04-01', value: 1 }] });
    await api.gql(SET_VALUES, { measureId: b.id, values: [{ periodStart: '2024-07-01', value: 2 }] });
    await api.gql(`mutation($id: ID!) { addMeasureNote(measureId: $id, input: { writtenOn: "2024-08-01", text: "Bravo note" }) { id } }`, {
      id: b.id,
    });

    const all = (await api.gql(LIST, { f: { partnershipId: pid } })).measures;
    expect(all.totalCount).toBe(3);
    expect(all.nodes).toEqual([
      { name: 'Alpha', values: [{ periodStart: '2024-04-01', value: 1 }], notes: [] },
      { name: 'Bravo', values: [{ periodStart: '2024-07-01', value: 2 }], notes: [{ text: 'Bravo note' }] },
      { name: 'Charlie', values: [], notes: [] },
    ]);
    const names = async (f: Record<string, unknown>) =>
      (await api.gql(LIST, { f: { partnershipId: pid, ...f } })).measures.nodes.map((n: { name: string }) => n.name);
    expect(await names({ quadrant: 'HOW_MUCH' })).toEqual(['Alpha', 'Bravo']);
    expect(await names({ headline: true })).toEqual(['Bravo', 'Charlie']);
    expect(await names({ headline: false })).toEqual(['Alpha']);
    expect(await names({ agencyId: police.id })).toEqual(['Alpha']);
    expect(await names({ source: 'COMPUTED' })).toEqual(['Charlie']);
    expect(await names({ quadrant: 'HOW_MUCH', headline: true })).toEqual(['Bravo']);
  });

  it('pages through measures with cursors, each once', async () => {
    const pid = await createTestPartnership(api);
    const names = ['Echo', 'Alpha', 'Delta', 'Charlie', 'Bravo'];
    for (const name of names) await create({ partnershipId: pid, name });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { measures }: { measures: any } = await api.gql(LIST, { f: { partnershipId: pid }, first: 2, after });
      expect(measures.totalCount).toBe(5);
      seen.push(...measures.nodes.map((n: { name: string }) => n.name));
      after = measures.pageInfo.hasNextPage ? measures.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual([...names].sort());
  });

  it('returns null for an unknown measure and NOT_FOUND when writing to one', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await api.gql(GET, { id })).measure).toBeNull();
    const res = await api.raw(SET_VALUES, { measureId: id, values: [{ periodStart: '2024-04-01', value: 1 }] });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
