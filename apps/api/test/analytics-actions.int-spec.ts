import { ActionStatus, brag, daysOverdue, isComplete, isOpen, statusOn } from '@sli/actions-api';
import { METRIC_CATALOGUE } from '@sli/analytics-api';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

const ROW = `key label total open completed overdue
  byStatus { notStarted inProgress completed impactEvidenced cancelled }
  byBrag { blue red amber green }
  completedOnTime { numerator denominator value }
  impactEvidenced { numerator denominator value }`;
const ITEMS = `totalCount pageInfo { hasNextPage endCursor } nodes { brag daysOverdue completedOnTime action { ref dueOn status } }`;

const TOTALS = `query($filter: MetricFilter, $asOf: Date!) { actionMetrics(filter: $filter, asOf: $asOf) { ${ROW} } }`;
const SUMMARY = `query($filter: MetricFilter, $asOf: Date!, $groupBy: ActionPlanGroupBy!) {
  actionPlanSummary(filter: $filter, asOf: $asOf, groupBy: $groupBy) { ${ROW} } }`;
const OVERDUE = `query($filter: MetricFilter, $asOf: Date!, $first: Int, $after: String) {
  overdueActions(filter: $filter, asOf: $asOf, first: $first, after: $after) { ${ITEMS} } }`;
const SERIES = `query($filter: MetricFilter, $asOf: Date!, $grain: PeriodGrain) {
  actionCompletionSeries(filter: $filter, asOf: $asOf, grain: $grain) {
    period { label start end } due completedOnTime completedLate outstanding overdue cancelled onTimeRate { numerator denominator value } } }`;
const BEHIND = `query($filter: MetricFilter, $asOf: Date!, $cell: ActionMetricsCell, $status: ActionStatus, $brag: Brag,
    $group: ActionGroupInput, $grain: PeriodGrain, $periodStart: Date, $first: Int, $after: String) {
  actionsBehind(filter: $filter, asOf: $asOf, cell: $cell, status: $status, brag: $brag, group: $group, grain: $grain,
    periodStart: $periodStart, first: $first, after: $after) { ${ITEMS} } }`;

const rate = (numerator: number, denominator: number) => ({ numerator, denominator, value: denominator ? numerator / denominator : null });
const refsOf = (conn: { nodes: { action: { ref: string } }[] }) => conn.nodes.map((n) => n.action.ref);

interface ActionRow {
  ref: string;
  source: string;
  owner: string;
  dueOn: string;
  status: ActionStatus;
  completedOn?: string | null;
  committee?: string | null;
  themes?: string[];
}

/** When insertActions says a cancelled action was cancelled. */
const CANCELLED_ON = '2025-01-15';

/** The row as it stood on `asOf` (the TS mirror of action_status_on; the fixtures record no updates). */
const onDay = (r: ActionRow, asOf: string): ActionRow => {
  const completedOn = isComplete(r.status) ? (r.completedOn ?? null) : null;
  const status = statusOn({ status: r.status, completedOn, cancelledOn: r.status === ActionStatus.CANCELLED ? CANCELLED_ON : null }, asOf);
  return { ...r, status, completedOn: isComplete(status) ? completedOn : null };
};

describe('Action metrics over GraphQL', () => {
  let api: TestApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.db;
  });
  afterAll(() => api.close());

  /** A partnership with three agencies, an LCSPR, a SAR, a case audit and the themes neglect and domestic abuse. */
  async function setUp() {
    const pid = await createTestPartnership(api, 'Northshire LSCP');
    const agency = async (name: string, sector: string) =>
      (
        await db.query('INSERT INTO agencies (partnership_id, ref, name, sector) VALUES ($1, $2, $3, $4) RETURNING id', [
          pid,
          uniqueRef('AG'),
          name,
          sector,
        ])
      )[0].id as string;
    const review = async (ref: string, type: string, title: string) =>
      (
        await db.query('INSERT INTO reviews (partnership_id, ref, type, title, initiated_on) VALUES ($1, $2, $3, $4, $5) RETURNING id', [
          pid,
          ref,
          type,
          title,
          '2024-01-10',
        ])
      )[0].id as string;
    const police = await agency('Northshire Police', 'police');
    const icb = await agency('Northshire ICB', 'health');
    const academy = await agency('Northshire Academy Trust', 'education');
    const lcspr = await review('R1', 'lcspr', 'Child A');
    const sar = await review('R2', 'sar', 'Adult B');
    const [audit] = await db.query(
      `INSERT INTO audits (partnership_id, ref, type, title, started_on) VALUES ($1, 'AU1', 'multi-agency-case', 'Neglect MACA', '2024-02-01') RETURNING id`,
      [pid],
    );
    const themes: { id: string; code: string }[] = await db.query(
      `SELECT id, code FROM themes WHERE partnership_id = $1 AND code IN ('neglect', 'domestic-abuse')`,
      [pid],
    );
    const theme = (code: string) => themes.find((t) => t.code === code)?.id as string;
    return { pid, police, icb, academy, lcspr, sar, audit: audit.id as string, neglect: theme('neglect'), da: theme('domestic-abuse') };
  }

  async function insertActions(pid: string, rows: ActionRow[]): Promise<void> {
    for (const r of rows) {
      const complete = isComplete(r.status);
      const [{ id }] = await db.query(
        // A cancelled action is cancelled on 15 January 2025, before every as-of date these tests use.
        `INSERT INTO actions (partnership_id, ref, review_id, audit_id, owner_agency_id, title, due_on, status, completed_on, impact_evidence, monitoring_committee, cancelled_on)
         SELECT $1, $2, (SELECT id FROM reviews WHERE id = $3), (SELECT id FROM audits WHERE id = $3), $4, $2, $5, $6, $7, $8, $9,
           CASE WHEN $6 = 'cancelled' THEN $10::date END
         RETURNING id`,
        [
          pid,
          r.ref,
          r.source,
          r.owner,
          r.dueOn,
          r.status,
          complete ? r.completedOn : null,
          r.status === ActionStatus.IMPACT_EVIDENCED ? 'Audit shows the change' : null,
          r.committee ?? null,
          CANCELLED_ON,
        ],
      );
      for (const t of r.themes ?? []) {
        await db.query('INSERT INTO action_themes (partnership_id, action_id, theme_id) VALUES ($1, $2, $3)', [pid, id, t]);
      }
    }
  }

  /**
   * Ten actions, as of 31 March 2025:
   *
   * | ref | source | owner   | due        | status           | completed  | committee                 | themes  | BRAG  |
   * | A1  | LCSPR  | police  | 2024-06-30 | completed        | 2024-06-20 | Learning from Practice    | N       | blue (on time) |
   * | A2  | LCSPR  | police  | 2024-09-30 | impact-evidenced | 2024-10-15 | Learning from Practice    | N, DA   | blue (late) |
   * | A3  | LCSPR  | ICB     | 2024-12-31 | in-progress      |            | "learning from practice " | DA      | red, 90 days |
   * | A4  | SAR    | ICB     | 2025-03-01 | not-started      |            | Performance and QA        |         | red, 30 days |
   * | A5  | SAR    | police  | 2025-04-15 | in-progress      |            | Performance and QA        | N       | amber (15 days ahead) |
   * | A6  | audit  | academy | 2025-06-30 | not-started      |            |                           |         | green (91 days ahead) |
   * | A7  | audit  | ICB     | 2025-01-31 | cancelled        |            | Performance and QA        | DA      | none |
   * | A8  | LCSPR  | academy | 2025-03-31 | completed        | 2025-03-31 | Learning from Practice    |         | blue (on time, same day) |
   * | A9  | SAR    | police  | 2025-03-31 | in-progress      |            | Learning from Practice    | N       | amber (due on asOf) |
   * | A10 | audit  | police  | 2024-05-31 | impact-evidenced | 2024-05-01 | Performance and QA        | DA      | blue (on time) |
   */
  async function fixture() {
    const f = await setUp();
    const LFP = 'Learning from Practice';
    const PQA = 'Performance and QA';
    await insertActions(f.pid, [
      { ref: 'A1', source: f.lcspr, owner: f.police, dueOn: '2024-06-30', status: ActionStatus.COMPLETED, completedOn: '2024-06-20', committee: LFP, themes: [f.neglect] },
      { ref: 'A2', source: f.lcspr, owner: f.police, dueOn: '2024-09-30', status: ActionStatus.IMPACT_EVIDENCED, completedOn: '2024-10-15', committee: LFP, themes: [f.neglect, f.da] },
      { ref: 'A3', source: f.lcspr, owner: f.icb, dueOn: '2024-12-31', status: ActionStatus.IN_PROGRESS, committee: 'learning from practice ', themes: [f.da] },
      { ref: 'A4', source: f.sar, owner: f.icb, dueOn: '2025-03-01', status: ActionStatus.NOT_STARTED, committee: PQA },
      { ref: 'A5', source: f.sar, owner: f.police, dueOn: '2025-04-15', status: ActionStatus.IN_PROGRESS, committee: PQA, themes: [f.neglect] },
      { ref: 'A6', source: f.audit, owner: f.academy, dueOn: '2025-06-30', status: ActionStatus.NOT_STARTED },
      { ref: 'A7', source: f.audit, owner: f.icb, dueOn: '2025-01-31', status: ActionStatus.CANCELLED, committee: PQA, themes: [f.da] },
      { ref: 'A8', source: f.lcspr, owner: f.academy, dueOn: '2025-03-31', status: ActionStatus.COMPLETED, completedOn: '2025-03-31', committee: LFP },
      { ref: 'A9', source: f.sar, owner: f.police, dueOn: '2025-03-31', status: ActionStatus.IN_PROGRESS, committee: LFP, themes: [f.neglect] },
      { ref: 'A10', source: f.audit, owner: f.police, dueOn: '2024-05-31', status: ActionStatus.IMPACT_EVIDENCED, completedOn: '2024-05-01', committee: PQA, themes: [f.da] },
    ]);
    return f;
  }

  const ASOF = '2025-03-31';
  const FY2425 = { from: '2024-04-01', to: '2025-03-31' };

  it('counts open, completed, overdue, statuses, BRAG and both rates, overall and for one financial year', async () => {
    const f = await fixture();
    const all = (await api.gql(TOTALS, { filter: { partnershipIds: [f.pid] }, asOf: ASOF })).actionMetrics;
    expect(all).toEqual({
      key: null,
      label: 'All actions',
      total: 10,
      open: 5, // A3 A4 A5 A6 A9
      completed: 4, // A1 A2 A8 A10
      overdue: 2, // A3 A4: open and due before 31 March
      byStatus: { notStarted: 2, inProgress: 3, completed: 2, impactEvidenced: 2, cancelled: 1 }, // 2+3+2+2+1 = 10
      byBrag: { blue: 4, red: 2, amber: 2, green: 1 }, // 9 = 10 - 1 cancelled
      // On time: A1 (20 Jun ≤ 30 Jun), A8 (same day), A10 (1 May ≤ 31 May); A2 late; of the 6 whose outcome is
      // known on 31 March: the 4 completed and the 2 overdue (A5 A6 A9 are not yet due, so not yet late).
      completedOnTime: rate(3, 6),
      impactEvidenced: rate(2, 4), // A2 A10 of A1 A2 A8 A10
    });

    // 2024/25 by due date: A5 (Apr 2025) and A6 (Jun 2025) drop out, 8 actions left.
    const year = (await api.gql(TOTALS, { filter: { partnershipIds: [f.pid], ...FY2425 }, asOf: ASOF })).actionMetrics;
    expect(year).toMatchObject({
      total: 8,
      open: 3, // A3 A4 A9
      overdue: 2,
      byStatus: { notStarted: 1, inProgress: 2, completed: 2, impactEvidenced: 2, cancelled: 1 },
      byBrag: { blue: 4, red: 2, amber: 1, green: 0 },
      completedOnTime: rate(3, 6), // the same three, of 4 completed + 2 overdue (A9 is due on the as-of date)
      impactEvidenced: rate(2, 4),
    });

    // Filters: the SAR's actions (A4 A5 A9), police-owned (A1 A2 A5 A9 A10), tagged neglect (A1 A2 A5 A9).
    const only = async (filter: Record<string, unknown>) =>
      (await api.gql(TOTALS, { filter: { partnershipIds: [f.pid], ...filter }, asOf: ASOF })).actionMetrics;
    expect(await only({ reviewTypes: ['sar'] })).toMatchObject({ total: 3, open: 3, overdue: 1, completedOnTime: rate(0, 1) }); // A4 overdue
    expect(await only({ agencyId: f.police })).toMatchObject({ total: 5, completed: 3, overdue: 0, completedOnTime: rate(2, 3) });
    expect(await only({ themeId: f.neglect })).toMatchObject({ total: 4, completedOnTime: rate(1, 2), impactEvidenced: rate(1, 2) });
  });

  it('moves BRAG and overdue with asOf', async () => {
    const f = await fixture();
    // 1 May 2025: A9 (due 31 Mar) and A5 (due 15 Apr) are now overdue too; A6 (30 Jun, 60 days) is still green.
    const later = (await api.gql(TOTALS, { filter: { partnershipIds: [f.pid] }, asOf: '2025-05-01' })).actionMetrics;
    expect(later).toMatchObject({ overdue: 4, byBrag: { blue: 4, red: 4, amber: 0, green: 1 } });
    // 1 June 2024, with each action's status on that day: only A10 (done 1 May) is past due and complete;
    // A1 (done 20 Jun, due 30 Jun) is open and due within 30 days; A2 and A8 (done later) are open
    // and on track, and so is A7 (cancelled later, in January 2025): nothing overdue.
    const earlier = (await api.gql(TOTALS, { filter: { partnershipIds: [f.pid] }, asOf: '2024-06-01' })).actionMetrics;
    expect(earlier).toMatchObject({
      overdue: 0,
      byStatus: { completed: 0, impactEvidenced: 1, cancelled: 0 },
      byBrag: { blue: 1, red: 0, amber: 1, green: 8 },
      // Only A10's outcome is known on 1 June 2024 (done on time); the open actions are not yet late.
      completedOnTime: rate(1, 1),
    });
  });

  it('summarises by owner agency, committee, theme and review type', async () => {
    const f = await fixture();
    const summary = async (groupBy: string) =>
      (await api.gql(SUMMARY, { filter: { partnershipIds: [f.pid] }, asOf: ASOF, groupBy })).actionPlanSummary as any[];

    const owners = await summary('OWNER_AGENCY');
    expect(owners.map((r) => [r.label, r.key])).toEqual([
      ['Northshire Academy Trust', f.academy],
      ['Northshire ICB', f.icb],
      ['Northshire Police', f.police],
    ]);
    // Academy: A6 (not started, green), A8 (completed on time).
    expect(owners[0]).toMatchObject({ total: 2, open: 1, completed: 1, overdue: 0, byBrag: { blue: 1, green: 1 }, completedOnTime: rate(1, 1), impactEvidenced: rate(0, 1) });
    // ICB: A3 and A4 red, A7 cancelled: nothing complete, so no impact rate.
    expect(owners[1]).toMatchObject({ total: 3, open: 2, overdue: 2, byStatus: { cancelled: 1 }, byBrag: { red: 2 }, completedOnTime: rate(0, 2), impactEvidenced: rate(0, 0) });
    // Police: A1 A10 on time, A2 late, A5 A9 amber.
    expect(owners[2]).toMatchObject({ total: 5, open: 2, completed: 3, byBrag: { blue: 3, amber: 2 }, completedOnTime: rate(2, 3), impactEvidenced: rate(2, 3) });

    // "learning from practice " is the same committee as "Learning from Practice"; A6 has none.
    const committees = await summary('COMMITTEE');
    expect(committees.map((r) => [r.key, r.label, r.total])).toEqual([
      ['learning from practice', 'Learning from Practice', 5], // A1 A2 A3 A8 A9
      ['performance and qa', 'Performance and QA', 4], // A4 A5 A7 A10
      [null, 'No committee recorded', 1], // A6
    ]);
    expect(committees[0]).toMatchObject({ overdue: 1, byBrag: { blue: 3, red: 1, amber: 1, green: 0 }, completedOnTime: rate(2, 4), impactEvidenced: rate(1, 3) });
    expect(committees[1]).toMatchObject({ overdue: 1, byBrag: { blue: 1, red: 1, amber: 1, green: 0 }, completedOnTime: rate(1, 2), impactEvidenced: rate(1, 1) });

    // A2 has both themes, so the theme rows add up to 11, one more than the 10 actions.
    const themes = await summary('THEME');
    expect(themes.map((r) => [r.key, r.label, r.total, r.open, r.overdue])).toEqual([
      ['domestic-abuse', 'Domestic abuse', 4, 1, 1], // A2 A3 A7 A10
      ['neglect', 'Neglect', 4, 2, 0], // A1 A2 A5 A9
      [null, 'No theme', 3, 2, 1], // A4 A6 A8
    ]);
    expect(themes[0].completedOnTime).toEqual(rate(1, 3)); // A10 of A2 A3 A10 (A7 cancelled)

    const types = await summary('REVIEW_TYPE');
    expect(types.map((r) => [r.key, r.label, r.total])).toEqual([
      ['lcspr', 'LCSPR', 4],
      ['audit:multi-agency-case', 'Multi-agency case audit', 3],
      ['sar', 'Safeguarding adults review', 3],
    ]);
    const sources = await summary('REVIEW');
    expect(sources.map((r) => [r.key, r.label, r.total])).toEqual([
      [f.sar, 'Adult B (R2)', 3],
      [f.audit, 'Audit: Neglect MACA (AU1)', 3],
      [f.lcspr, 'Child A (R1)', 4],
    ]);
    const sectors = await summary('AGENCY_SECTOR');
    expect(sectors.map((r) => [r.key, r.label, r.total])).toEqual([
      ['education', 'Education', 2],
      ['health', 'Health', 3],
      ['police', 'Police', 5],
    ]);
  });

  it('lists overdue actions, most overdue first, with calendar days overdue, a page at a time', async () => {
    const f = await fixture();
    const filter = { partnershipIds: [f.pid] };
    const first = (await api.gql(OVERDUE, { filter, asOf: ASOF, first: 1 })).overdueActions;
    // A3: 31 Dec → 31 Mar is 31 + 28 + 31 = 90 days. A4: 1 Mar → 31 Mar is 30 days.
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(first.nodes).toEqual([{ brag: 'RED', daysOverdue: 90, completedOnTime: null, action: { ref: 'A3', dueOn: '2024-12-31', status: 'IN_PROGRESS' } }]);
    const second = (await api.gql(OVERDUE, { filter, asOf: ASOF, first: 1, after: first.pageInfo.endCursor })).overdueActions;
    expect(second).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
    expect(second.nodes.map((n: any) => [n.action.ref, n.daysOverdue])).toEqual([['A4', 30]]);

    // 1 May 2025: A3 90 + 30 + 1 = 121, A4 30 + 31 = 61, A9 31, A5 16.
    const may = (await api.gql(OVERDUE, { filter, asOf: '2025-05-01' })).overdueActions;
    expect(may.nodes.map((n: any) => [n.action.ref, n.daysOverdue])).toEqual([['A3', 121], ['A4', 61], ['A9', 31], ['A5', 16]]);
  });

  it('gives completion by quarter of due date, with empty quarters as zeros', async () => {
    const f = await fixture();
    const { actionCompletionSeries: series } = await api.gql(SERIES, {
      filter: { partnershipIds: [f.pid], from: '2024-04-01', to: '2025-09-30' },
      asOf: ASOF,
      grain: 'QUARTER',
    });
    const zero = { due: 0, completedOnTime: 0, completedLate: 0, outstanding: 0, overdue: 0, cancelled: 0 };
    expect(series).toEqual([
      // A10 (31 May) and A1 (30 Jun), both on time.
      { period: { label: '2024/25 Q1', start: '2024-04-01', end: '2024-06-30' }, ...zero, due: 2, completedOnTime: 2, onTimeRate: rate(2, 2) },
      // A2, completed 15 days late.
      { period: { label: '2024/25 Q2', start: '2024-07-01', end: '2024-09-30' }, ...zero, due: 1, completedLate: 1, onTimeRate: rate(0, 1) },
      // A3, still in progress and overdue.
      { period: { label: '2024/25 Q3', start: '2024-10-01', end: '2024-12-31' }, ...zero, due: 1, outstanding: 1, overdue: 1, onTimeRate: rate(0, 1) },
      // A4 (overdue), A8 (on time), A9 (due on asOf: outstanding, not yet overdue, so not rated); A7 cancelled is left out of due.
      { period: { label: '2024/25 Q4', start: '2025-01-01', end: '2025-03-31' }, ...zero, due: 3, completedOnTime: 1, outstanding: 2, overdue: 1, cancelled: 1, onTimeRate: rate(1, 2) },
      // A5 and A6, not due yet: no outcome to rate.
      { period: { label: '2025/26 Q1', start: '2025-04-01', end: '2025-06-30' }, ...zero, due: 2, outstanding: 2, onTimeRate: rate(0, 0) },
      { period: { label: '2025/26 Q2', start: '2025-07-01', end: '2025-09-30' }, ...zero, onTimeRate: rate(0, 0) },
    ]);

    // By financial year with no range: from the earliest due date (2024/25) to the latest (2025/26).
    const years = (await api.gql(SERIES, { filter: { partnershipIds: [f.pid] }, asOf: ASOF })).actionCompletionSeries;
    expect(years.map((p: any) => [p.period.label, p.due, p.completedOnTime])).toEqual([
      ['2024/25', 7, 3],
      ['2025/26', 2, 0],
    ]);
  });

  it('drills down from a summary cell, a BRAG count, a rate and a series period to the actions', async () => {
    const f = await fixture();
    const behind = async (vars: Record<string, unknown>) =>
      (await api.gql(BEHIND, { filter: { partnershipIds: [f.pid] }, asOf: ASOF, ...vars })).actionsBehind;

    // The committee row "Performance and QA", BRAG red: A4.
    const red = await behind({ group: { by: 'COMMITTEE', key: 'performance and qa' }, brag: 'RED' });
    expect(refsOf(red)).toEqual(['A4']);
    expect(red.nodes[0]).toMatchObject({ brag: 'RED', daysOverdue: 30 });
    // The completed-on-time numerator for 2024/25, by due date: A10 (31 May), A1 (30 Jun), A8 (31 Mar).
    const onTime = await behind({ filter: { partnershipIds: [f.pid], ...FY2425 }, cell: 'COMPLETED_ON_TIME' });
    expect(refsOf(onTime)).toEqual(['A10', 'A1', 'A8']);
    expect(onTime.nodes.every((n: any) => n.completedOnTime === true)).toBe(true);
    // The "No theme" row's open actions: A4, A6.
    expect(refsOf(await behind({ group: { by: 'THEME', key: null }, cell: 'OPEN' }))).toEqual(['A4', 'A6']);
    // The "Neglect" row's amber actions: A9 (due 31 Mar), A5 (15 Apr).
    expect(refsOf(await behind({ group: { by: 'THEME', key: 'neglect' }, brag: 'AMBER' }))).toEqual(['A9', 'A5']);
    // A status cell: the cancelled one.
    expect(refsOf(await behind({ status: 'CANCELLED' }))).toEqual(['A7']);
    // The series' 2024/25 Q4 "due": A4, A8, A9 (any day of the quarter selects it).
    const q4 = await behind({ grain: 'QUARTER', periodStart: '2025-02-14', cell: 'DUE' });
    expect(refsOf(q4).sort()).toEqual(['A4', 'A8', 'A9']);
    // Impact-evidenced numerator of the police row: A10, A2.
    expect(refsOf(await behind({ group: { by: 'OWNER_AGENCY', key: f.police }, cell: 'IMPACT_EVIDENCED' }))).toEqual(['A10', 'A2']);
  });

  it('feeds the metric catalogue, percentages from 0 to 100', async () => {
    const f = await fixture();
    const scope = { partnershipIds: [f.pid], ...FY2425, asOf: ASOF };
    const value = (key: string) => {
      const metric = METRIC_CATALOGUE.get(key);
      if (!metric) throw new Error(`no metric ${key}`);
      return metric.compute(db.manager, scope);
    };
    // 2024/25: A3 A4 A9 open; A3 A4 overdue; on time 3 of 6 (4 completed + 2 overdue); impact 2 of 4.
    expect(await value('actions-open')).toEqual({ value: 3 });
    expect(await value('actions-overdue')).toEqual({ value: 2 });
    expect(await value('actions-completed-on-time')).toEqual({ value: 50, numerator: 3, denominator: 6 });
    expect(await value('actions-impact-evidenced')).toEqual({ value: 50, numerator: 2, denominator: 4 });

    // On 1 July 2025, of actions due in 2025/26: A5 and A6 overdue. Whatever year they were due, A3, A4 and A9
    // of 2024/25 too (the overdue list's default). Police own A5 and A9: the page filters reach the catalogue.
    const later = { partnershipIds: [f.pid], from: '2025-04-01', to: '2026-03-31', asOf: '2025-07-01' };
    const at = (key: string, scope: typeof later & { agencyId?: string }) => METRIC_CATALOGUE.get(key)?.compute(db.manager, scope);
    expect(await at('actions-overdue', later)).toEqual({ value: 2 });
    expect(await at('actions-overdue-any-year', later)).toEqual({ value: 5 });
    expect(await at('actions-overdue-any-year', { ...later, agencyId: f.police })).toEqual({ value: 2 });
  });

  it('rejects a range that ends before it starts, half a period and a foreign cursor, naming the field', async () => {
    const f = await fixture();
    const backwards = await api.raw(TOTALS, { filter: { partnershipIds: [f.pid], from: '2025-04-01', to: '2025-03-31' }, asOf: ASOF });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0]?.extensions?.fields?.map((x) => x.field)).toEqual(['filter.to']);

    const half = await api.raw(BEHIND, { filter: { partnershipIds: [f.pid] }, asOf: ASOF, grain: 'QUARTER' });
    expect(half.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(half.errors?.[0]?.extensions?.fields?.map((x) => x.field)).toEqual(['periodStart']);

    const cursor = await api.raw(OVERDUE, { filter: { partnershipIds: [f.pid] }, asOf: ASOF, after: 'bm90LWEtY3Vyc29y' });
    expect(cursor.errors?.[0]?.extensions?.fields?.map((x) => x.field)).toEqual(['after']);
  });

  it('computes BRAG and days overdue in SQL exactly as the TS rule does, at every boundary', async () => {
    const f = await setUp();
    const asOf = '2025-03-28'; // two days before the UK clock change
    const dues = ['2025-02-26', '2025-03-27', '2025-03-28', '2025-03-29', '2025-04-27', '2025-04-28', '2025-12-31'];
    const rows: ActionRow[] = [];
    for (const status of Object.values(ActionStatus)) {
      dues.forEach((dueOn, i) =>
        rows.push({ ref: `${status}-${i}`, source: f.lcspr, owner: f.police, dueOn, status, completedOn: isComplete(status) ? dueOn : null }),
      );
    }
    await insertActions(f.pid, rows);
    const { actionsBehind } = await api.gql(BEHIND, { filter: { partnershipIds: [f.pid] }, asOf, first: 500 });
    expect(actionsBehind.totalCount).toBe(rows.length);
    for (const node of actionsBehind.nodes) {
      // Judged on the status the action had on asOf: one completed after asOf was still open then.
      const row = onDay(rows.find((r) => r.ref === node.action.ref) as ActionRow, asOf);
      expect([row.ref, node.brag]).toEqual([row.ref, brag(row, asOf)?.toUpperCase() ?? null]);
      expect([row.ref, node.daysOverdue]).toEqual([row.ref, daysOverdue(row, asOf)]);
    }
  });

  it('keeps counts and rates consistent with a TS reference on generated action sets', async () => {
    const f = await setUp();
    const agencies = [f.police, f.icb, f.academy];
    const sources = [f.lcspr, f.sar, f.audit];
    const committees = ['Learning from Practice', 'Performance and QA', null];
    const themeIds = [f.neglect, f.da];
    const asOf = '2025-03-31';
    const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

    const action = fc.record({
      status: fc.constantFrom(...Object.values(ActionStatus)),
      due: fc.integer({ min: -45, max: 45 }),
      late: fc.integer({ min: -10, max: 10 }),
      owner: fc.nat(2),
      source: fc.nat(2),
      committee: fc.nat(2),
      themes: fc.subarray([0, 1]),
    });

    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 12 }), async (generated) => {
        await db.query('DELETE FROM actions WHERE partnership_id = $1', [f.pid]);
        const rows: ActionRow[] = generated.map((g, i) => ({
          ref: `G${i}`,
          source: sources[g.source] as string,
          owner: agencies[g.owner] as string,
          dueOn: shift(asOf, g.due),
          status: g.status,
          completedOn: shift(asOf, g.due + g.late),
          committee: committees[g.committee],
          themes: g.themes.map((t) => themeIds[t] as string),
        }));
        await insertActions(f.pid, rows);

        // The reference: the TS rules applied to the generated rows as they stood on asOf.
        const expected = (all: ActionRow[]) => {
          const subset = all.map((r) => onDay(r, asOf));
          const complete = subset.filter((r) => isComplete(r.status));
          const overdue = subset.filter((r) => daysOverdue(r, asOf) > 0);
          // Rated: the actions whose outcome is known on asOf, completed or overdue.
          const counted = [...complete, ...overdue];
          const bragOf = (b: string) => subset.filter((r) => brag(r, asOf) === b).length;
          return {
            total: subset.length,
            open: subset.filter((r) => isOpen(r.status)).length,
            completed: complete.length,
            overdue: overdue.length,
            byBrag: { blue: bragOf('blue'), red: bragOf('red'), amber: bragOf('amber'), green: bragOf('green') },
            completedOnTime: rate(complete.filter((r) => (r.completedOn as string) <= r.dueOn).length, counted.length),
            impactEvidenced: rate(subset.filter((r) => r.status === ActionStatus.IMPACT_EVIDENCED).length, complete.length),
          };
        };
        const filter = { partnershipIds: [f.pid] };
        const total = (await api.gql(TOTALS, { filter, asOf })).actionMetrics;
        expect(total).toMatchObject(expected(rows));

        const owners = (await api.gql(SUMMARY, { filter, asOf, groupBy: 'OWNER_AGENCY' })).actionPlanSummary as any[];
        for (const row of [total, ...owners]) {
          const s = row.byStatus;
          expect(s.notStarted + s.inProgress + s.completed + s.impactEvidenced + s.cancelled).toBe(row.total);
          const b = row.byBrag;
          expect(b.blue + b.red + b.amber + b.green).toBe(row.total - s.cancelled);
          for (const r of [row.completedOnTime, row.impactEvidenced]) {
            expect(r.numerator).toBeLessThanOrEqual(r.denominator);
            if (r.value !== null) expect(r.value >= 0 && r.value <= 1).toBe(true);
          }
        }
        expect(owners.reduce((n, r) => n + r.total, 0)).toBe(rows.length);
        for (const row of owners) expect(row).toMatchObject(expected(rows.filter((r) => r.owner === row.key)));

        const committeeRows = (await api.gql(SUMMARY, { filter, asOf, groupBy: 'COMMITTEE' })).actionPlanSummary as any[];
        for (const row of committeeRows) {
          expect(row).toMatchObject(expected(rows.filter((r) => (r.committee?.toLowerCase() ?? null) === row.key)));
        }
        // An action with both themes counts under each; an untagged one under the null key.
        const themeRows = (await api.gql(SUMMARY, { filter, asOf, groupBy: 'THEME' })).actionPlanSummary as any[];
        for (const row of themeRows) {
          const code = (id: string) => (id === f.neglect ? 'neglect' : 'domestic-abuse');
          const tagged = (r: ActionRow) => (row.key === null ? r.themes?.length === 0 : r.themes?.map(code).includes(row.key));
          expect(row).toMatchObject(expected(rows.filter(tagged)));
        }
      }),
      { numRuns: 15 },
    );
  });
});
