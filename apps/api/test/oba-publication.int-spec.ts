import { todayInEngland, type PublishedScorecard } from '@sli/analytics-domain';
import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

const CREATE = `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`;
const SET_VALUES = `mutation($measureId: ID!, $values: [MeasureValueInput!]!) { setMeasureValues(measureId: $measureId, values: $values) { id } }`;
const FIELDS = 'id token embedPath dataPath asOf headlineOnly measureCount publishedAt publishedBy withdrawnAt';
const PUBLISH = `mutation($p: ID!, $asOf: Date!, $h: Boolean!) { publishObaScorecard(partnershipId: $p, asOf: $asOf, headlineOnly: $h) { ${FIELDS} } }`;
const WITHDRAW = `mutation($p: ID!) { withdrawObaScorecard(partnershipId: $p) { ${FIELDS} } }`;
const LATEST = `query($p: ID!) { obaPublication(partnershipId: $p) { ${FIELDS} } }`;
const GRID = `query($p: ID!, $asOf: Date!) { obaScorecard(partnershipId: $p, asOf: $asOf) { quadrants { question measures { measure { name headline }
  analysis { status trendJudgement words { latest target variance baseline trend trendShort forecast lag } } } } } }`;

describe('a scorecard published for the partnership’s website', () => {
  let api: TestApi;
  let partnershipId: string;
  const asOf = '2025-06-30';

  const publicGet = (path: string) => fetch(`${api.origin}${path}`);

  beforeAll(async () => {
    api = await startTestApi();
    partnershipId = await createTestPartnership(api, 'Publishire LSCP');
    const measure = async (name: string, headline: boolean, quadrant: string, values: number[]) => {
      const { createMeasure } = await api.gql(CREATE, {
        input: { partnershipId, ref: uniqueRef('M'), name, headline, quadrant, polarity: 'HIGHER_IS_BETTER', unit: 'PERCENT', periodicity: 'QUARTER', source: 'ENTERED', target: 80, baseline: 60 },
      });
      const starts = ['2024-04-01', '2024-07-01', '2024-10-01', '2025-01-01', '2025-04-01', '2025-07-01'];
      await api.gql(SET_VALUES, { measureId: createMeasure.id, values: values.map((value, i) => ({ periodStart: starts[i], value })) });
    };
    await measure('Plans reviewed on time', true, 'HOW_WELL', [60, 65, 62, 70, 75, 99]);
    await measure('Families who say they were listened to', false, 'BETTER_OFF', [50, 55]);
  });
  afterAll(() => api.close());

  it('publishes a frozen copy of the grid, in its own words, readable by anyone at its address', async () => {
    expect((await api.gql(LATEST, { p: partnershipId })).obaPublication).toBeNull();
    const { publishObaScorecard: p } = await api.gql(PUBLISH, { p: partnershipId, asOf, h: true });
    expect(p).toMatchObject({ asOf, headlineOnly: true, measureCount: 1, publishedBy: 'Test Admin', withdrawnAt: null });
    expect(p.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(p.embedPath).toBe(`/embed/scorecard/${p.token}`);

    // Anyone, signed in or not, reads the published copy: the grid's words exactly, headline measures only.
    const res = await publicGet(p.dataPath);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const published = (await res.json()) as PublishedScorecard;
    const { obaScorecard } = await api.gql(GRID, { p: partnershipId, asOf });
    const row = obaScorecard.quadrants[1].measures[0];
    expect(published).toMatchObject({ format: 'sli-published-scorecard/1', partnership: { name: 'Publishire LSCP' }, asOf, headlineOnly: true });
    expect(published.quadrants.map((q) => q.measures.length)).toEqual([0, 1, 0]);
    const m = published.quadrants[1]?.measures[0];
    expect(m).toMatchObject({
      name: 'Plans reviewed on time',
      period: '2025/26 Q1',
      actual: row.analysis.words.latest,
      target: row.analysis.words.target,
      variance: row.analysis.words.variance,
      trend: row.analysis.words.trend,
      baseline: row.analysis.words.baseline,
      forecast: row.analysis.words.forecast,
      status: 'off-target',
      trendJudgement: 'improving',
    });
    // Only periods ended by the publication's date: the 99 of 2025/26 Q2 is not in it.
    expect(m?.series.map((s) => s.value)).toEqual([60, 65, 62, 70, 75]);
    expect(m?.variance).toBe('5 points below target');
  });

  it('keeps the address when published again, shows the new copy, and answers "not found" once withdrawn', async () => {
    const before = (await api.gql(LATEST, { p: partnershipId })).obaPublication;
    const { publishObaScorecard: again } = await api.gql(PUBLISH, { p: partnershipId, asOf: '2025-09-30', h: false });
    expect(again.token).toBe(before.token);
    expect(again.measureCount).toBe(2);
    const published = (await (await publicGet(again.dataPath)).json()) as PublishedScorecard;
    expect(published.asOf).toBe('2025-09-30');
    expect(published.quadrants[1]?.measures[0]?.actual).toBe('99%');

    const { withdrawObaScorecard } = await api.gql(WITHDRAW, { p: partnershipId });
    expect(withdrawObaScorecard.withdrawnAt).not.toBeNull();
    const gone = await publicGet(again.dataPath);
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.message).toMatch(/withdrawn/);
    const twice = await api.raw(WITHDRAW, { p: partnershipId });
    expect(twice.errors?.[0]?.extensions?.fields).toEqual([{ field: 'partnershipId', message: 'has no published scorecard to withdraw' }]);
    // A wrong or malformed token reads nothing.
    expect((await publicGet('/api/embed/scorecards/not-a-token')).status).toBe(404);
    expect((await publicGet(`/api/embed/scorecards/${'A'.repeat(24)}`)).status).toBe(404);
  });

  it('lets admins publish, no one publish a date after today, and no one see another partnership’s publication', async () => {
    const board = await api.as('board-member', { partnershipIds: [partnershipId] });
    expect((await board.raw(PUBLISH, { p: partnershipId, asOf, h: true })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await board.gql(LATEST, { p: partnershipId })).obaPublication.token).toMatch(/^[A-Za-z0-9_-]{24}$/);

    const future = await api.raw(PUBLISH, { p: partnershipId, asOf: '2099-03-31', h: true });
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0]?.message).toContain(`after today`);

    const other = await createTestPartnership(api, 'Otherside LSCP');
    const stranger = await api.as('admin', { partnershipIds: [other] });
    expect((await stranger.raw(LATEST, { p: partnershipId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stranger.raw(PUBLISH, { p: partnershipId, asOf, h: true })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A partnership with nothing to publish is told so.
    const empty = await stranger.raw(PUBLISH, { p: other, asOf: todayInEngland(), h: true });
    expect(empty.errors?.[0]?.extensions?.fields).toEqual([{ field: 'headlineOnly', message: 'the partnership has no headline measures to publish' }]);
  });

  it('lets any website frame the published page, and no other page', async () => {
    const embed = await publicGet('/embed/scorecard/abc');
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    const other = await publicGet('/oba');
    expect(other.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
