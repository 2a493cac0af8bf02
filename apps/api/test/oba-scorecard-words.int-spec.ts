import { todayInEngland } from '@sli/analytics-domain';
import { createTestPartnership, startTestApi, uniqueRef, type Client, type TestApi } from './harness';

const CREATE = `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`;
const SET_VALUES = `mutation($measureId: ID!, $values: [MeasureValueInput!]!) { setMeasureValues(measureId: $measureId, values: $values) { id } }`;
const ADD_NOTE = `mutation($measureId: ID!, $input: AddMeasureNoteInput!) { addMeasureNote(measureId: $measureId, input: $input) { id } }`;
const WRITE = `mutation($input: WriteMeasureStoryInput!) { writeMeasureStory(input: $input) { id measureId periodStart writtenOn author text } }`;
const EDIT = `mutation($input: EditMeasureStoryInput!) { editMeasureStory(input: $input) { id periodStart writtenOn author text } }`;
const DELETE = `mutation($id: ID!) { deleteMeasureStory(id: $id) { id text } }`;
const ENTRY = `query($id: ID!, $asOf: Date!, $n: Int) { obaMeasure(measureId: $id, asOf: $asOf, forecastPeriods: $n) {
  measure { id name }
  analysis { changeKind targetGap baselineChange trendJudgement periodsBehind
    forecast { points { label value } }
    words { latest target variance baseline trend trendShort forecast lag } }
  latestNote { id text }
  storyCurrency { older words }
  stories { id writtenOn periodStart author text } } }`;

type Problem = { field: string; message: string };
const fieldsOf = (res: { errors?: { extensions?: { code?: string; fields?: Problem[] } }[] }) => {
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return res.errors?.[0]?.extensions?.fields ?? [];
};

describe('OBA scorecard words, lag and stories over GraphQL', () => {
  let api: TestApi;
  let partnershipId: string;

  const createMeasure = async (input: Record<string, unknown>): Promise<string> =>
    (
      await api.gql(CREATE, {
        input: {
          partnershipId,
          ref: uniqueRef('M'),
          source: 'ENTERED',
          periodicity: 'QUARTER',
          ...input,
        },
      })
    ).createMeasure.id;

  beforeAll(async () => {
    api = await startTestApi();
    partnershipId = await createTestPartnership(api, 'Wordshire LSCP');
  });
  afterAll(() => api.close());

  it('lists the built-in metrics a computed measure can follow, each with the question, unit and direction the form fills in', async () => {
    const { builtInMetrics } = await api.gql(`{ builtInMetrics { key label quadrant unit polarity activity } }`);
    const byKey = new Map((builtInMetrics as { key: string }[]).map((m) => [m.key, m]));
    expect(byKey.get('notifications-on-time')).toEqual({
      key: 'notifications-on-time',
      label: 'Notifications made within 5 working days of the date aware (of those notified as of the date)',
      quadrant: 'HOW_WELL',
      unit: 'PERCENT',
      polarity: 'HIGHER_IS_BETTER',
      activity: false,
    });
    expect(byKey.get('notifications')).toMatchObject({ quadrant: 'HOW_MUCH', unit: 'COUNT', activity: true });
    // Every metric a measure can store, and only those: the same keys the series computes.
    expect(byKey.size).toBe((builtInMetrics as unknown[]).length);
    expect(byKey.has('training-practice-change')).toBe(true);
  });

  it('says a percentage in points and a count in percent, rounds a count’s forecast, and keeps one trend rule', async () => {
    const rate = await createMeasure({
      name: 'Strategy discussions on time',
      quadrant: 'HOW_WELL',
      polarity: 'HIGHER_IS_BETTER',
      unit: 'PERCENT',
      target: 80,
      baseline: 60,
    });
    // 80, 76, 72, 70, 66, 68: five falls then one rise; the line falls.
    const starts = ['2024-04-01', '2024-07-01', '2024-10-01', '2025-01-01', '2025-04-01', '2025-07-01'];
    await api.gql(SET_VALUES, {
      measureId: rate,
      values: [80, 76, 72, 70, 66, 68].map((value, i) => ({
        periodStart: starts[i],
        value,
      })),
    });
    const { obaMeasure: r } = await api.gql(ENTRY, {
      id: rate,
      asOf: '2025-09-30',
      n: 2,
    });
    // 68% against 80%: 12 points below; against the baseline 60%: +8 points (not a relative 13.3%).
    expect(r.analysis).toMatchObject({
      changeKind: 'POINTS',
      targetGap: -12,
      baselineChange: 8,
      trendJudgement: 'WORSENING',
      periodsBehind: 0,
    });
    expect(r.analysis.words).toEqual({
      latest: '68%',
      target: '80%',
      variance: '12 points below target',
      baseline: '+8 points since the baseline (60%)',
      trend: 'Worsening over 6 periods, though better in the latest one',
      trendShort: '↑ 1',
      // Fit: mean x 2.5, mean y 72; Sxy = −2.5·8 −1.5·4 −0.5·0 +0.5·(−2) +1.5·(−6) +2.5·(−4) = −46; Sxx 17.5;
      // slope −2.629, intercept 78.571; period 7 (2025/26 Q4): 78.571 − 2.629 × 7 = 60.2.
      forecast: '60.2% by 2025/26 Q4',
      lag: null,
    });

    const count = await createMeasure({
      name: 'Multi-agency training sessions',
      quadrant: 'HOW_MUCH',
      polarity: 'HIGHER_IS_BETTER',
      unit: 'COUNT',
      target: 4,
      baseline: 2,
    });
    // 1, 0, 1, 0: the line is 0.7 − 0.2x: 0.7, 0.5, 0.3, 0.1, then −0.1, −0.3 (kept at 0). A count forecast is whole.
    await api.gql(SET_VALUES, {
      measureId: count,
      values: [1, 0, 1, 0].map((value, i) => ({
        periodStart: starts[i],
        value,
      })),
    });
    const { obaMeasure: c } = await api.gql(ENTRY, {
      id: count,
      asOf: '2025-03-31',
      n: 2,
    });
    expect(c.analysis.changeKind).toBe('RELATIVE');
    // 0 against a target of 4: (0 − 4) / 4 = −100%; against the baseline 2: −100%.
    expect(c.analysis.words).toMatchObject({
      latest: '0',
      variance: '100% below target',
      baseline: '−100% since the baseline (2)',
    });
    for (const p of c.analysis.forecast.points) expect(Number.isInteger(p.value)).toBe(true);
  });

  it('says when an entered measure lags the latest complete period', async () => {
    const id = await createMeasure({
      name: 'Re-referrals within 12 months',
      quadrant: 'BETTER_OFF',
      polarity: 'LOWER_IS_BETTER',
      unit: 'PERCENT',
    });
    await api.gql(SET_VALUES, {
      measureId: id,
      values: [
        { periodStart: '2024-04-01', value: 21 },
        { periodStart: '2024-07-01', value: 20 },
      ],
    });
    // As of 31 March 2025 the latest complete quarter is 2024/25 Q4; the latest value is Q2.
    const { obaMeasure } = await api.gql(ENTRY, {
      id,
      asOf: '2025-03-31',
      n: 0,
    });
    expect(obaMeasure.analysis.periodsBehind).toBe(2);
    expect(obaMeasure.analysis.words.lag).toBe('2 quarters behind: the latest value is for 2024/25 Q2; the latest complete quarter is 2024/25 Q4.');
  });

  it('writes, edits and removes stories in the product, and marks one older than the latest value', async () => {
    const id = await createMeasure({
      name: 'Audits graded good or better',
      quadrant: 'HOW_WELL',
      polarity: 'HIGHER_IS_BETTER',
      unit: 'PERCENT',
    });
    await api.gql(SET_VALUES, {
      measureId: id,
      values: [
        { periodStart: '2022-01-01', value: 50 },
        { periodStart: '2025-01-01', value: 61 },
      ],
    });
    await api.gql(ADD_NOTE, {
      measureId: id,
      input: {
        writtenOn: '2022-02-03',
        author: 'Business unit',
        text: 'Audits began this quarter.',
      },
    });
    const today = todayInEngland();
    let { obaMeasure } = await api.gql(ENTRY, { id, asOf: today, n: 0 });
    expect(obaMeasure.storyCurrency).toEqual({
      older: true,
      words: 'Written 3 February 2022, before the latest value (2024/25 Q4).',
    });

    const analyst = await api.as('analyst', {
      partnershipIds: [partnershipId],
      name: 'Priya Analyst',
    });
    const { writeMeasureStory: story } = await analyst.gql(WRITE, {
      input: {
        measureId: id,
        periodStart: '2025-01-01',
        text: '  Two new auditors joined.  ',
      },
    });
    expect(story).toMatchObject({
      measureId: id,
      periodStart: '2025-01-01',
      writtenOn: today,
      author: 'Priya Analyst',
      text: 'Two new auditors joined.',
    });

    ({ obaMeasure } = await api.gql(ENTRY, { id, asOf: today, n: 0 }));
    expect(obaMeasure.latestNote.id).toBe(story.id);
    expect(obaMeasure.storyCurrency.older).toBe(false);
    expect(obaMeasure.stories.map((s: { text: string }) => s.text)).toEqual(['Two new auditors joined.', 'Audits began this quarter.']);

    const { editMeasureStory } = await api.gql(EDIT, {
      input: {
        id: story.id,
        periodStart: '2022-01-01',
        text: 'Two new auditors joined in 2022.',
      },
    });
    expect(editMeasureStory).toMatchObject({
      writtenOn: today,
      author: 'Priya Analyst',
      text: 'Two new auditors joined in 2022.',
      periodStart: '2022-01-01',
    });
    ({ obaMeasure } = await api.gql(ENTRY, { id, asOf: today, n: 0 }));
    expect(obaMeasure.storyCurrency.older).toBe(true);

    // Broken rules name their field; nothing is written.
    const bad = await api.raw(WRITE, {
      input: { measureId: id, periodStart: '2025-02-01', text: '   ' },
    });
    expect(
      fieldsOf(bad)
        .map((p) => p.field)
        .sort(),
    ).toEqual(['periodStart', 'text']);
    const future = await api.raw(WRITE, {
      input: { measureId: id, periodStart: '2099-04-01', text: 'Not yet.' },
    });
    expect(fieldsOf(future)).toEqual([
      {
        field: 'periodStart',
        message: 'must be a period that has begun: a story tells what happened',
      },
    ]);

    // A board member reads stories but does not write them.
    const board = await api.as('board-member', {
      partnershipIds: [partnershipId],
    });
    const refused = await board.raw(WRITE, {
      input: { measureId: id, text: 'Board view.' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Another partnership's analyst cannot see or change the story.
    const elsewhere = await createTestPartnership(api, 'Elsewhere LSCP');
    const stranger: Client = await api.as('analyst', {
      partnershipIds: [elsewhere],
    });
    const notTheirs = await stranger.raw(EDIT, {
      input: { id: story.id, text: 'Changed.' },
    });
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const { deleteMeasureStory } = await api.gql(DELETE, { id: story.id });
    expect(deleteMeasureStory.text).toBe('Two new auditors joined in 2022.');
    ({ obaMeasure } = await api.gql(ENTRY, { id, asOf: today, n: 0 }));
    expect(obaMeasure.stories).toHaveLength(1);
    const again = await api.raw(DELETE, { id: story.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
