import { asOfFor, todayInEngland } from '@sli/analytics-domain';
import { createTestPartnership, startTestApi, type TestApi } from './harness';

/*
 * Year-end truth (DESIGN section 2, issue 8): last year's annual report reads the same after this
 * year's status changes. Everything is recorded through the API as a user would; only the dates
 * are in the past.
 */

const TABLE_FIELDS = 'key title rowHeaders rowKeys columnHeaders columnKeys cells rowTotals columnTotals grandTotal suppressed';
const REPORT = `query($pid: ID!, $year: String!) {
  annualReport(partnershipId: $pid, financialYear: $year, mode: EXACT) {
    financialYear mode asOf
    tables { ${TABLE_FIELDS} }
    headlines { key label unit current previous currentValue previousValue currentNumerator currentDenominator change changeValue suppressed }
    reviews: records(table: REVIEWS_BY_TYPE_AND_STATUS) { ref rowKey columnKey }
    actions: records(table: ACTIONS_BY_SECTOR_AND_BRAG) { ref rowKey columnKey }
  } }`;
const ACTION_METRICS = `query($filter: MetricFilter, $asOf: Date!) { actionMetrics(filter: $filter, asOf: $asOf) {
  total open completed overdue
  byStatus { notStarted inProgress completed impactEvidenced cancelled }
  byBrag { blue red amber green }
  completedOnTime { numerator denominator value } impactEvidenced { numerator denominator value } } }`;
const CREATE_REVIEW = `mutation($input: CreateReviewInput!) { createReview(input: $input) { id ref status } }`;
const UPDATE_REVIEW = `mutation($id: ID!, $input: UpdateReviewInput!) { updateReview(id: $id, input: $input) { id status } }`;
const HISTORY = `query($id: ID!) { review(id: $id) { status statusHistory { changedOn status recordedBy derived } } }`;
const CREATE_ACTION = `mutation($input: CreateActionInput!) { createAction(input: $input) { id status } }`;
const CHANGE_ACTION = `mutation($id: ID!, $input: ChangeActionStatusInput!) {
  changeActionStatus(id: $id, input: $input) { id status completedOn cancelledOn } }`;

describe('Year-end truth: last year reads the same next year', () => {
  let api: TestApi;
  let pid: string;
  const today = todayInEngland();

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Yearend Safeguarding Partnership', 'JOINT');
  });
  afterAll(() => api.close());

  const agency = async (name: string, sector: string) =>
    (await api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, { input: { partnershipId: pid, name, sector } }))
      .createAgency.id as string;
  const review = async (input: Record<string, unknown>) =>
    (await api.gql(CREATE_REVIEW, { input: { partnershipId: pid, ...input } })).createReview.id as string;
  const updateReview = (id: string, input: Record<string, unknown>) => api.gql(UPDATE_REVIEW, { id, input });
  const action = async (ref: string, reviewId: string, ownerAgencyId: string, dueOn: string) =>
    (await api.gql(CREATE_ACTION, { input: { partnershipId: pid, ref, title: `Action ${ref}`, reviewId, ownerAgencyId, dueOn } })).createAction
      .id as string;
  const changeAction = async (id: string, input: Record<string, unknown>) => (await api.gql(CHANGE_ACTION, { id, input })).changeActionStatus;
  const report = async (year: string) => (await api.gql(REPORT, { pid, year })).annualReport;
  const metricsAtYearEnd = async () =>
    (await api.gql(ACTION_METRICS, { filter: { partnershipIds: [pid], from: '2025-04-01', to: '2026-03-31' }, asOf: '2026-03-31' })).actionMetrics;

  it("keeps 2025/26's report, tables, headlines and drill-downs unchanged after 2026/27's status changes", async () => {
    const police = await agency('Yearend Police', 'POLICE');
    const health = await agency('Yearend ICB', 'HEALTH');

    // 2025/26: an LCSPR in progress at the year end; a SAR completed in February 2026; a DHR still proposed.
    const lcspr = await review({ type: 'LCSPR', title: 'Child R', initiatedOn: '2025-05-01' });
    await updateReview(lcspr, { status: 'IN_PROGRESS', termsAgreedOn: '2025-07-01' });
    const sar = await review({ type: 'SAR', title: 'Adult S', initiatedOn: '2025-06-10' });
    await updateReview(sar, { status: 'IN_PROGRESS', termsAgreedOn: '2025-08-01' });
    await updateReview(sar, { status: 'COMPLETED', completedOn: '2026-02-15' });
    const dhr = await review({ type: 'DHR', title: 'Adult T', initiatedOn: '2025-09-01' });
    // 2026/27: a rapid review, started and completed this year.
    await review({ type: 'RAPID_REVIEW', title: 'Child U', initiatedOn: '2026-05-01', status: 'COMPLETED', completedOn: '2026-05-20' });

    // Actions of the LCSPR, as of 31 March 2026:
    //   Y1 police due 2026-01-31 not started                    red (overdue)
    //   Y2 police due 2026-03-15 in progress (recorded today)   red (overdue)
    //   Y3 health due 2025-12-31 completed 2025-12-20           blue (on time)
    //   Y4 health due 2026-06-30 not started                    green (beyond 30 days)
    //   Y5 health due 2027-01-31 not started (2026/27)          green, and not due in 2025/26
    const y1 = await action('Y1', lcspr, police, '2026-01-31');
    const y2 = await action('Y2', lcspr, police, '2026-03-15');
    await changeAction(y2, { status: 'IN_PROGRESS' });
    const y3 = await action('Y3', lcspr, health, '2025-12-31');
    await changeAction(y3, { status: 'COMPLETED', completedOn: '2025-12-20' });
    const y4 = await action('Y4', lcspr, health, '2026-06-30');
    await action('Y5', lcspr, health, '2027-01-31');

    const before = await report('2025/26');
    const metricsBefore = await metricsAtYearEnd();

    // Not vacuous: the figures are the ones the dates give.
    expect(before).toMatchObject({ financialYear: '2025/26', mode: 'EXACT', asOf: '2026-03-31' });
    const table = (key: string) => before.tables.find((t: { key: string }) => t.key === key);
    expect(table('REVIEWS_BY_TYPE_AND_STATUS')).toMatchObject({
      rowKeys: ['lcspr', 'sar', 'dhr'],
      columnKeys: ['proposed', 'scoping', 'in-progress', 'report-drafted', 'completed', 'published', 'closed-unpublished'],
      cells: [
        ['0', '0', '1', '0', '0', '0', '0'],
        ['0', '0', '0', '0', '1', '0', '0'],
        ['1', '0', '0', '0', '0', '0', '0'],
      ],
    });
    expect(table('ACTIONS_BY_SECTOR_AND_BRAG')).toMatchObject({
      rowKeys: ['police', 'health'],
      columnKeys: ['blue', 'red', 'amber', 'green'],
      cells: [
        ['0', '2', '0', '0'],
        ['1', '0', '0', '2'],
      ],
    });
    const headline = (key: string) => before.headlines.find((h: { key: string }) => h.key === key);
    expect(headline('actions-overdue')).toMatchObject({ current: '2' });
    expect(headline('actions-completed-on-time')).toMatchObject({ currentNumerator: '1', currentDenominator: '3' });
    expect(headline('reviews-started')).toMatchObject({ current: '3' });
    expect(headline('reviews-completed')).toMatchObject({ current: '1' });
    expect(headline('reviews-published')).toMatchObject({ current: '0' });
    // Actions due in 2025/26 (Y1, Y2, Y3) as of its last day. Y2's move to in progress was recorded
    // today, so on 31 March 2026 it was still not started, as its updates say.
    expect(metricsBefore).toMatchObject({
      total: 3,
      open: 2,
      overdue: 2,
      byStatus: { notStarted: 2, inProgress: 0, completed: 1, cancelled: 0 },
      completedOnTime: { numerator: 1, denominator: 3 },
    });

    // This year, as a user would: the LCSPR completes, the SAR is published, the DHR starts scoping,
    // Y2 is cancelled, the overdue Y1 is completed late and Y4 on time.
    await updateReview(lcspr, { status: 'COMPLETED', completedOn: '2026-11-20' });
    await updateReview(sar, { status: 'PUBLISHED', publishedOn: '2026-12-01' });
    await updateReview(dhr, { status: 'SCOPING' });
    expect(await changeAction(y2, { status: 'CANCELLED', note: 'Superseded' })).toMatchObject({ status: 'CANCELLED', cancelledOn: today });
    expect(await changeAction(y1, { status: 'COMPLETED', completedOn: '2026-11-30' })).toMatchObject({ completedOn: '2026-11-30', cancelledOn: null });
    await changeAction(y4, { status: 'COMPLETED', completedOn: '2026-06-20' });

    expect(await report('2025/26')).toEqual(before);
    expect(await metricsAtYearEnd()).toEqual(metricsBefore);

    // The history behind it: the LCSPR's changes, each on the day it took effect.
    const { review: history } = await api.gql(HISTORY, { id: lcspr });
    expect(history.status).toBe('COMPLETED');
    expect(history.statusHistory.map((c: { changedOn: string; status: string; derived: boolean }) => [c.changedOn, c.status, c.derived])).toEqual([
      ['2025-05-01', 'PROPOSED', true], // derived from initiatedOn when the review was created
      ['2025-07-01', 'IN_PROGRESS', false], // on termsAgreedOn
      ['2026-11-20', 'COMPLETED', false], // on completedOn
    ]);
    const { review: dhrHistory } = await api.gql(HISTORY, { id: dhr });
    expect(dhrHistory.statusHistory.map((c: { changedOn: string; status: string }) => [c.changedOn, c.status])).toEqual([
      ['2025-09-01', 'PROPOSED'],
      [today, 'SCOPING'], // no date of its own: today in England
    ]);
  });

  it('judges the current year at today, never at its end in the future', async () => {
    const current = await report('2026/27');
    expect(current.asOf).toBe(asOfFor('2027-03-31', today));
    expect(current.asOf).toBe(today <= '2027-03-31' ? today : '2027-03-31');
    const past = await report('2024/25');
    expect(past.asOf).toBe('2025-03-31');
  });
});
