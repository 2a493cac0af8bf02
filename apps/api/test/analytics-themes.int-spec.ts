import { METRIC_CATALOGUE } from '@sli/analytics-api';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

/*
 * Hand-built fixture (one partnership). N = neglect, D = domestic-abuse, I = information-sharing,
 * S = supervision. AG1 = police, AG2 = health.
 *
 *   record  kind   type               date        FY       themes    agencies
 *   R1      review lcspr              2023-05-10  2023/24  N D       AG1 AG2
 *   R2      review plr                2023-11-20  2023/24  N         AG1
 *   A1      audit  thematic           2023-06-01  2023/24  I         lead AG1
 *   R3      review lcspr              2024-04-15  2024/25  N D I     AG2
 *   A2      audit  multi-agency-case  2024-05-01  2024/25  N I       AG2
 *   R4      review sar                2024-07-01  2024/25  D I       AG1
 *   R5      review lcspr              2024-09-30  2024/25  -         -
 *   A3      audit  thematic           2024-10-10  2024/25  S         lead AG1
 *   R6      review plr                2025-01-05  2024/25  D         AG2
 *
 *   findings: F1 on R3 tagged S; F2 on A3 tagged D; F3 on R1 tagged N.
 *   actions:  AC1 from R3, AG1, due 2024-10-01, N; AC2 from R4, AG1, due 2025-02-01, completed, D I;
 *             AC3 from A2, AG2, due 2024-12-01, cancelled, N; AC4 from R1, AG2, due 2023-12-01, D.
 *
 * Records per FY: 2023/24 = R1 R2 A1 = 3 (2 reviews, 1 audit); 2024/25 = R3 A2 R4 R5 A3 R6 = 6 (4 reviews, 2 audits).
 */

const rate = (numerator: number, denominator: number) => ({ numerator, denominator, value: denominator ? numerator / denominator : null });
const RATE = 'numerator denominator value';
const TREND = `query($filter: MetricFilter, $grain: PeriodGrain, $source: ThemeRecordSource, $themeCodes: [String!], $themeIds: [ID!],
    $includeFindingThemes: Boolean) {
  themeTrend(filter: $filter, grain: $grain, source: $source, themeCodes: $themeCodes, themeIds: $themeIds,
    includeFindingThemes: $includeFindingThemes) {
    theme { code name themeGroup } total points { period { label start } count reviews audits share { ${RATE} } } } }`;
const HEATMAP = `query($filter: MetricFilter, $grain: PeriodGrain, $themeCodes: [String!]) {
  themeHeatmap(filter: $filter, grain: $grain, themeCodes: $themeCodes) {
    periods { label } totals rows { theme { code } counts shares } } }`;
const PAIRS = `query($filter: MetricFilter, $source: ThemeRecordSource, $themeCodes: [String!], $minCount: Int) {
  themeCoOccurrence(filter: $filter, source: $source, themeCodes: $themeCodes, minCount: $minCount) {
    themeA { code } themeB { code } count countA countB jaccard } }`;
const MATRIX = `query($filter: MetricFilter, $source: ThemeRecordSource, $themeCodes: [String!]) {
  themeCoOccurrenceMatrix(filter: $filter, source: $source, themeCodes: $themeCodes) { themes { code } counts records } }`;
const EMERGING = `query($filter: MetricFilter, $financialYear: String, $minCount: Int) {
  emergingThemes(filter: $filter, financialYear: $financialYear, minCount: $minCount) {
    current { from to } previous { from to } currentRecords previousRecords
    themes { theme { code } current { count share { ${RATE} } } previous { count share { ${RATE} } } shareChange shareRatio } } }`;
const BY_AGENCY = `query($filter: MetricFilter, $source: ThemeRecordSource) {
  themesByAgency(filter: $filter, source: $source) { theme { code } agencyId agency { name } findings actions } }`;
const BEHIND = `query($filter: MetricFilter, $source: ThemeRecordSource, $themeCodes: [String!], $themeIds: [ID!], $grain: PeriodGrain,
    $periodStart: Date, $first: Int, $after: String) {
  themeRecordsBehind(filter: $filter, source: $source, themeCodes: $themeCodes, themeIds: $themeIds, grain: $grain,
    periodStart: $periodStart, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { kind ref type date themeCodes review { ref } audit { ref } } } }`;

interface Point {
  period: { label: string; start: string };
  count: number;
  reviews: number;
  audits: number;
  share: { numerator: number; denominator: number; value: number | null };
}
interface Series {
  theme: { code: string; name: string; themeGroup: string };
  total: number;
  points: Point[];
}

/** The tagged counts of a trend as { code: [count per period] }, for compact assertions. */
const countsOf = (series: Series[]) => Object.fromEntries(series.map((s) => [s.theme.code, s.points.map((p) => p.count)]));
const sharesOf = (series: Series[]) => Object.fromEntries(series.map((s) => [s.theme.code, s.points.map((p) => p.share)]));

describe('Theme metrics over GraphQL', () => {
  let api: TestApi;
  let db: DataSource;
  let pid: string;
  let ag1: string;
  let themeId: Record<string, string>;
  const ids: Record<string, string> = {};
  const FOUR = ['neglect', 'domestic-abuse', 'information-sharing', 'supervision'];

  async function themesOf(partnershipId: string): Promise<Record<string, string>> {
    const rows: { id: string; code: string }[] = await db.query('SELECT id, code FROM themes WHERE partnership_id = $1', [partnershipId]);
    return Object.fromEntries(rows.map((r) => [r.code, r.id]));
  }

  async function insertRecord(
    partnershipId: string,
    themes: Record<string, string>,
    r: { ref: string; kind: 'review' | 'audit'; type: string; on: string; codes: string[]; agencies?: string[]; lead?: string },
  ): Promise<string> {
    const [row] =
      r.kind === 'review'
        ? await db.query(
            `INSERT INTO reviews (partnership_id, ref, type, title, initiated_on) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
            [partnershipId, r.ref, r.type, `Review ${r.ref}`, r.on],
          )
        : await db.query(
            `INSERT INTO audits (partnership_id, ref, type, title, started_on, lead_agency_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
            [partnershipId, r.ref, r.type, `Audit ${r.ref}`, r.on, r.lead ?? null],
          );
    const id = row.id as string;
    for (const code of r.codes) {
      await db.query(`INSERT INTO ${r.kind}_themes (partnership_id, ${r.kind}_id, theme_id) VALUES ($1, $2, $3)`, [
        partnershipId,
        id,
        themes[code],
      ]);
    }
    for (const agency of r.agencies ?? []) {
      await db.query(`INSERT INTO ${r.kind}_agencies (partnership_id, ${r.kind}_id, agency_id) VALUES ($1, $2, $3)`, [
        partnershipId,
        id,
        agency,
      ]);
    }
    return id;
  }

  beforeAll(async () => {
    api = await startTestApi();
    db = api.db;
    pid = await createTestPartnership(api, 'Themeton LSCP');
    themeId = await themesOf(pid);
    const agency = async (name: string, sector: string) =>
      (
        await db.query('INSERT INTO agencies (partnership_id, ref, name, sector) VALUES ($1, $2, $3, $4) RETURNING id', [
          pid,
          uniqueRef('AG'),
          name,
          sector,
        ])
      )[0].id as string;
    ag1 = await agency('Themeton Police', 'police');
    const ag2 = await agency('Themeton ICB', 'health');
    const rec = async (ref: string, kind: 'review' | 'audit', type: string, on: string, codes: string[], agencies: string[] = [], lead?: string) => {
      ids[ref] = await insertRecord(pid, themeId, { ref, kind, type, on, codes, agencies, lead });
    };
    await rec('R1', 'review', 'lcspr', '2023-05-10', ['neglect', 'domestic-abuse'], [ag1, ag2]);
    await rec('R2', 'review', 'plr', '2023-11-20', ['neglect'], [ag1]);
    await rec('A1', 'audit', 'thematic', '2023-06-01', ['information-sharing'], [], ag1);
    await rec('R3', 'review', 'lcspr', '2024-04-15', ['neglect', 'domestic-abuse', 'information-sharing'], [ag2]);
    await rec('A2', 'audit', 'multi-agency-case', '2024-05-01', ['neglect', 'information-sharing'], [ag2]);
    await rec('R4', 'review', 'sar', '2024-07-01', ['domestic-abuse', 'information-sharing'], [ag1]);
    await rec('R5', 'review', 'lcspr', '2024-09-30', []);
    await rec('A3', 'audit', 'thematic', '2024-10-10', ['supervision'], [], ag1);
    await rec('R6', 'review', 'plr', '2025-01-05', ['domestic-abuse'], [ag2]);

    const finding = async (ref: string, source: string, code: string) => {
      const column = source.startsWith('R') ? 'review_id' : 'audit_id';
      const [f] = await db.query(
        `INSERT INTO findings (partnership_id, ref, ${column}, kind, text) VALUES ($1, $2, $3, 'area-for-improvement', 'A learning point') RETURNING id`,
        [pid, ref, ids[source]],
      );
      await db.query('INSERT INTO finding_themes (partnership_id, finding_id, theme_id) VALUES ($1, $2, $3)', [pid, f.id, themeId[code]]);
    };
    await finding('F1', 'R3', 'supervision');
    await finding('F2', 'A3', 'domestic-abuse');
    await finding('F3', 'R1', 'neglect');

    const action = async (ref: string, source: string, owner: string, due: string, status: string, codes: string[]) => {
      const column = source.startsWith('R') ? 'review_id' : 'audit_id';
      const done = status === 'completed' ? due : null;
      const [a] = await db.query(
        `INSERT INTO actions (partnership_id, ref, ${column}, owner_agency_id, title, due_on, status, completed_on)
         VALUES ($1, $2, $3, $4, 'An action', $5, $6, $7) RETURNING id`,
        [pid, ref, ids[source], owner, due, status, done],
      );
      for (const code of codes) {
        await db.query('INSERT INTO action_themes (partnership_id, action_id, theme_id) VALUES ($1, $2, $3)', [pid, a.id, themeId[code]]);
      }
    };
    await action('AC1', 'R3', ag1, '2024-10-01', 'not-started', ['neglect']);
    await action('AC2', 'R4', ag1, '2025-02-01', 'completed', ['domestic-abuse', 'information-sharing']);
    await action('AC3', 'A2', ag2, '2024-12-01', 'cancelled', ['neglect']);
    await action('AC4', 'R1', ag2, '2023-12-01', 'not-started', ['domestic-abuse']);
  });
  afterAll(() => api.close());

  describe('theme trend', () => {
    it('counts distinct reviews and audits per theme and financial year, with their share of all records', async () => {
      const { themeTrend } = await api.gql<{ themeTrend: Series[] }>(TREND, { filter: { partnershipIds: [pid] } });
      // Every theme of the partnership, zeros included; periods from the first to the last record.
      expect(themeTrend.length).toBe(Object.keys(themeId).length);
      expect(themeTrend[0]?.points.map((p) => p.period.label)).toEqual(['2023/24', '2024/25']);
      // N: R1 R2 | R3 A2 -> 2/3, 2/6.  D: R1 | R3 R4 R6 -> 1/3, 3/6.  I: A1 | R3 A2 R4 -> 1/3, 3/6.  S: - | A3 -> 0/3, 1/6.
      // Most tagged first (D, I, N all 4, then by name), then S (1), then the untagged themes.
      expect(themeTrend.slice(0, 4).map((s) => [s.theme.code, s.total])).toEqual([
        ['domestic-abuse', 4],
        ['information-sharing', 4],
        ['neglect', 4],
        ['supervision', 1],
      ]);
      const four = themeTrend.slice(0, 4);
      expect(sharesOf(four)).toEqual({
        'domestic-abuse': [rate(1, 3), rate(3, 6)],
        'information-sharing': [rate(1, 3), rate(3, 6)],
        neglect: [rate(2, 3), rate(2, 6)],
        supervision: [rate(0, 3), rate(1, 6)],
      });
      // I in 2024/25: R3 and R4 are reviews, A2 an audit.
      expect(four[1]?.points[1]).toMatchObject({ count: 3, reviews: 2, audits: 1 });
      expect(four[0]?.theme).toEqual({ code: 'domestic-abuse', name: 'Domestic abuse', themeGroup: 'FAMILY_CONTEXT' });
      expect(themeTrend[4]?.points.map((p) => p.count)).toEqual([0, 0]);
    });

    it('groups by quarter over reviews only; a quarter with no records has a null share', async () => {
      const { themeTrend } = await api.gql<{ themeTrend: Series[] }>(TREND, {
        filter: { partnershipIds: [pid], from: '2024-04-01', to: '2025-03-31' },
        grain: 'QUARTER',
        source: 'REVIEWS',
        themeCodes: ['domestic-abuse'],
      });
      // Reviews per quarter: Q1 R3; Q2 R4 R5; Q3 none; Q4 R6. D: R3 | R4 | - | R6.
      expect(themeTrend).toHaveLength(1);
      expect(themeTrend[0]?.points.map((p) => p.period.label)).toEqual(['2024/25 Q1', '2024/25 Q2', '2024/25 Q3', '2024/25 Q4']);
      expect(themeTrend[0]?.points.map((p) => p.share)).toEqual([rate(1, 1), rate(1, 2), rate(0, 0), rate(1, 1)]);
      expect(themeTrend[0]?.points[2]?.share.value).toBeNull();
    });

    it('filters by agency, review type, and records tagged with a theme; selects themes by id', async () => {
      const codes = { themeCodes: FOUR };
      // AG1 is involved in R1 R2 A1 (lead) | R4 A3 (lead): 3 and 2 records.
      const byAgency = await api.gql<{ themeTrend: Series[] }>(TREND, { filter: { partnershipIds: [pid], agencyId: ag1 }, ...codes });
      expect(sharesOf(byAgency.themeTrend)).toEqual({
        'domestic-abuse': [rate(1, 3), rate(1, 2)],
        'information-sharing': [rate(1, 3), rate(1, 2)],
        neglect: [rate(2, 3), rate(0, 2)],
        supervision: [rate(0, 3), rate(1, 2)],
      });
      // LCSPRs only (audits left out): R1 | R3 R5.
      const lcspr = await api.gql<{ themeTrend: Series[] }>(TREND, { filter: { partnershipIds: [pid], reviewTypes: ['lcspr'] }, ...codes });
      expect(sharesOf(lcspr.themeTrend)).toMatchObject({ neglect: [rate(1, 1), rate(1, 2)], 'domestic-abuse': [rate(1, 1), rate(1, 2)] });
      // Among records tagged neglect (R1 R2 | R3 A2): D is on R1 | R3, I on - | R3 A2.
      const amongNeglect = await api.gql<{ themeTrend: Series[] }>(TREND, {
        filter: { partnershipIds: [pid], themeId: themeId['neglect'] },
        themeIds: [themeId['domestic-abuse'], themeId['information-sharing']],
      });
      expect(sharesOf(amongNeglect.themeTrend)).toEqual({
        'domestic-abuse': [rate(1, 2), rate(1, 2)],
        'information-sharing': [rate(0, 2), rate(2, 2)],
      });
    });

    it("counts findings' themes on their review or audit when asked", async () => {
      // F1 puts S on R3, F2 puts D on A3, F3 puts N on R1 (already tagged). 2024/25: S = A3 R3, D = R3 R4 R6 A3.
      const { themeTrend } = await api.gql<{ themeTrend: Series[] }>(TREND, {
        filter: { partnershipIds: [pid] },
        themeCodes: FOUR,
        includeFindingThemes: true,
      });
      expect(countsOf(themeTrend)).toEqual({
        'domestic-abuse': [1, 4],
        'information-sharing': [1, 3],
        neglect: [2, 2],
        supervision: [0, 2],
      });
    });

    it('adds up a theme across partnerships by its code', async () => {
      const other = await createTestPartnership(api, 'Otherton SAB');
      await insertRecord(other, await themesOf(other), { ref: 'Q1', kind: 'review', type: 'sar', on: '2024-06-01', codes: ['neglect'] });
      const { themeTrend } = await api.gql<{ themeTrend: Series[] }>(TREND, {
        filter: { partnershipIds: [pid, other], from: '2024-04-01', to: '2025-03-31' },
        themeCodes: ['neglect'],
      });
      // 2024/25: R3 A2 here and Q1 there, of 6 + 1 records.
      expect(themeTrend.map((s) => s.points.map((p) => p.share))).toEqual([[rate(3, 7)]]);
    });

    it('lays the same figures out as a heatmap', async () => {
      const { themeHeatmap } = await api.gql(HEATMAP, { filter: { partnershipIds: [pid] }, themeCodes: ['neglect', 'domestic-abuse'] });
      expect(themeHeatmap).toEqual({
        periods: [{ label: '2023/24' }, { label: '2024/25' }],
        totals: [3, 6],
        rows: [
          { theme: { code: 'domestic-abuse' }, counts: [1, 3], shares: [1 / 3, 3 / 6] },
          { theme: { code: 'neglect' }, counts: [2, 2], shares: [2 / 3, 2 / 6] },
        ],
      });
    });

    it('names the field of a bad argument', async () => {
      const badCode = await api.raw(TREND, { filter: { partnershipIds: [pid] }, themeCodes: ['Not a code'] });
      expect(badCode.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(badCode.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain('themeCodes');
      const backwards = await api.raw(TREND, { filter: { partnershipIds: [pid], from: '2025-01-01', to: '2024-01-01' } });
      expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(backwards.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('filter.to');
    });
  });

  describe('co-occurrence', () => {
    it('lists pairs found on the same review by count, with each theme’s own count', async () => {
      // Reviews: R1 N D; R2 N; R3 N D I; R4 D I; R6 D. Own: D 4, N 3, I 2.
      // D–I: R3 R4 = 2, jaccard 2/(4+2-2) = 0.5; D–N: R1 R3 = 2, 2/(4+3-2) = 0.4; I–N: R3 = 1, 1/(2+3-1) = 0.25.
      const { themeCoOccurrence } = await api.gql(PAIRS, { filter: { partnershipIds: [pid] }, source: 'REVIEWS' });
      expect(themeCoOccurrence).toEqual([
        { themeA: { code: 'domestic-abuse' }, themeB: { code: 'information-sharing' }, count: 2, countA: 4, countB: 2, jaccard: 0.5 },
        { themeA: { code: 'domestic-abuse' }, themeB: { code: 'neglect' }, count: 2, countA: 4, countB: 3, jaccard: 0.4 },
        { themeA: { code: 'information-sharing' }, themeB: { code: 'neglect' }, count: 1, countA: 2, countB: 3, jaccard: 0.25 },
      ]);
      // Pairs involving I only; and pairs on at least 2 records.
      const withI = await api.gql(PAIRS, { filter: { partnershipIds: [pid] }, source: 'REVIEWS', themeCodes: ['information-sharing'] });
      expect(withI.themeCoOccurrence.map((p: any) => [p.themeA.code, p.themeB.code, p.count])).toEqual([
        ['domestic-abuse', 'information-sharing', 2],
        ['information-sharing', 'neglect', 1],
      ]);
      const twice = await api.gql(PAIRS, { filter: { partnershipIds: [pid] }, source: 'REVIEWS', minCount: 2 });
      expect(twice.themeCoOccurrence).toHaveLength(2);
    });

    it('adds audits by default and keeps to the date range', async () => {
      // Audits add A1 I, A2 N I, A3 S: I–N becomes R3 A2 = 2; own N 4, D 4, I 4.
      const both = await api.gql(PAIRS, { filter: { partnershipIds: [pid] } });
      expect(both.themeCoOccurrence.map((p: any) => [p.themeA.code, p.themeB.code, p.count, p.countA, p.countB])).toEqual([
        ['domestic-abuse', 'information-sharing', 2, 4, 4],
        ['domestic-abuse', 'neglect', 2, 4, 4],
        ['information-sharing', 'neglect', 2, 4, 4],
      ]);
      // Reviews from 2024-04-01: R3 N D I; R4 D I; R6 D. D–I 2, D–N 1, I–N 1.
      const recent = await api.gql(PAIRS, { filter: { partnershipIds: [pid], from: '2024-04-01' }, source: 'REVIEWS' });
      expect(recent.themeCoOccurrence.map((p: any) => [p.themeA.code, p.themeB.code, p.count])).toEqual([
        ['domestic-abuse', 'information-sharing', 2],
        ['domestic-abuse', 'neglect', 1],
        ['information-sharing', 'neglect', 1],
      ]);
    });

    it('returns a symmetric matrix with each theme’s count on the diagonal', async () => {
      // Axis by own count: D 4, N 3, I 2. D–N 2, D–I 2, N–I 1.
      const { themeCoOccurrenceMatrix } = await api.gql(MATRIX, { filter: { partnershipIds: [pid] }, source: 'REVIEWS' });
      expect(themeCoOccurrenceMatrix).toEqual({
        themes: [{ code: 'domestic-abuse' }, { code: 'neglect' }, { code: 'information-sharing' }],
        counts: [
          [4, 2, 2],
          [2, 3, 1],
          [2, 1, 2],
        ],
        records: 6,
      });
      // Chosen themes stay on the axis even when unused (S is on no review).
      const chosen = await api.gql(MATRIX, { filter: { partnershipIds: [pid] }, source: 'REVIEWS', themeCodes: ['supervision', 'neglect'] });
      expect(chosen.themeCoOccurrenceMatrix).toEqual({
        themes: [{ code: 'neglect' }, { code: 'supervision' }],
        counts: [
          [3, 0],
          [0, 0],
        ],
        records: 6,
      });
    });
  });

  describe('emerging themes', () => {
    it('compares shares with the previous financial year, among themes on at least 3 records', async () => {
      // 2024/25 (6 records) against 2023/24 (3): D 3/6 vs 1/3 and I 3/6 vs 1/3: +1/6 each, ratio 1.5.
      // N (2 now) and S (1 now) are under the minimum of 3.
      const { emergingThemes } = await api.gql(EMERGING, { filter: { partnershipIds: [pid] }, financialYear: '2024/25' });
      expect(emergingThemes).toMatchObject({
        current: { from: '2024-04-01', to: '2025-03-31' },
        previous: { from: '2023-04-01', to: '2024-03-31' },
        currentRecords: 6,
        previousRecords: 3,
      });
      expect(emergingThemes.themes.map((t: any) => t.theme.code)).toEqual(['domestic-abuse', 'information-sharing']);
      const [d] = emergingThemes.themes;
      expect(d.current).toEqual({ count: 3, share: rate(3, 6) });
      expect(d.previous).toEqual({ count: 1, share: rate(1, 3) });
      expect(d.shareChange).toBeCloseTo(1 / 6);
      expect(d.shareRatio).toBeCloseTo(1.5);
    });

    it('ranks a new theme first on equal growth and leaves out themes that shrank', async () => {
      // minCount 1: S 1/6 vs 0/3 is +1/6 and new (no ratio); N 2/6 vs 2/3 shrank.
      const { emergingThemes } = await api.gql(EMERGING, { filter: { partnershipIds: [pid] }, financialYear: '2024/25', minCount: 1 });
      expect(emergingThemes.themes.map((t: any) => [t.theme.code, t.shareRatio])).toEqual([
        ['supervision', null],
        ['domestic-abuse', expect.closeTo(1.5)],
        ['information-sharing', expect.closeTo(1.5)],
      ]);
    });

    it('takes the period from the filter, and the previous one of the same length', async () => {
      // Q2 2024/25 (Jul–Sep: R4 R5) against Q1 (Apr–Jun: R3 A2). D: 1/2 vs 1/2, no growth. I: 1/2 vs 2/2, shrank.
      const { emergingThemes } = await api.gql(EMERGING, {
        filter: { partnershipIds: [pid], from: '2024-07-01', to: '2024-09-30' },
        minCount: 1,
      });
      expect(emergingThemes).toMatchObject({
        current: { from: '2024-07-01', to: '2024-09-30' },
        previous: { from: '2024-04-01', to: '2024-06-30' },
        currentRecords: 2,
        previousRecords: 2,
        themes: [],
      });
    });

    it('asks for exactly one way of giving the period', async () => {
      const both = await api.raw(EMERGING, { filter: { partnershipIds: [pid], from: '2024-04-01', to: '2025-03-31' }, financialYear: '2024/25' });
      expect(both.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('financialYear');
      const neither = await api.raw(EMERGING, { filter: { partnershipIds: [pid] } });
      expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const wrong = await api.raw(EMERGING, { filter: { partnershipIds: [pid] }, financialYear: '2024/26' });
      expect(wrong.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'financialYear' });
    });
  });

  describe('theme × agency', () => {
    const table = (rows: any[]) => Object.fromEntries(rows.map((r) => [`${r.theme.code}@${r.agency.name}`, [r.findings, r.actions]]));

    it('counts findings of the reviews/audits an agency took part in and the actions it owns', async () => {
      // F1 (R3: AG2) S; F2 (A3: lead AG1) D; F3 (R1: AG1 AG2) N.
      // AC1 AG1 N; AC2 AG1 D I; AC3 cancelled (left out); AC4 AG2 D.
      const { themesByAgency } = await api.gql(BY_AGENCY, { filter: { partnershipIds: [pid] } });
      expect(table(themesByAgency)).toEqual({
        'neglect@Themeton Police': [1, 1],
        'domestic-abuse@Themeton Police': [1, 1],
        'neglect@Themeton ICB': [1, 0],
        'supervision@Themeton ICB': [1, 0],
        'information-sharing@Themeton Police': [0, 1],
        'domestic-abuse@Themeton ICB': [0, 1],
      });
      expect(themesByAgency.slice(0, 2).map((r: any) => r.findings + r.actions)).toEqual([2, 2]);
    });

    it('dates findings by their review or audit and actions by due date; filters by source', async () => {
      // 2024/25: F1 (R3) and F2 (A3) but not F3 (R1, 2023); AC1 and AC2 but not AC4 (due 2023).
      const year = await api.gql(BY_AGENCY, { filter: { partnershipIds: [pid], from: '2024-04-01', to: '2025-03-31' } });
      expect(table(year.themesByAgency)).toEqual({
        'domestic-abuse@Themeton Police': [1, 1],
        'information-sharing@Themeton Police': [0, 1],
        'neglect@Themeton Police': [0, 1],
        'supervision@Themeton ICB': [1, 0],
      });
      // From reviews only, for AG1: F3 N; AC1 N; AC2 D I (F2 is an audit's).
      const reviews = await api.gql(BY_AGENCY, { filter: { partnershipIds: [pid], agencyId: ag1 }, source: 'REVIEWS' });
      expect(table(reviews.themesByAgency)).toEqual({
        'neglect@Themeton Police': [1, 1],
        'domestic-abuse@Themeton Police': [0, 1],
        'information-sharing@Themeton Police': [0, 1],
      });
    });
  });

  describe('drill-down', () => {
    it('lists the records behind a trend cell, newest first', async () => {
      // D in 2024/25: R6 (2025-01-05), R4 (2024-07-01), R3 (2024-04-15).
      const { themeRecordsBehind } = await api.gql(BEHIND, {
        filter: { partnershipIds: [pid] },
        themeCodes: ['domestic-abuse'],
        grain: 'FINANCIAL_YEAR',
        periodStart: '2024-04-01',
      });
      expect(themeRecordsBehind.totalCount).toBe(3);
      expect(themeRecordsBehind.nodes).toEqual([
        { kind: 'REVIEW', ref: 'R6', type: 'plr', date: '2025-01-05', themeCodes: ['domestic-abuse'], review: { ref: 'R6' }, audit: null },
        {
          kind: 'REVIEW',
          ref: 'R4',
          type: 'sar',
          date: '2024-07-01',
          themeCodes: ['domestic-abuse', 'information-sharing'],
          review: { ref: 'R4' },
          audit: null,
        },
        {
          kind: 'REVIEW',
          ref: 'R3',
          type: 'lcspr',
          date: '2024-04-15',
          themeCodes: ['domestic-abuse', 'information-sharing', 'neglect'],
          review: { ref: 'R3' },
          audit: null,
        },
      ]);
    });

    it('lists the records behind a co-occurrence pair, by theme ids', async () => {
      // D and N together: R1, R3 among reviews; the same with audits (no audit has both).
      const { themeRecordsBehind } = await api.gql(BEHIND, {
        filter: { partnershipIds: [pid] },
        themeIds: [themeId['domestic-abuse'], themeId['neglect']],
        source: 'REVIEWS',
      });
      expect(themeRecordsBehind.nodes.map((n: any) => n.ref)).toEqual(['R3', 'R1']);
    });

    it('pages through the records behind a denominator', async () => {
      // All 6 records of 2024/25, newest first: R6, A3, R5, R4, A2, R3.
      const first = await api.gql(BEHIND, { filter: { partnershipIds: [pid] }, grain: 'FINANCIAL_YEAR', periodStart: '2024-04-01', first: 4 });
      expect(first.themeRecordsBehind.totalCount).toBe(6);
      expect(first.themeRecordsBehind.nodes.map((n: any) => n.ref)).toEqual(['R6', 'A3', 'R5', 'R4']);
      expect(first.themeRecordsBehind.nodes[1]).toMatchObject({ kind: 'AUDIT', audit: { ref: 'A3' }, review: null });
      expect(first.themeRecordsBehind.pageInfo.hasNextPage).toBe(true);
      const next = await api.gql(BEHIND, {
        filter: { partnershipIds: [pid] },
        grain: 'FINANCIAL_YEAR',
        periodStart: '2024-04-01',
        first: 4,
        after: first.themeRecordsBehind.pageInfo.endCursor,
      });
      expect(next.themeRecordsBehind.nodes.map((n: any) => n.ref)).toEqual(['A2', 'R3']);
      expect(next.themeRecordsBehind.pageInfo.hasNextPage).toBe(false);
    });

    it('wants grain and periodStart together, and a cursor it made', async () => {
      const half = await api.raw(BEHIND, { filter: { partnershipIds: [pid] }, grain: 'QUARTER' });
      expect(half.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('periodStart');
      const badCursor = await api.raw(BEHIND, { filter: { partnershipIds: [pid] }, after: 'nonsense' });
      expect(badCursor.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('after');
    });
  });

  it("computes the catalogue's distinct themes", async () => {
    const metric = METRIC_CATALOGUE.get('themes-distinct-tagged');
    expect(metric).toBeDefined();
    const scope = (from: string, to: string) => ({ partnershipIds: [pid], from, to, asOf: to });
    // 2023/24: N D I (R1 R2 A1) = 3; both years add S = 4. Findings' themes do not count.
    expect(await metric?.compute(db.manager, scope('2023-04-01', '2024-03-31'))).toEqual({ value: 3 });
    expect(await metric?.compute(db.manager, scope('2023-04-01', '2025-03-31'))).toEqual({ value: 4 });
  });

  describe('properties on generated fixtures', () => {
    const CODES = ['neglect', 'domestic-abuse', 'information-sharing', 'supervision'] as const;
    const recordArb = fc.record({
      kind: fc.constantFrom('review' as const, 'audit' as const),
      day: fc.integer({ min: 0, max: 729 }),
      codes: fc.subarray([...CODES]),
    });

    it('keeps shares within 0..1, the matrix symmetric and pair counts within each theme’s count', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(recordArb, { maxLength: 12 }), async (records) => {
          const p = await createTestPartnership(api, 'Generated LSCP');
          const themes = await themesOf(p);
          let i = 0;
          for (const r of records) {
            const on = new Date(Date.UTC(2023, 3, 1) + r.day * 86_400_000).toISOString().slice(0, 10);
            await insertRecord(p, themes, { ref: `G${i++}`, kind: r.kind, type: r.kind === 'review' ? 'lcspr' : 'thematic', on, codes: r.codes });
          }
          const filter = { partnershipIds: [p], from: '2023-04-01', to: '2025-03-31' };
          const { themeTrend } = await api.gql<{ themeTrend: Series[] }>(TREND, { filter, themeCodes: [...CODES] });
          for (const s of themeTrend) {
            for (const pt of s.points) {
              expect(pt.share.numerator).toBeLessThanOrEqual(pt.share.denominator);
              if (pt.share.value !== null) {
                expect(pt.share.value).toBeGreaterThanOrEqual(0);
                expect(pt.share.value).toBeLessThanOrEqual(1);
              }
            }
          }
          // An oracle: the tagged count of each theme over the whole range.
          for (const code of CODES) {
            const expected = records.filter((r) => r.codes.includes(code)).length;
            expect(themeTrend.find((s) => s.theme.code === code)?.total).toBe(expected);
          }

          const { themeCoOccurrenceMatrix: m } = await api.gql(MATRIX, { filter, themeCodes: [...CODES] });
          m.counts.forEach((row: number[], a: number) =>
            row.forEach((cell, b) => {
              expect(cell).toBe(m.counts[b][a]);
              expect(cell).toBeLessThanOrEqual(Math.min(m.counts[a][a], m.counts[b][b]));
            }),
          );
          const { themeCoOccurrence } = await api.gql(PAIRS, { filter });
          for (const pair of themeCoOccurrence) {
            expect(pair.count).toBeLessThanOrEqual(Math.min(pair.countA, pair.countB));
            const both = records.filter((r) => r.codes.includes(pair.themeA.code) && r.codes.includes(pair.themeB.code)).length;
            expect(pair.count).toBe(both);
          }
        }),
        { numRuns: 8 },
      );
    });
  });
});
