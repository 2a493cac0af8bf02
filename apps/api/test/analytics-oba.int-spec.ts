import { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

const POINT = 'periodStart periodEnd label value';
const ANALYSIS = `measureId asOf latest { ${POINT} } target variance percentOfTarget status
  trend { direction periods judgement since { ${POINT} } }
  baseline baselinePeriodStart changeSinceBaseline
  forecast { slope intercept judgement points { ${POINT} } }
  valueCount onDataDevelopmentAgenda dataDevelopment note`;

const CREATE = `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`;
const SET_VALUES = `mutation($measureId: ID!, $values: [MeasureValueInput!]!) { setMeasureValues(measureId: $measureId, values: $values) { id } }`;
const ADD_NOTE = `mutation($measureId: ID!, $input: AddMeasureNoteInput!) { addMeasureNote(measureId: $measureId, input: $input) { id } }`;
const MEASURE = `query($id: ID!, $asOf: Date!, $n: Int) { measure(id: $id) {
  series(asOf: $asOf) { ${POINT} numerator denominator } analysis(asOf: $asOf, forecastPeriods: $n) { ${ANALYSIS} } } }`;

type Problem = { field: string; message: string };

describe('OBA analysis over GraphQL', () => {
  let api: TestApi;
  let db: DataSource;
  let partnershipId: string;

  const createMeasure = async (input: Record<string, unknown>): Promise<string> =>
    (await api.gql(CREATE, { input: { partnershipId, ref: uniqueRef('M'), ...input } })).createMeasure.id;
  const notification = (pid: string, dateAware: string) =>
    db.query(`INSERT INTO notifications (partnership_id, ref, date_aware, harm, age_band) VALUES ($1, $2, $3, 'serious-harm', '1-5')`, [
      pid,
      uniqueRef('N'),
      dateAware,
    ]);
  const fieldsOf = (res: { errors?: { extensions?: { code?: string; fields?: Problem[] } }[] }) => {
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return (res.errors?.[0]?.extensions?.fields ?? []).map((p) => p.field);
  };

  beforeAll(async () => {
    api = await startTestApi();
    db = api.db;
    partnershipId = await createTestPartnership(api, 'Southshire LSCP');
  });
  afterAll(() => api.close());

  it('analyses an entered measure as of a date', async () => {
    const id = await createMeasure({
      name: 'Strategy discussions held within 1 working day',
      quadrant: 'HOW_WELL',
      polarity: 'HIGHER_IS_BETTER',
      unit: 'PERCENT',
      periodicity: 'QUARTER',
      source: 'ENTERED',
      target: 80,
      baseline: 60,
      baselinePeriodStart: '2024-04-01',
    });
    await api.gql(SET_VALUES, {
      measureId: id,
      values: [
        { periodStart: '2024-04-01', value: 60 },
        { periodStart: '2024-07-01', value: 65 },
        { periodStart: '2024-10-01', value: 62 },
        { periodStart: '2025-01-01', value: 70 },
        { periodStart: '2025-04-01', value: 75 },
        // Its quarter ends 30 September 2025, after asOf: not counted.
        { periodStart: '2025-07-01', value: 99 },
      ],
    });
    const { measure } = await api.gql(MEASURE, { id, asOf: '2025-06-30', n: 2 });

    expect(measure.series.map((p: { value: number }) => p.value)).toEqual([60, 65, 62, 70, 75]);
    expect(measure.series[4]).toEqual({ periodStart: '2025-04-01', periodEnd: '2025-06-30', label: '2025/26 Q1', value: 75, numerator: null, denominator: null });

    // By hand: higher is better, target 80, baseline 60, values 60, 65, 62, 70, 75 (periods 0–4).
    //   latest 75 (2025/26 Q1); variance (75 − 80) / 80 = −0.0625; 75 / 80 = 93.75% of target: OFF_TARGET.
    //   changes +5, −3, +8, +5: UP for the last 2, since 62 (2024/25 Q3): IMPROVING.
    //   since baseline (75 − 60) / 60 = 0.25.
    //   least squares: mean period 2, mean value 332 / 5 = 66.4; Σ(x − 2)(y − 66.4) = 12.8 + 1.4 + 0 + 3.6 + 17.2 = 35;
    //   Σ(x − 2)² = 10; slope 35 / 10 = 3.5; intercept 66.4 − 3.5 × 2 = 59.4;
    //   forecast period 5 (2025/26 Q2) 59.4 + 3.5 × 5 = 76.9; period 6 (2025/26 Q3) 59.4 + 21 = 80.4.
    const a = measure.analysis;
    expect(a).toMatchObject({
      measureId: id,
      asOf: '2025-06-30',
      latest: { periodStart: '2025-04-01', label: '2025/26 Q1', value: 75 },
      target: 80,
      status: 'OFF_TARGET',
      trend: { direction: 'UP', periods: 2, judgement: 'IMPROVING', since: { periodStart: '2024-10-01', value: 62 } },
      baseline: 60,
      baselinePeriodStart: '2024-04-01',
      valueCount: 5,
      onDataDevelopmentAgenda: false,
      dataDevelopment: false,
      note: null,
    });
    expect(a.variance).toBeCloseTo(-0.0625, 10);
    expect(a.percentOfTarget).toBeCloseTo(93.75, 10);
    expect(a.changeSinceBaseline).toBeCloseTo(0.25, 10);
    expect(a.forecast.slope).toBeCloseTo(3.5, 10);
    expect(a.forecast.intercept).toBeCloseTo(59.4, 10);
    expect(a.forecast.judgement).toBe('IMPROVING');
    expect(a.forecast.points.map((p: { label: string }) => p.label)).toEqual(['2025/26 Q2', '2025/26 Q3']);
    expect(a.forecast.points[0].value).toBeCloseTo(76.9, 10);
    expect(a.forecast.points[1].value).toBeCloseTo(80.4, 10);

    // Earlier, as of 31 December 2024, only 60, 65, 62 count: down once, from 65, and no forecast asked for.
    const { measure: earlier } = await api.gql(MEASURE, { id, asOf: '2024-12-31', n: 0 });
    expect(earlier.analysis).toMatchObject({
      latest: { value: 62 },
      trend: { direction: 'DOWN', periods: 1, judgement: 'WORSENING', since: { value: 65 } },
      forecast: { points: [] },
    });
  });

  it('treats a missing period as a gap, and a zero target as no ratio', async () => {
    const id = await createMeasure({
      name: 'Children missing education for over 4 weeks',
      quadrant: 'BETTER_OFF',
      polarity: 'LOWER_IS_BETTER',
      unit: 'COUNT',
      periodicity: 'YEAR',
      source: 'ENTERED',
      target: 0,
    });
    await api.gql(SET_VALUES, { measureId: id, values: [{ periodStart: '2021-04-01', value: 10 }, { periodStart: '2023-04-01', value: 6 }] });
    const { measure } = await api.gql(MEASURE, { id, asOf: '2025-03-31', n: 2 });
    // By hand: 2021/22 = 10, 2022/23 missing, 2023/24 = 6 (periods 0, 2). Latest 6 above a lower-is-better target of 0:
    //   OFF_TARGET, and (6 − 0) / 0 has no value: variance and % of target null. No baseline: change null.
    //   Down once, from 10: IMPROVING. Line through (0, 10) and (2, 6): slope −2, intercept 10;
    //   2024/25 (period 3) 10 − 6 = 4; 2025/26 (period 4) 10 − 8 = 2.
    expect(measure.series.map((p: { label: string }) => p.label)).toEqual(['2021/22', '2023/24']);
    expect(measure.analysis).toMatchObject({
      latest: { label: '2023/24', value: 6 },
      variance: null,
      percentOfTarget: null,
      status: 'OFF_TARGET',
      changeSinceBaseline: null,
      trend: { direction: 'DOWN', periods: 1, judgement: 'IMPROVING', since: { label: '2021/22', value: 10 } },
      forecast: { judgement: 'IMPROVING', points: [{ label: '2024/25', value: 4 }, { label: '2025/26', value: 2 }] },
      valueCount: 2,
    });
    expect(measure.analysis.forecast.slope).toBeCloseTo(-2, 10);
    expect(measure.analysis.forecast.intercept).toBeCloseTo(10, 10);
  });

  it('computes a measure from the built-in metric, one point per quarter from the earliest record', async () => {
    const pid = await createTestPartnership(api, 'Computed LSCP');
    // Three notifications in two quarters of 2024/25, and one in Q4, which has not ended by asOf.
    for (const d of ['2024-04-10', '2024-05-20', '2024-10-03', '2025-01-15']) await notification(pid, d);
    const id = (
      await api.gql(CREATE, {
        input: {
          partnershipId: pid,
          name: 'Serious incident notifications',
          quadrant: 'HOW_MUCH',
          polarity: 'LOWER_IS_BETTER',
          unit: 'COUNT',
          periodicity: 'QUARTER',
          source: 'COMPUTED',
          metric: 'notifications',
          target: 2,
          baselinePeriodStart: '2024-04-01',
        },
      })
    ).createMeasure.id;
    const { measure } = await api.gql(MEASURE, { id, asOf: '2024-12-31', n: 2 });

    // Earliest record 10 April 2024, so quarters from 2024/25 Q1 to Q3 (the last to end by 31 December):
    // Q1 10 Apr + 20 May = 2; Q2 none = 0; Q3 3 Oct = 1.
    expect(measure.series.map((p: { label: string; value: number }) => [p.label, p.value])).toEqual([
      ['2024/25 Q1', 2],
      ['2024/25 Q2', 0],
      ['2024/25 Q3', 1],
    ]);
    // By hand: latest 1 against a lower-is-better target of 2: ON_TARGET; variance (1 − 2) / 2 = −0.5; 50% of target.
    //   The baseline is the value of the baseline period, Q1 = 2: change (1 − 2) / 2 = −0.5.
    //   Up once, from 0: WORSENING. Line through (0, 2), (1, 0), (2, 1): mean 1, Σ(x − 1)(y − 1) = −1 + 0 + 0 = −1,
    //   Σ(x − 1)² = 2: slope −0.5, intercept 1 + 0.5 = 1.5; Q4 1.5 − 1.5 = 0; 2025/26 Q1 1.5 − 2 = −0.5, kept at 0.
    expect(measure.analysis).toMatchObject({
      latest: { label: '2024/25 Q3', value: 1 },
      status: 'ON_TARGET',
      variance: -0.5,
      percentOfTarget: 50,
      baseline: 2,
      changeSinceBaseline: -0.5,
      trend: { direction: 'UP', periods: 1, judgement: 'WORSENING', since: { label: '2024/25 Q2', value: 0 } },
      forecast: { slope: -0.5, intercept: 1.5, judgement: 'IMPROVING', points: [{ label: '2024/25 Q4', value: 0 }, { label: '2025/26 Q1', value: 0 }] },
      dataDevelopment: false,
      onDataDevelopmentAgenda: false,
    });
    expect(measure.analysis.note).toMatch(/notifications/);
  });

  it('puts a measure with no data, or an unknown metric, on the data development agenda', async () => {
    const wanted = await createMeasure({
      name: 'Children who say they feel safer',
      quadrant: 'BETTER_OFF',
      polarity: 'HIGHER_IS_BETTER',
      unit: 'PERCENT',
      periodicity: 'QUARTER',
      source: 'ENTERED',
      target: 90,
    });
    const { measure: m1 } = await api.gql(MEASURE, { id: wanted, asOf: '2025-03-31' });
    expect(m1.series).toEqual([]);
    expect(m1.analysis).toMatchObject({
      latest: null,
      status: 'NO_DATA',
      trend: null,
      forecast: null,
      valueCount: 0,
      onDataDevelopmentAgenda: true,
      dataDevelopment: false,
    });

    const unknown = await createMeasure({
      name: 'Something not built yet',
      quadrant: 'HOW_WELL',
      polarity: 'HIGHER_IS_BETTER',
      unit: 'PERCENT',
      periodicity: 'QUARTER',
      source: 'COMPUTED',
      metric: 'not-yet-built-metric',
    });
    const { measure: m2 } = await api.gql(MEASURE, { id: unknown, asOf: '2025-03-31' });
    expect(m2.series).toEqual([]);
    expect(m2.analysis).toMatchObject({ status: 'NO_TARGET', onDataDevelopmentAgenda: true, dataDevelopment: true });
    expect(m2.analysis.note).toMatch(/not-yet-built-metric.*not a built-in metric/);
  });

  it('lays out a scorecard by quadrant, headline first, with the latest note as of the date', async () => {
    const pid = await createTestPartnership(api, 'Scorecard LSCP');
    const make = async (name: string, quadrant: string, headline: boolean) =>
      (
        await api.gql(CREATE, {
          input: { partnershipId: pid, name, quadrant, headline, polarity: 'HIGHER_IS_BETTER', unit: 'COUNT', periodicity: 'QUARTER', source: 'ENTERED' },
        })
      ).createMeasure.id;
    const secondary = await make('A secondary measure', 'HOW_WELL', false);
    const headline = await make('Z headline measure', 'HOW_WELL', true);
    await make('Families supported', 'HOW_MUCH', false);
    await api.gql(SET_VALUES, { measureId: headline, values: [{ periodStart: '2024-04-01', value: 3 }, { periodStart: '2024-07-01', value: 5 }] });
    await api.gql(ADD_NOTE, { measureId: headline, input: { writtenOn: '2024-11-01', text: 'Rose after the new pathway.' } });
    await api.gql(ADD_NOTE, { measureId: headline, input: { writtenOn: '2025-02-01', text: 'Written after asOf.' } });

    const { obaScorecard } = await api.gql(
      `query($pid: ID!, $asOf: Date!) { obaScorecard(partnershipId: $pid, asOf: $asOf) { asOf partnership { id name }
        quadrants { quadrant question measures { measure { id name headline } analysis { latest { value } trend { direction periods } }
          latestNote { writtenOn text } } } } }`,
      { pid, asOf: '2024-12-31' },
    );
    expect(obaScorecard.partnership).toEqual({ id: pid, name: 'Scorecard LSCP' });
    expect(obaScorecard.quadrants.map((q: { quadrant: string }) => q.quadrant)).toEqual(['HOW_MUCH', 'HOW_WELL', 'BETTER_OFF']);
    const howWell = obaScorecard.quadrants[1];
    expect(howWell.question).toBe('How well did we do it?');
    expect(howWell.measures.map((e: { measure: { id: string } }) => e.measure.id)).toEqual([headline, secondary]);
    expect(howWell.measures[0]).toMatchObject({
      analysis: { latest: { value: 5 }, trend: { direction: 'UP', periods: 1 } },
      latestNote: { writtenOn: '2024-11-01', text: 'Rose after the new pathway.' },
    });
    expect(howWell.measures[1].latestNote).toBeNull();
    expect(obaScorecard.quadrants[2].measures).toEqual([]);

    // Several partnerships at once, by name: "Scorecard LSCP" before "Southshire LSCP".
    const { obaScorecards } = await api.gql(
      `query($ids: [ID!], $asOf: Date!) { obaScorecards(partnershipIds: $ids, asOf: $asOf) { partnership { name } quadrants { measures { measure { name } } } } }`,
      { ids: [partnershipId, pid], asOf: '2024-12-31' },
    );
    expect(obaScorecards.map((s: { partnership: { name: string } }) => s.partnership.name)).toEqual(['Scorecard LSCP', 'Southshire LSCP']);
    expect(obaScorecards[0].quadrants[0].measures).toEqual([{ measure: { name: 'Families supported' } }]);
  });

  it('rolls a metric up from partnership to region to national', async () => {
    const region = uniqueRef('Region');
    const partnership = async (name: string, r: string | null) => {
      const { createPartnership } = await api.system.gql(`mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`, {
        input: { ref: uniqueRef('P'), name, kind: 'CHILDREN', region: r },
      });
      await api.joinPartnerships([createPartnership.id]);
      return createPartnership.id as string;
    };
    const alpha = await partnership('Alpha LSCP', region);
    const bravo = await partnership('Bravo LSCP', region);
    const charlie = await partnership('Charlie LSCP', null);
    await notification(alpha, '2024-04-10');
    await notification(alpha, '2024-10-03');
    await notification(bravo, '2023-05-05');
    await notification(bravo, '2024-06-01');
    await notification(bravo, '2025-04-02'); // 2025/26 has not ended by asOf

    const { obaRollup } = await api.gql(
      `query($ids: [ID!], $asOf: Date!) { obaRollup(metric: "notifications", partnershipIds: $ids, asOf: $asOf, grain: FINANCIAL_YEAR) {
        metric unit polarity grain periods { label } rows { level label partnershipId region partnershipCount values { period { label } value } } } }`,
      { ids: [charlie, bravo, alpha], asOf: '2025-03-31' },
    );
    // Earliest record 5 May 2023, so 2023/24 and 2024/25. Alpha: 0, 2; Bravo: 1, 1; Charlie: 0, 0.
    // Region: Alpha + Bravo = 1, 3; no region: Charlie's 0, 0; national 1, 3.
    expect(obaRollup).toMatchObject({ metric: 'notifications', unit: 'count', grain: 'FINANCIAL_YEAR', periods: [{ label: '2023/24' }, { label: '2024/25' }] });
    const rows = obaRollup.rows.map((r: any) => [r.level, r.label, r.partnershipCount, r.values.map((v: { value: number }) => v.value)]);
    expect(rows).toEqual([
      ['NATIONAL', 'National', 3, [1, 3]],
      ['REGION', region, 2, [1, 3]],
      ['PARTNERSHIP', 'Alpha LSCP', 1, [0, 2]],
      ['PARTNERSHIP', 'Bravo LSCP', 1, [1, 1]],
      ['REGION', 'No region', 1, [0, 0]],
      ['PARTNERSHIP', 'Charlie LSCP', 1, [0, 0]],
    ]);
    expect(obaRollup.rows[2]).toMatchObject({ partnershipId: alpha, region });
  });

  it('rejects an unknown metric, a bad forecast length and an unknown partnership, naming the field', async () => {
    const rollup = await api.raw(`query { obaRollup(metric: "no-such-metric", asOf: "2025-03-31", partnershipIds: ["${partnershipId}"]) { metric } }`);
    expect(fieldsOf(rollup)).toEqual(['metric']);

    const missing = await api.raw(
      `query { obaRollup(metric: "notifications", asOf: "2025-03-31", partnershipIds: ["00000000-0000-4000-8000-000000000000"]) { metric } }`,
    );
    // A partnership that is not the caller's (or does not exist) is refused, naming the argument.
    expect(missing.errors?.[0]).toMatchObject({ message: 'partnershipIds[0] is not one of your partnerships', extensions: { code: 'FORBIDDEN' } });

    const id = await createMeasure({ name: 'Any', quadrant: 'HOW_MUCH', polarity: 'HIGHER_IS_BETTER', unit: 'COUNT', periodicity: 'QUARTER', source: 'ENTERED' });
    const tooFar = await api.raw(MEASURE, { id, asOf: '2025-03-31', n: 41 });
    expect(fieldsOf(tooFar)).toEqual(['forecastPeriods']);

    const scorecard = await api.raw(`query { obaScorecard(partnershipId: "not-a-uuid", asOf: "2025-03-31") { asOf } }`);
    expect(fieldsOf(scorecard)).toEqual(['partnershipId']);
    const nowhere = await api.raw(`query { obaScorecard(partnershipId: "00000000-0000-4000-8000-000000000000", asOf: "2025-03-31") { asOf } }`);
    expect(nowhere.errors?.[0]).toMatchObject({ message: 'partnershipId is not one of your partnerships', extensions: { code: 'FORBIDDEN' } });
  });
});
