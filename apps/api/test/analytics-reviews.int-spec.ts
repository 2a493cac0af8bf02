import { METRIC_CATALOGUE } from '@sli/analytics-api';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, uniqueRef, type GraphQLResponse, type TestApi } from './harness';

/*
 * Reviews-family metrics on a small hand-built fixture. Every expected number is worked out by hand
 * in the comments from the England & Wales bank holidays of 2024/25:
 *   2024: Mon 6 May, Mon 27 May, Mon 26 Aug, Wed 25 Dec, Thu 26 Dec; 2025: Wed 1 Jan.
 * Working days after D count from the day after D (N working days after D = the Nth such day).
 *
 * Partnership P (Northshire), financial year 2024/25 (quarters Q1 Apr–Jun … Q4 Jan–Mar):
 *
 * Notifications   aware          notified       due (5th working day)                 as of 30 Sep 2024
 *   N1 death  <1   Thu 2 May      Fri 10 May     Fri 3, Tue 7 (6 May BH), 8, 9, Fri 10   on time (day 5)
 *   N2 harm  11-15 Thu 2 May      Mon 13 May     Fri 10 May                             late (day 6)
 *   N3 death  1-5  Mon 3 Jun      Mon 3 Jun      Mon 10 Jun                             on time (day 0)
 *   N4 harm   <1   Fri 23 Aug     —              Tue 27 (26 Aug BH) … Mon 2 Sep         overdue
 *   N5 death 16-17 Mon 23 Sep     —              Mon 30 Sep                             due (it is the due day)
 *   N6 harm  6-10  Tue 2 Jul      Mon 7 Oct      Tue 9 Jul                              overdue (notified after asOf)
 * Themes: N1 theme A, N2 theme B, the others none.
 * Partnership P2 (Southshire): N7 death <1, aware Mon 15 Apr, notified Tue 16 Apr (on time).
 *
 * Rapid reviews   notification / clock start   due (15th working day)          sent        as of 30 Sep
 *   RR1 (police)  N1, notified Fri 10 May       Mon 3 Jun (27 May BH)           Mon 3 Jun   on time (day 15)
 *   RR2 (health)  N2, notified Mon 13 May       Tue 4 Jun                       Wed 5 Jun   late (day 16)
 *   RR3 (none)    no notification, init Thu 1 Aug  Thu 22 Aug                   —           overdue
 *   RR4 (none)    N5, not notified: aware Mon 23 Sep  Mon 14 Oct                —           due
 * RR1, RR2 are completed on their sent date; RR3 and RR4 are in progress. Theme A on RR1.
 *
 * Reviews         initiated     completed     published   family        within 6 months?
 *   L1 LCSPR      Mon 15 Apr 24 Tue 15 Oct 24 Fri 1 Nov   took part     yes: due 15 Oct, on the day
 *   L2 SAR        Tue 30 Apr 24 Thu 31 Oct 24 —           declined      no: due 30 Oct
 *   L3 DHR        Sat 31 Aug 24 Fri 28 Feb 25 —           took part     yes: 31 Aug + 6 months = 28 Feb
 *   L4 PLR        Mon 10 Jun 24 —             —           not yet       (due 10 Dec)
 *   L5 AI         Wed 1 May 24  Mon 1 Jul 24  —           not appropr.  (not a 6-month type)
 *   L6 LCSPR      Wed 1 Nov 23  Fri 28 Jun 24 Mon 15 Jul  offered       no: due 1 May 24
 * L1 involves police and has theme A; L2 involves health.
 */

const AS_OF = '2024-09-30';
const FY = { from: '2024-04-01', to: '2025-03-31' };

interface Fixture {
  pid: string;
  p2: string;
  themeA: string;
  themeB: string;
  police: string;
  health: string;
  ids: Record<string, string>;
}

describe('Reviews metrics over GraphQL', () => {
  let api: TestApi;
  let db: DataSource;
  let fx: Fixture;

  const one = async (sql: string, params: unknown[]): Promise<string> => {
    const [row] = (await db.query(sql, params)) as { id: string }[];
    if (!row) throw new Error(`No row returned by ${sql}`);
    return row.id;
  };
  const agency = (pid: string, name: string, sector: string) =>
    one('INSERT INTO agencies (partnership_id, ref, name, sector) VALUES ($1, $2, $3, $4) RETURNING id', [pid, uniqueRef('A'), name, sector]);
  const notification = (pid: string, n: { aware: string; notified?: string; harm: string; age: string; themes?: string[] }) =>
    one(
      `WITH n AS (INSERT INTO notifications (partnership_id, ref, date_aware, date_notified, harm, age_band)
                  VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, partnership_id),
            t AS (INSERT INTO notification_themes (partnership_id, notification_id, theme_id)
                  SELECT n.partnership_id, n.id, unnest($7::uuid[]) FROM n)
       SELECT id FROM n`,
      [pid, uniqueRef('N'), n.aware, n.notified ?? null, n.harm, n.age, n.themes ?? []],
    );
  const review = (
    pid: string,
    r: {
      type: string;
      initiated: string;
      status?: string;
      completed?: string;
      published?: string;
      family?: string;
      notification?: string;
      infoRequested?: string;
      meeting?: string;
      sent?: string;
      agencies?: string[];
      themes?: string[];
    },
  ) =>
    one(
      `WITH r AS (INSERT INTO reviews (partnership_id, ref, type, title, status, initiated_on, completed_on, published_on,
                    family_participation, notification_id, info_requested_on, meeting_on, sent_to_panel_on)
                  VALUES ($1, $2, $3, 'Review', $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id, partnership_id),
            a AS (INSERT INTO review_agencies (partnership_id, review_id, agency_id) SELECT r.partnership_id, r.id, unnest($13::uuid[]) FROM r),
            t AS (INSERT INTO review_themes (partnership_id, review_id, theme_id) SELECT r.partnership_id, r.id, unnest($14::uuid[]) FROM r)
       SELECT id FROM r`,
      [
        pid, uniqueRef('R'), r.type, r.status ?? (r.published ? 'published' : r.completed ? 'completed' : 'in-progress'),
        r.initiated, r.completed ?? null, r.published ?? null, r.family ?? 'not-yet-offered', r.notification ?? null,
        r.infoRequested ?? null, r.meeting ?? null, r.sent ?? null, r.agencies ?? [], r.themes ?? [],
      ],
    );
  const request = (pid: string, reviewId: string, agencyId: string, sent: string, due: string, returned: string | null) =>
    one(
      `INSERT INTO information_requests (partnership_id, ref, review_id, agency_id, kind, sent_on, due_on, returned_on)
       VALUES ($1, $2, $3, $4, 'rapid-review-information', $5, $6, $7) RETURNING id`,
      [pid, uniqueRef('IR'), reviewId, agencyId, sent, due, returned],
    );

  beforeAll(async () => {
    api = await startTestApi();
    db = api.db;
    const pid = await createTestPartnership(api, 'Northshire LSCP');
    const p2 = await createTestPartnership(api, 'Southshire LSCP');
    const themes: { id: string }[] = await db.query('SELECT id FROM themes WHERE partnership_id = $1 ORDER BY code LIMIT 2', [pid]);
    const [themeA, themeB] = themes.map((t) => t.id) as [string, string];
    const police = await agency(pid, 'Northshire Police', 'police');
    const health = await agency(pid, 'Northshire ICB', 'health');
    const ids: Record<string, string> = {};
    ids['N1'] = await notification(pid, { aware: '2024-05-02', notified: '2024-05-10', harm: 'death', age: 'under-1', themes: [themeA] });
    ids['N2'] = await notification(pid, { aware: '2024-05-02', notified: '2024-05-13', harm: 'serious-harm', age: '11-15', themes: [themeB] });
    ids['N3'] = await notification(pid, { aware: '2024-06-03', notified: '2024-06-03', harm: 'death', age: '1-5' });
    ids['N4'] = await notification(pid, { aware: '2024-08-23', harm: 'serious-harm', age: 'under-1' });
    ids['N5'] = await notification(pid, { aware: '2024-09-23', harm: 'death', age: '16-17' });
    ids['N6'] = await notification(pid, { aware: '2024-07-02', notified: '2024-10-07', harm: 'serious-harm', age: '6-10' });
    ids['N7'] = await notification(p2, { aware: '2024-04-15', notified: '2024-04-16', harm: 'death', age: 'under-1' });

    const rr = { type: 'rapid-review', family: 'not-appropriate' };
    ids['RR1'] = await review(pid, {
      ...rr, notification: ids['N1'], initiated: '2024-05-10', infoRequested: '2024-05-13', meeting: '2024-05-23', sent: '2024-06-03',
      completed: '2024-06-03', agencies: [police], themes: [themeA],
    });
    ids['RR2'] = await review(pid, { ...rr, notification: ids['N2'], initiated: '2024-05-13', sent: '2024-06-05', completed: '2024-06-05', agencies: [health] });
    ids['RR3'] = await review(pid, { ...rr, family: 'not-yet-offered', initiated: '2024-08-01' });
    ids['RR4'] = await review(pid, { ...rr, family: 'not-yet-offered', notification: ids['N5'], initiated: '2024-09-24' });
    // RR1's information: police returned early, health a day late (both due Mon 20 May).
    ids['IR-police'] = await request(pid, ids['RR1'], police, '2024-05-13', '2024-05-20', '2024-05-17');
    ids['IR-health'] = await request(pid, ids['RR1'], health, '2024-05-13', '2024-05-20', '2024-05-21');

    ids['L1'] = await review(pid, { type: 'lcspr', initiated: '2024-04-15', completed: '2024-10-15', published: '2024-11-01', family: 'took-part', agencies: [police], themes: [themeA] });
    ids['L2'] = await review(pid, { type: 'sar', initiated: '2024-04-30', completed: '2024-10-31', family: 'declined', agencies: [health] });
    ids['L3'] = await review(pid, { type: 'dhr', initiated: '2024-08-31', completed: '2025-02-28', family: 'took-part' });
    ids['L4'] = await review(pid, { type: 'plr', initiated: '2024-06-10' });
    ids['L5'] = await review(pid, { type: 'appreciative-inquiry', initiated: '2024-05-01', completed: '2024-07-01', family: 'not-appropriate' });
    ids['L6'] = await review(pid, { type: 'lcspr', initiated: '2023-11-01', completed: '2024-06-28', published: '2024-07-15', family: 'offered' });
    fx = { pid, p2, themeA, themeB, police, health, ids };
  });
  afterAll(() => api.close());

  const refOf = (id: string) => Object.entries(fx.ids).find(([, v]) => v === id)?.[0];
  const namesOf = (nodes: { id: string }[]) => nodes.map((n) => refOf(n.id)).sort();
  const rate = (n: number, d: number) => ({ numerator: n, denominator: d, value: d ? n / d : null });

  const NOTIFICATION_METRICS = `query($filter: MetricFilter, $grain: PeriodGrain!, $groupBy: NotificationMetricsDimension, $asOf: Date!) {
    notificationMetrics(filter: $filter, grain: $grain, groupBy: $groupBy, asOf: $asOf) {
      period { start end label } key label notifications notified onTime late overdue due onTimeRate { numerator denominator value } } }`;
  const notificationMetrics = async (vars: Record<string, unknown>) =>
    (await api.gql(NOTIFICATION_METRICS, { grain: 'QUARTER', asOf: AS_OF, ...vars, filter: { partnershipIds: [fx.pid], ...FY, ...(vars['filter'] as object) } }))
      .notificationMetrics as any[];

  describe('notifications and notifications on time', () => {
    it('counts by quarter, with timeliness as of a date, zero-filling quarters without any', async () => {
      const rows = await notificationMetrics({});
      expect(rows.map((r) => r.period.label)).toEqual(['2024/25 Q1', '2024/25 Q2', '2024/25 Q3', '2024/25 Q4']);
      // Q1: N1 (on time, day 5 across the May Day holiday), N2 (late, day 6), N3 (on time, same day): 2 of 3.
      expect(rows[0]).toMatchObject({ key: null, label: 'All', notifications: 3, notified: 3, onTime: 2, late: 1, overdue: 0, due: 0, onTimeRate: rate(2, 3) });
      // Q2: N4 overdue (due 2 Sep), N6 overdue (notified 7 Oct, after asOf; due 9 Jul), N5 due (due on 30 Sep itself).
      // None notified as of 30 Sep: the rate has nothing to measure.
      expect(rows[1]).toMatchObject({ notifications: 3, notified: 0, onTime: 0, late: 0, overdue: 2, due: 1, onTimeRate: rate(0, 0) });
      expect(rows[2]).toMatchObject({ period: { start: '2024-10-01', end: '2024-12-31' }, notifications: 0, onTimeRate: rate(0, 0) });
    });

    it('moves with asOf: by 31 Dec N6 is notified late and N5 is overdue', async () => {
      const [year] = await notificationMetrics({ grain: 'FINANCIAL_YEAR', asOf: '2024-12-31' });
      // Notified: N1, N2, N3, N6 = 4; on time N1, N3 = 2; late N2, N6 = 2; overdue N4, N5 = 2.
      expect(year).toMatchObject({ period: { label: '2024/25' }, notifications: 6, notified: 4, onTime: 2, late: 2, overdue: 2, due: 0, onTimeRate: rate(2, 4) });
      // As of 2 Sep: N1, N3 on time and N2 late as before; N4 is on its due day (due); N5 (aware 23 Sep,
      // due 30 Sep) is due; N6, notified only on 7 Oct, is past its due day 9 Jul (overdue).
      const [early] = await notificationMetrics({ grain: 'FINANCIAL_YEAR', asOf: '2024-09-02' });
      expect(early).toMatchObject({ notified: 3, onTime: 2, late: 1, overdue: 1, due: 2 });
    });

    it('groups by harm, age band, theme and partnership', async () => {
      const byHarm = await notificationMetrics({ grain: 'FINANCIAL_YEAR', groupBy: 'HARM' });
      // Death: N1, N3 on time, N5 due. Serious harm: N2 late, N4 and N6 overdue.
      expect(byHarm).toEqual([
        expect.objectContaining({ key: 'death', label: 'Death', notifications: 3, notified: 2, onTime: 2, due: 1, onTimeRate: rate(2, 2) }),
        expect.objectContaining({ key: 'serious-harm', label: 'Serious harm', notifications: 3, notified: 1, late: 1, overdue: 2, onTimeRate: rate(0, 1) }),
      ]);
      const byAge = await notificationMetrics({ grain: 'FINANCIAL_YEAR', groupBy: 'AGE_BAND' });
      expect(byAge.map((r) => [r.key, r.notifications])).toEqual([['under-1', 2], ['1-5', 1], ['6-10', 1], ['11-15', 1], ['16-17', 1]]);
      const byTheme = await notificationMetrics({ grain: 'FINANCIAL_YEAR', groupBy: 'THEME' });
      // Theme A: N1; theme B: N2; no theme: N3, N4, N5, N6.
      expect(Object.fromEntries(byTheme.map((r) => [r.key ?? 'none', r.notifications]))).toEqual({ [fx.themeA]: 1, [fx.themeB]: 1, none: 4 });
      expect(byTheme.find((r) => r.key === null).label).toBe('No theme');
      const byPartnership = await notificationMetrics({ grain: 'FINANCIAL_YEAR', groupBy: 'PARTNERSHIP', filter: { partnershipIds: [fx.pid, fx.p2] } });
      expect(byPartnership.map((r) => [r.label, r.notifications, r.onTime])).toEqual([['Northshire LSCP', 6, 2], ['Southshire LSCP', 1, 1]]);
    });

    it('filters by theme, period and the reviews arising', async () => {
      const [a] = await notificationMetrics({ grain: 'FINANCIAL_YEAR', filter: { themeId: fx.themeA } });
      expect(a).toMatchObject({ notifications: 1, onTime: 1 });
      // July to September only: N4, N5, N6.
      const [q2] = await notificationMetrics({ grain: 'FINANCIAL_YEAR', filter: { from: '2024-07-01', to: '2024-09-30' } });
      expect(q2).toMatchObject({ notifications: 3, overdue: 2, due: 1 });
      // A rapid review involving the police arose from N1 only.
      const [police] = await notificationMetrics({ grain: 'FINANCIAL_YEAR', filter: { agencyId: fx.police, reviewTypes: ['rapid-review'] } });
      expect(police).toMatchObject({ notifications: 1, onTime: 1 });
    });

    it('lists the notifications behind a figure, page by page', async () => {
      const BEHIND = `query($figure: NotificationMetricFigure!, $filter: MetricFilter, $periodStart: Date, $groupBy: NotificationMetricsDimension, $key: String, $first: Int, $after: String) {
        notificationsBehindMetric(figure: $figure, filter: $filter, grain: QUARTER, periodStart: $periodStart, groupBy: $groupBy, key: $key, asOf: "${AS_OF}", first: $first, after: $after) {
          totalCount nodes { id dateAware notificationDueOn notificationTimeliness(asOf: "${AS_OF}") } pageInfo { hasNextPage endCursor } } }`;
      const filter = { partnershipIds: [fx.pid] };
      const overdue = (await api.gql(BEHIND, { figure: 'OVERDUE', filter, periodStart: '2024-07-01' })).notificationsBehindMetric;
      expect(overdue.totalCount).toBe(2);
      expect(namesOf(overdue.nodes)).toEqual(['N4', 'N6']);
      expect(overdue.nodes.every((n: any) => n.notificationTimeliness === 'OVERDUE')).toBe(true);

      const noTheme = (await api.gql(BEHIND, { figure: 'NOTIFICATIONS', filter, groupBy: 'THEME', key: null, first: 3 })).notificationsBehindMetric;
      expect(noTheme.totalCount).toBe(4);
      expect(noTheme.pageInfo.hasNextPage).toBe(true);
      const rest = (await api.gql(BEHIND, { figure: 'NOTIFICATIONS', filter, groupBy: 'THEME', first: 3, after: noTheme.pageInfo.endCursor })).notificationsBehindMetric;
      expect(namesOf([...noTheme.nodes, ...rest.nodes])).toEqual(['N3', 'N4', 'N5', 'N6']);
    });
  });

  describe('rapid reviews on time', () => {
    const RAPID = `query($filter: MetricFilter, $grain: PeriodGrain!, $groupBy: RapidReviewMetricsDimension) {
      rapidReviewMetrics(filter: $filter, grain: $grain, groupBy: $groupBy, asOf: "${AS_OF}") {
        period { label } key label rapidReviews sent onTime late overdue due onTimeRate { numerator denominator value } } }`;
    const rapid = async (vars: Record<string, unknown>) =>
      (await api.gql(RAPID, { grain: 'QUARTER', ...vars, filter: { partnershipIds: [fx.pid], ...FY, ...(vars['filter'] as object) } })).rapidReviewMetrics as any[];

    it('places rapid reviews by the date aware and judges day 15 on time, day 16 late', async () => {
      const rows = await rapid({});
      // Q1 (N1, N2 aware 2 May): RR1 sent on day 15 (on time), RR2 on day 16 (late).
      expect(rows[0]).toMatchObject({ period: { label: '2024/25 Q1' }, rapidReviews: 2, sent: 2, onTime: 1, late: 1, onTimeRate: rate(1, 2) });
      // Q2: RR3 (no notification, initiated 1 Aug, due 22 Aug) overdue; RR4 (N5 aware 23 Sep, due 14 Oct) due.
      expect(rows[1]).toMatchObject({ rapidReviews: 2, sent: 0, overdue: 1, due: 1, onTimeRate: rate(0, 0) });
      expect(rows.slice(2).map((r) => r.rapidReviews)).toEqual([0, 0]);
    });

    it('groups by agency and by the notification harm', async () => {
      const byAgency = await rapid({ grain: 'FINANCIAL_YEAR', groupBy: 'AGENCY' });
      expect(byAgency.map((r) => [r.label, r.rapidReviews, r.onTime, r.late])).toEqual([
        ['Northshire ICB', 1, 0, 1],
        ['Northshire Police', 1, 1, 0],
        ['No agency', 2, 0, 0],
      ]);
      const byHarm = await rapid({ grain: 'FINANCIAL_YEAR', groupBy: 'HARM' });
      // Death: RR1 (N1), RR4 (N5); serious harm: RR2 (N2); no notification: RR3.
      expect(byHarm.map((r) => [r.label, r.rapidReviews])).toEqual([['Death', 2], ['Serious harm', 1], ['No notification', 1]]);
    });

    it('counts rapid reviews only when the type filter allows them', async () => {
      const [none] = await rapid({ grain: 'FINANCIAL_YEAR', filter: { reviewTypes: ['lcspr'] } });
      expect(none.rapidReviews).toBe(0);
      const [theme] = await rapid({ grain: 'FINANCIAL_YEAR', filter: { themeId: fx.themeA, reviewTypes: ['rapid-review'] } });
      expect(theme).toMatchObject({ rapidReviews: 1, onTime: 1 });
    });

    it('lists the rapid reviews behind a figure', async () => {
      const BEHIND = `query($figure: RapidReviewMetricFigure!, $filter: MetricFilter) {
        rapidReviewsBehindMetric(figure: $figure, filter: $filter, grain: FINANCIAL_YEAR, asOf: "${AS_OF}") {
          totalCount nodes { id rapidReviewDueOn sentToPanelOn rapidReviewTimeliness(asOf: "${AS_OF}") } } }`;
      const late = (await api.gql(BEHIND, { figure: 'LATE', filter: { partnershipIds: [fx.pid] } })).rapidReviewsBehindMetric;
      expect(late.nodes).toEqual([{ id: fx.ids['RR2'], rapidReviewDueOn: '2024-06-04', sentToPanelOn: '2024-06-05', rapidReviewTimeliness: 'LATE' }]);
      const overdue = (await api.gql(BEHIND, { figure: 'OVERDUE', filter: { partnershipIds: [fx.pid] } })).rapidReviewsBehindMetric;
      expect(overdue.nodes).toEqual([{ id: fx.ids['RR3'], rapidReviewDueOn: '2024-08-22', sentToPanelOn: null, rapidReviewTimeliness: 'OVERDUE' }]);
    });
  });

  describe('reviews started, completed, published, within six months, family participation', () => {
    const REVIEWS = `query($filter: MetricFilter, $grain: PeriodGrain!, $groupBy: ReviewMetricsDimension) {
      reviewMetrics(filter: $filter, grain: $grain, groupBy: $groupBy) {
        period { label } key label started completed published medianWorkingDaysToComplete
        completedWithinSixMonths { numerator denominator value } familyParticipation { numerator denominator value } } }`;
    const reviews = async (vars: Record<string, unknown>) =>
      (await api.gql(REVIEWS, { grain: 'QUARTER', ...vars, filter: { partnershipIds: [fx.pid], ...FY, ...(vars['filter'] as object) } })).reviewMetrics as any[];

    it('places each count by its own date, by quarter', async () => {
      const [q1, q2, q3, q4] = await reviews({});
      // Started: Q1 RR1, RR2, L1, L2, L4, L5 = 6; Q2 RR3, RR4, L3 = 3 (L6 started in 2023/24).
      // Completed: Q1 RR1 (3 Jun), RR2 (5 Jun), L6 (28 Jun) = 3; Q2 L5 (1 Jul); Q3 L1, L2; Q4 L3.
      // Published: Q2 L6 (15 Jul); Q3 L1 (1 Nov).
      expect([q1, q2, q3, q4].map((r) => [r.started, r.completed, r.published])).toEqual([[6, 3, 0], [3, 1, 1], [0, 2, 1], [0, 1, 0]]);
      // Median working days, initiation to completion, of the reviews completed in the quarter:
      // Q1: RR1 15 (10 May → 3 Jun), RR2 16 (13 May → 5 Jun), L6 far more → median 16.
      expect(q1.medianWorkingDaysToComplete).toBe(16);
      // Q2: L5, Wed 1 May → Mon 1 Jul: May 2, 3, 7–10, 13–17, 20–24, 28–31 = 20; June 20; 1 Jul = 41.
      expect(q2.medianWorkingDaysToComplete).toBe(41);
      // Q3: L1 Mon 15 Apr → Tue 15 Oct: 26 weeks to Mon 14 Oct = 130 weekdays, + 15 Oct = 131, − 3 bank holidays
      //     (6 May, 27 May, 26 Aug) = 128; L2 Tue 30 Apr → Thu 31 Oct: 130 to Tue 29 Oct, + 30, 31 Oct = 132 − 3 = 129.
      //     Median (128 + 129) / 2 = 128.5.
      expect(q3.medianWorkingDaysToComplete).toBe(128.5);
      // Q4: L3 Sat 31 Aug → Fri 28 Feb: 26 weeks to Sat 1 Mar = 130 weekdays (1 Mar is a Saturday), − 25, 26 Dec, 1 Jan = 127.
      expect(q4.medianWorkingDaysToComplete).toBe(127);
      // Within six months, of LCSPR/SAR/DHR/PLR completed: Q1 L6 no (0/1); Q2 none (L5 is an AI); Q3 L1 yes, L2 no; Q4 L3 yes.
      expect([q1, q2, q3, q4].map((r) => r.completedWithinSixMonths)).toEqual([rate(0, 1), rate(0, 0), rate(1, 2), rate(1, 1)]);
      // Family took part, of the completed reviews where it applies (not rapid reviews, not "not appropriate"):
      // Q1 0/1 (RR1, RR2 are rapid reviews; L6 offered); Q2 0/0 (L5 not appropriate); Q3 L1 of 2 (L1, L2); Q4 L3 of 1.
      expect([q1, q2, q3, q4].map((r) => r.familyParticipation)).toEqual([rate(0, 1), rate(0, 0), rate(1, 2), rate(1, 1)]);
    });

    it('groups by review type, zero-filling every type', async () => {
      const rows = await reviews({ grain: 'FINANCIAL_YEAR', groupBy: 'REVIEW_TYPE' });
      expect(rows).toHaveLength(13);
      const byType = Object.fromEntries(rows.map((r) => [r.key, [r.started, r.completed, r.published]]));
      // LCSPR: started L1; completed L1, L6; published L1, L6. Rapid reviews: 4 started, 2 completed.
      expect(byType).toMatchObject({
        lcspr: [1, 2, 2], sar: [1, 1, 0], dhr: [1, 1, 0], plr: [1, 0, 0], 'appreciative-inquiry': [1, 1, 0], 'rapid-review': [4, 2, 0], scr: [0, 0, 0],
      });
      expect(rows.find((r) => r.key === 'lcspr').completedWithinSixMonths).toEqual(rate(1, 2));
    });

    it('filters by agency and type', async () => {
      // Police: RR1 (started and completed Q1) and L1 (started Q1, completed Q3).
      const [police] = await reviews({ grain: 'FINANCIAL_YEAR', filter: { agencyId: fx.police } });
      expect(police).toMatchObject({ started: 2, completed: 2, published: 1 });
      const [statutory] = await reviews({ grain: 'FINANCIAL_YEAR', filter: { reviewTypes: ['lcspr', 'sar', 'dhr', 'plr'] } });
      // L1, L2, L3, L4 started; L1, L2, L3, L6 completed, 2 of them within six months; family took part in L1, L3.
      expect(statutory).toMatchObject({ started: 4, completed: 4, completedWithinSixMonths: rate(2, 4), familyParticipation: rate(2, 4) });
    });

    it('lists the reviews behind a figure', async () => {
      const BEHIND = `query($figure: ReviewMetricFigure!, $filter: MetricFilter) {
        reviewsBehindMetric(figure: $figure, filter: $filter, grain: FINANCIAL_YEAR) { totalCount nodes { id completionDueOn completionTimeliness(asOf: "2025-03-31") } } }`;
      const within = (await api.gql(BEHIND, { figure: 'COMPLETED_WITHIN_SIX_MONTHS', filter: { partnershipIds: [fx.pid], ...FY } })).reviewsBehindMetric;
      expect(namesOf(within.nodes)).toEqual(['L1', 'L3']);
      expect(within.nodes.map((n: any) => n.completionTimeliness)).toEqual(['ON_TIME', 'ON_TIME']);
      expect(within.nodes.find((n: any) => n.id === fx.ids['L3']).completionDueOn).toBe('2025-02-28');
      const family = (await api.gql(BEHIND, { figure: 'FAMILY_TOOK_PART', filter: { partnershipIds: [fx.pid], ...FY } })).reviewsBehindMetric;
      expect(family.totalCount).toBe(2);
      const applies = (await api.gql(BEHIND, { figure: 'FAMILY_PARTICIPATION_APPLIES', filter: { partnershipIds: [fx.pid], ...FY } })).reviewsBehindMetric;
      expect(namesOf(applies.nodes)).toEqual(['L1', 'L2', 'L3', 'L6']);
    });
  });

  describe('statutory due dates on the records', () => {
    it('derives notification due dates and timeliness, across a bank holiday', async () => {
      const Q = `query($id: ID!, $asOf: Date!) { notification(id: $id) { notificationDueOn workingDaysToNotify notificationTimeliness(asOf: $asOf) } }`;
      const n = async (ref: string, asOf = AS_OF) => (await api.gql(Q, { id: fx.ids[ref], asOf })).notification;
      expect(await n('N1')).toEqual({ notificationDueOn: '2024-05-10', workingDaysToNotify: 5, notificationTimeliness: 'ON_TIME' });
      expect(await n('N2')).toEqual({ notificationDueOn: '2024-05-10', workingDaysToNotify: 6, notificationTimeliness: 'LATE' });
      // N4, aware Fri 23 Aug: Mon 26 Aug is a bank holiday, so due Mon 2 Sep.
      expect(await n('N4', '2024-09-02')).toEqual({ notificationDueOn: '2024-09-02', workingDaysToNotify: null, notificationTimeliness: 'DUE' });
      expect((await n('N4', '2024-09-03')).notificationTimeliness).toBe('OVERDUE');
    });

    it('derives the rapid review due date and Leeds milestones', async () => {
      const Q = `query($id: ID!) { review(id: $id) { rapidReviewDueOn rapidReviewTimeliness(asOf: "${AS_OF}") completionDueOn
        milestones(asOf: "${AS_OF}") { name dueOn earliestOn actualOn status }
        informationRequests { agencyId timeliness(asOf: "2024-05-20") late: timeliness(asOf: "2024-06-30") } } }`;
      const rr1 = (await api.gql(Q, { id: fx.ids['RR1'] })).review;
      expect(rr1).toMatchObject({ rapidReviewDueOn: '2024-06-03', rapidReviewTimeliness: 'ON_TIME', completionDueOn: null });
      // Clock start Fri 10 May: information due day 2 (Tue 14 May), requested Mon 13 May.
      // Replies due Mon 20 May: police back Fri 17, health Tue 21 (late) → done 21 May, late.
      // Meeting window day 7 (Tue 21 May) to day 13 (Thu 30 May, 27 May a holiday); met Thu 23 May.
      // Outcome due 2 working days after the meeting: Fri 24, Tue 28 May; sent Mon 3 Jun, late.
      expect(rr1.milestones).toEqual([
        { name: 'INFORMATION_REQUESTED', dueOn: '2024-05-14', earliestOn: null, actualOn: '2024-05-13', status: 'ON_TIME' },
        { name: 'AGENCIES_REPLIED', dueOn: '2024-05-20', earliestOn: null, actualOn: '2024-05-21', status: 'LATE' },
        { name: 'MEETING', dueOn: '2024-05-30', earliestOn: '2024-05-21', actualOn: '2024-05-23', status: 'ON_TIME' },
        { name: 'OUTCOME_SENT', dueOn: '2024-05-28', earliestOn: null, actualOn: '2024-06-03', status: 'LATE' },
      ]);
      // As of 20 May, the health request (returned 21 May) was still due; later it is late.
      const health = rr1.informationRequests.find((r: any) => r.agencyId === fx.health);
      expect(health).toMatchObject({ timeliness: 'DUE', late: 'LATE' });
      expect(rr1.informationRequests.find((r: any) => r.agencyId === fx.police)).toMatchObject({ timeliness: 'ON_TIME', late: 'ON_TIME' });

      const rr3 = (await api.gql(Q, { id: fx.ids['RR3'] })).review;
      expect(rr3).toMatchObject({ rapidReviewDueOn: '2024-08-22', rapidReviewTimeliness: 'OVERDUE' });
    });

    it('derives six-month completion and twelve-month publication dates', async () => {
      const Q = `query($id: ID!, $asOf: Date!) { review(id: $id) { rapidReviewDueOn milestones(asOf: $asOf) { name } completionDueOn completionTimeliness(asOf: $asOf) publishedUntilEarliest } }`;
      const r = async (ref: string, asOf: string) => (await api.gql(Q, { id: fx.ids[ref], asOf })).review;
      expect(await r('L1', AS_OF)).toEqual({ rapidReviewDueOn: null, milestones: [], completionDueOn: '2024-10-15', completionTimeliness: 'DUE', publishedUntilEarliest: '2025-11-01' });
      expect(await r('L2', '2025-03-31')).toMatchObject({ completionDueOn: '2024-10-30', completionTimeliness: 'LATE', publishedUntilEarliest: null });
      expect(await r('L4', '2024-12-10')).toMatchObject({ completionDueOn: '2024-12-10', completionTimeliness: 'DUE' });
      expect((await r('L4', '2024-12-11')).completionTimeliness).toBe('OVERDUE');
      expect(await r('L5', AS_OF)).toMatchObject({ completionDueOn: null, completionTimeliness: null });
    });
  });

  describe('catalogue', () => {
    it('computes every reviews-family key over a scope', async () => {
      const scope = { partnershipIds: [fx.pid], ...FY, asOf: AS_OF };
      const value = async (key: string) => {
        const metric = METRIC_CATALOGUE.get(key);
        if (!metric) throw new Error(`No metric ${key} in the catalogue`);
        return metric.compute(db.manager, scope);
      };
      expect(await value('notifications')).toEqual({ value: 6 });
      // As of 30 Sep: 2 of the 3 notified were on time.
      expect(await value('notifications-on-time')).toEqual({ value: (100 * 2) / 3, numerator: 2, denominator: 3 });
      expect(await value('rapid-reviews-on-time')).toEqual({ value: 50, numerator: 1, denominator: 2 });
      expect(await value('reviews-started')).toEqual({ value: 9 });
      expect(await value('reviews-completed')).toEqual({ value: 7 });
      expect(await value('reviews-published')).toEqual({ value: 2 });
      // In progress on 30 Sep 2024, whenever initiated: initiated by then and not completed by then, counted another way.
      const [open] = await db.query(
        `SELECT count(*)::int AS n FROM reviews WHERE partnership_id = $1 AND initiated_on <= $2 AND (completed_on IS NULL OR completed_on > $2)`,
        [fx.pid, AS_OF],
      );
      expect(open.n).toBeGreaterThan(0);
      expect(await value('reviews-in-progress')).toEqual({ value: open.n });
      // L1, L3 of L1, L2, L3, L6.
      expect(await value('reviews-within-six-months')).toEqual({ value: 50, numerator: 2, denominator: 4 });
      // L1, L3 of the 7 completed less those where participation does not apply (RR1, RR2 rapid reviews,
      // L5 not appropriate): 2 of L6, L1, L2, L3.
      expect(await value('family-participation')).toEqual({ value: 50, numerator: 2, denominator: 4 });
      // The one SAR (L2): initiated 30 Apr, completed 31 Oct, a day past six months.
      expect(await value('sars-started')).toEqual({ value: 1 });
      expect(await value('sars-completed')).toEqual({ value: 1 });
      expect(await value('sars-within-six-months')).toEqual({ value: 0, numerator: 0, denominator: 1 });
      // Within the page's review-type filter: one that leaves SARs out counts none.
      const lcsprOnly = { ...scope, reviewTypes: ['lcspr'] };
      expect(await METRIC_CATALOGUE.get('sars-started')?.compute(db.manager, lcsprOnly)).toEqual({ value: 0 });
      expect(await METRIC_CATALOGUE.get('sars-within-six-months')?.compute(db.manager, lcsprOnly)).toEqual({ value: null, numerator: 0, denominator: 0 });
      // The one DHR (L3): initiated Sat 31 Aug, completed Fri 28 Feb, on the six-month day.
      expect(await value('dhrs-started')).toEqual({ value: 1 });
      expect(await value('dhrs-completed')).toEqual({ value: 1 });
      expect(await value('dhrs-within-six-months')).toEqual({ value: 100, numerator: 1, denominator: 1 });
      // Likewise within the review-type filter: SARs only counts no DHR, SARs and DHRs counts it.
      const sarOnly = { ...scope, reviewTypes: ['sar'] };
      expect(await METRIC_CATALOGUE.get('dhrs-started')?.compute(db.manager, sarOnly)).toEqual({ value: 0 });
      expect(await METRIC_CATALOGUE.get('dhrs-within-six-months')?.compute(db.manager, sarOnly)).toEqual({ value: null, numerator: 0, denominator: 0 });
      expect(await METRIC_CATALOGUE.get('dhrs-completed')?.compute(db.manager, { ...scope, reviewTypes: ['sar', 'dhr'] })).toEqual({ value: 1 });
      expect(['sars-started', 'sars-completed', 'sars-within-six-months', 'dhrs-started', 'dhrs-completed', 'dhrs-within-six-months'].map((k) => METRIC_CATALOGUE.get(k)?.unit)).toEqual([
        'count', 'count', 'percent', 'count', 'count', 'percent',
      ]);
      expect(
        ['notifications', 'notifications-on-time', 'rapid-reviews-on-time', 'reviews-started', 'reviews-completed', 'reviews-published',
          'reviews-within-six-months', 'family-participation'].map((k) => METRIC_CATALOGUE.get(k)?.unit),
      ).toEqual(['count', 'percent', 'percent', 'count', 'count', 'count', 'percent', 'percent']);
    });
  });

  describe('bad input', () => {
    it('names the field at fault', async () => {
      const res: GraphQLResponse<unknown> = await api.raw(
        `{ reviewMetrics(filter: { from: "2025-01-01", to: "2024-01-01", reviewTypes: ["lcspr", "nonsense"] }, grain: QUARTER) { started } }`,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields?.map((f) => f.field).sort()).toEqual(['filter.reviewTypes', 'filter.to']);
      const key: GraphQLResponse<unknown> = await api.raw(
        `{ notificationsBehindMetric(figure: LATE, key: "death", asOf: "2024-01-01") { totalCount } }`,
      );
      expect(key.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['key']);
    });
  });

  describe('properties on generated fixtures', () => {
    const day = (offset: number) => new Date(Date.UTC(2024, 3, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    const notificationArb = fc.record({
      aware: fc.integer({ min: 0, max: 200 }),
      notifiedAfter: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
      harm: fc.constantFrom('death', 'serious-harm'),
      age: fc.constantFrom('under-1', '1-5', '6-10', '11-15', '16-17'),
    });

    it('partitions notifications by timeliness, agrees with the record fields and the drill-down, keeps rates in 0..1', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(notificationArb, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 240 }), async (ns, asOfDay) => {
          const pid = await createTestPartnership(api, 'Generated LSCP');
          for (const n of ns) {
            await notification(pid, { aware: day(n.aware), notified: n.notifiedAfter === null ? undefined : day(n.aware + n.notifiedAfter), harm: n.harm, age: n.age });
          }
          const asOf = day(asOfDay);
          const filter = { partnershipIds: [pid] };
          const rows = (await api.gql(NOTIFICATION_METRICS, { filter, grain: 'CALENDAR_YEAR', groupBy: 'HARM', asOf })).notificationMetrics as any[];
          for (const r of rows) {
            expect(r.onTime + r.late + r.overdue + r.due).toBe(r.notifications);
            expect(r.notified).toBe(r.onTime + r.late);
            if (r.onTimeRate.value !== null) expect(r.onTimeRate.value).toBeGreaterThanOrEqual(0);
            if (r.onTimeRate.value !== null) expect(r.onTimeRate.value).toBeLessThanOrEqual(1);
          }
          expect(rows.reduce((s, r) => s + r.notifications, 0)).toBe(ns.length);

          // The SQL classification matches the record's own timeliness field, one by one.
          const behind = await api.gql(
            `query($filter: MetricFilter, $asOf: Date!) {
              onTime: notificationsBehindMetric(figure: ON_TIME, filter: $filter, asOf: $asOf, first: 500) { nodes { notificationTimeliness(asOf: $asOf) } }
              late: notificationsBehindMetric(figure: LATE, filter: $filter, asOf: $asOf, first: 500) { nodes { notificationTimeliness(asOf: $asOf) } }
              overdue: notificationsBehindMetric(figure: OVERDUE, filter: $filter, asOf: $asOf, first: 500) { nodes { notificationTimeliness(asOf: $asOf) } }
              due: notificationsBehindMetric(figure: DUE, filter: $filter, asOf: $asOf, first: 500) { nodes { notificationTimeliness(asOf: $asOf) } } }`,
            { filter, asOf },
          );
          for (const [figure, status] of [['onTime', 'ON_TIME'], ['late', 'LATE'], ['overdue', 'OVERDUE'], ['due', 'DUE']] as const) {
            expect(behind[figure].nodes.map((n: any) => n.notificationTimeliness)).toEqual(behind[figure].nodes.map(() => status));
            expect(behind[figure].nodes).toHaveLength(rows.reduce((s, r) => s + r[figure], 0));
          }
        }),
        { numRuns: 6 },
      );
    });
  });
});
