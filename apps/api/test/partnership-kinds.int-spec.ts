import { createTestPartnership, startTestApi, uniqueRef, type Client, type TestApi } from './harness';

/*
 * A community safety partnership and an adults board, made here (the demo has neither a community safety
 * partnership nor DHR-only work). Financial year 2024/25, as of its end (31 March 2025).
 *
 * Community safety partnership C:
 *   D1 DHR   initiated Mon 1 Apr 24, completed Tue 1 Oct 24  within 6 months (due 1 Oct, on the day)
 *   D2 DHR   initiated Mon 3 Jun 24, completed Mon 6 Jan 25  late (due 3 Dec)
 *   D3 DHR   initiated Wed 5 Feb 25, in progress
 *   P1 PLR   initiated Mon 1 Jul 24, in progress
 *   D0 DHR   initiated Mon 4 Mar 24 (2023/24), completed Tue 3 Sep 24  within 6 months (due 4 Sep): completed in 2024/25, started before
 * Adults board A:
 *   S1 SAR   initiated Mon 1 Apr 24, completed Tue 1 Oct 24  within 6 months
 *   D4 DHR   initiated Mon 1 Jul 24, in progress
 *
 * So for C in 2024/25: DHRs started 3 (D1, D2, D3), completed 3 (D1, D2, D0), within six months 2 of the
 * 3 completed (D1, D0). For A: SARs started 1, completed 1, within six months 1 of 1; DHRs started 1.
 */

const YEAR = { from: '2024-04-01', to: '2025-03-31' };
const FIGURES = `query($filter: MetricFilter!, $keys: [String!]!) {
  headlineFigures(filter: $filter, asOf: "2025-03-31", keys: $keys) { key current { value numerator denominator } } }`;
const REPORT = `query($pid: ID!) {
  annualReport(partnershipId: $pid, financialYear: "2024/25", mode: EXACT) {
    headlines { key currentValue currentNumerator currentDenominator }
    tables { key description }
    narratives { section title guidance }
  } }`;
const SAVE = `mutation($pid: ID!, $text: String!) {
  saveAnnualReportNarrative(partnershipId: $pid, financialYear: "2024/25", section: VOICE, text: $text) { title } }`;

describe('partnerships of each kind', () => {
  let api: TestApi;
  let csp: string;
  let adults: string;
  let admin: Client;

  const review = (pid: string, type: string, initiated: string, completed: string | null = null) =>
    api.db.query(
      `INSERT INTO reviews (partnership_id, ref, type, title, status, initiated_on, completed_on, family_participation)
       VALUES ($1, $2, $3, 'Review', $4, $5, $6, 'not-yet-offered')`,
      [pid, uniqueRef('R'), type, completed ? 'completed' : 'in-progress', initiated, completed],
    );

  beforeAll(async () => {
    api = await startTestApi();
    csp = await createTestPartnership(api, 'Kinds Community Safety Partnership', 'COMMUNITY_SAFETY');
    adults = await createTestPartnership(api, 'Kinds Safeguarding Adults Board', 'ADULTS');
    admin = await api.as('admin', { partnershipIds: [csp, adults], name: 'Ada Admin' });
    await review(csp, 'dhr', '2024-04-01', '2024-10-01');
    await review(csp, 'dhr', '2024-06-03', '2025-01-06');
    await review(csp, 'dhr', '2025-02-05');
    await review(csp, 'plr', '2024-07-01');
    await review(csp, 'dhr', '2024-03-04', '2024-09-03');
    await review(adults, 'sar', '2024-04-01', '2024-10-01');
    await review(adults, 'dhr', '2024-07-01');
  }, 120_000);
  afterAll(() => api?.close());

  const figures = async (pid: string, keys: string[], reviewTypes: string[] | null = null) => {
    const { headlineFigures } = await admin.gql(FIGURES, { filter: { partnershipIds: [pid], ...YEAR, reviewTypes }, keys });
    return Object.fromEntries(headlineFigures.map((f: { key: string; current: unknown }) => [f.key, f.current]));
  };

  it("counts a community safety partnership's DHRs in the catalogue, and its SARs and notifications as none", async () => {
    expect(await figures(csp, ['dhrs-started', 'dhrs-completed', 'dhrs-within-six-months', 'sars-started', 'notifications'])).toEqual({
      'dhrs-started': { value: 3, numerator: null, denominator: null },
      'dhrs-completed': { value: 3, numerator: null, denominator: null },
      // D1 on the day, D0 a day early; D2 a month late.
      'dhrs-within-six-months': { value: (100 * 2) / 3, numerator: 2, denominator: 3 },
      'sars-started': { value: 0, numerator: null, denominator: null },
      notifications: { value: 0, numerator: null, denominator: null },
    });
    // Within the review-type filter: practice learning reviews only leaves every DHR out.
    expect((await figures(csp, ['dhrs-started'], ['plr']))['dhrs-started']).toEqual({ value: 0, numerator: null, denominator: null });
  });

  it("gives a community safety partnership's annual report DHR headlines, no notifications, and headings in its words", async () => {
    const { annualReport } = await admin.gql(REPORT, { pid: csp });
    const keys = annualReport.headlines.map((h: { key: string }) => h.key);
    expect(keys.slice(0, 2)).toEqual(['dhrs-started', 'dhrs-within-six-months']);
    expect(keys.filter((k: string) => /^(notifications|rapid|sars)/.test(k))).toEqual([]);
    expect(annualReport.headlines[0]).toMatchObject({ key: 'dhrs-started', currentValue: 3 });
    expect(annualReport.headlines[1]).toMatchObject({ key: 'dhrs-within-six-months', currentNumerator: '2', currentDenominator: '3' });
    const tables = annualReport.tables.map((t: { key: string }) => t.key);
    expect(tables).toEqual(['REVIEWS_BY_TYPE_AND_STATUS', 'ACTIONS_BY_SECTOR_AND_BRAG', 'TRAINING_ATTENDANCE_BY_SECTOR', 'RECOMMENDATIONS_BY_RESPONSE', 'REFERRALS_BY_ROUTE_AND_DECISION', 'REVIEW_TIMESCALE_CHANGES_BY_REASON']);
    expect(annualReport.tables[0].description).toBe('Reviews of every type initiated in the year, by type and status.');
    const voice = annualReport.narratives.find((n: { section: string }) => n.section === 'VOICE');
    expect(voice.title).toBe('The voice of victims, families and practitioners');
    const learning = annualReport.narratives.find((n: { section: string }) => n.section === 'LEARNING_FROM_REVIEWS');
    expect(learning.guidance).toBe('What practice, systems or services changed because of domestic homicide reviews, and the evidence of it.');
    // Saving a section answers with the same heading.
    expect((await admin.gql(SAVE, { pid: csp, text: 'Families told us.' })).saveAnnualReportNarrative.title).toBe('The voice of victims, families and practitioners');
  });

  it("gives an adults board's annual report SAR and DHR headlines and no notifications table", async () => {
    const { annualReport } = await admin.gql(REPORT, { pid: adults });
    const byKey = Object.fromEntries(annualReport.headlines.map((h: { key: string }) => [h.key, h]));
    expect(Object.keys(byKey).slice(0, 4)).toEqual(['sars-started', 'sars-within-six-months', 'dhrs-started', 'dhrs-within-six-months']);
    expect(byKey['sars-started']).toMatchObject({ currentValue: 1 });
    expect(byKey['sars-within-six-months']).toMatchObject({ currentNumerator: '1', currentDenominator: '1' });
    expect(byKey['dhrs-started']).toMatchObject({ currentValue: 1 });
    expect(byKey['notifications']).toBeUndefined();
    expect(annualReport.tables.map((t: { key: string }) => t.key)).not.toContain('NOTIFICATIONS_BY_HARM_AND_AGE');
    expect(annualReport.narratives.find((n: { section: string }) => n.section === 'VOICE').title).toBe('The voice of adults at risk, families and practitioners');
  });
});
