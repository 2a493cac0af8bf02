import { createTestPartnership, startTestApi, uniqueRef, type TestApi } from './harness';

/*
 * The annual report's referral decisions and review pauses and extensions, for 2024/25 (1 Apr 2024 to
 * 31 Mar 2025, as of 31 Mar 2025), on a children's partnership:
 *
 * Referrals       referred      route                decision (decided)        in 2024/25 as
 *   RF0           Thu 28 Mar 24 agency lead          other review (3 Apr 24)   — (2023/24: agency lead × another review)
 *   RF1           Wed 1 May 24  agency lead          no review (10 May 24)     agency lead × no review
 *   RF2           Mon 3 Jun 24  the Panel            rapid review (5 Jun 24)   Panel × rapid review
 *   RF3           Tue 9 Sep 24  another route        none yet                  another route × awaiting
 *   RF4           Thu 20 Mar 25 agency lead          notify (2 Apr 25)         agency lead × awaiting (decided after the year's end)
 * So: agency lead 2 (no review 1, awaiting 1), Panel 1, another route 1; 4 in all; the year before 1.
 *
 * Pauses and extensions (by the day each starts)
 *   R1 LCSPR  pause, criminal proceedings, 1 Jun – 1 Jul 24; and again 1 Aug – 20 Aug 24  → criminal proceedings × paused, once
 *   R2 PLR    extension, family engagement, from 1 Oct 24, agreed due 31 Jan 25           → family engagement × extended
 *   R3 LCSPR  pause, inquest, from 10 Apr 25                                              → not in 2024/25
 * So: criminal proceedings 1 (paused), family engagement 1 (extended); 2 in all, and R1 listed once.
 */
const TABLES = `query($pid: ID!) { annualReport(partnershipId: $pid, financialYear: "2024/25", mode: EXACT) {
  tables { key rowKeys columnKeys cells rowTotals columnTotals grandTotal previousGrandTotal } } }`;
const RECORDS = `query($pid: ID!, $table: AnnualReportTableKey!, $row: String, $col: String) {
  annualReport(partnershipId: $pid, financialYear: "2024/25") { records(table: $table, rowKey: $row, columnKey: $col) { ref kind } } }`;

describe('the annual report: referral decisions, and reviews paused or extended', () => {
  let api: TestApi;
  let pid: string;

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Referrals Report LSCP');
    const [agency] = (await api.db.query(`INSERT INTO agencies (partnership_id, ref, name, sector) VALUES ($1, $2, 'Report Police', 'police') RETURNING id`, [
      pid,
      uniqueRef('POL'),
    ])) as { id: string }[];
    const referral = (ref: string, on: string, route: string, decision: string | null, decided: string | null) =>
      api.db.query(
        `INSERT INTO referrals (partnership_id, ref, referred_on, route, referring_agency_id, criteria, decision, decided_on, decided_by, reasons)
         VALUES ($1, $2, $3, $4, $5, 'children-serious-incident', $6, $7, $8, $9)`,
        [pid, ref, on, route, route === 'agency-safeguarding-lead' ? agency?.id : null, decision, decided, decision ? 'chair' : null, decision === 'no-review' ? 'Single-agency learning only.' : null],
      );
    await referral('RF0', '2024-03-28', 'agency-safeguarding-lead', 'other-review', '2024-04-03');
    await referral('RF1', '2024-05-01', 'agency-safeguarding-lead', 'no-review', '2024-05-10');
    await referral('RF2', '2024-06-03', 'panel', 'rapid-review', '2024-06-05');
    await referral('RF3', '2024-09-09', 'other', null, null);
    await referral('RF4', '2025-03-20', 'agency-safeguarding-lead', 'notify', '2025-04-02');

    const review = async (ref: string, type: string, initiated: string) =>
      ((await api.db.query(
        `INSERT INTO reviews (partnership_id, ref, type, title, status, initiated_on, family_participation)
         VALUES ($1, $2, $3, 'Review', 'in-progress', $4, 'not-yet-offered') RETURNING id`,
        [pid, ref, type, initiated],
      )) as { id: string }[])[0]?.id;
    const change = (reviewId: string | undefined, kind: string, reason: string, starts: string, ends: string | null, agreedDue: string | null) =>
      api.db.query(
        `INSERT INTO review_timescale_changes (partnership_id, review_id, kind, reason, starts_on, ends_on, agreed_due_on, agreed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [pid, reviewId, kind, reason, starts, ends, agreedDue, agreedDue ? 'the chair' : null],
      );
    const r1 = await review('R1', 'lcspr', '2024-04-15');
    await change(r1, 'pause', 'criminal-proceedings', '2024-06-01', '2024-07-01', null);
    await change(r1, 'pause', 'criminal-proceedings', '2024-08-01', '2024-08-20', null);
    await change(await review('R2', 'plr', '2024-05-01'), 'extension', 'family-engagement', '2024-10-01', null, '2025-01-31');
    await change(await review('R3', 'lcspr', '2025-03-03'), 'pause', 'inquest', '2025-04-10', null, null);
  }, 120_000);
  afterAll(() => api?.close());

  const table = async (key: string) => {
    const { annualReport } = await api.gql(TABLES, { pid });
    return (annualReport.tables as { key: string }[]).find((t) => t.key === key) as Record<string, unknown>;
  };

  it('counts referrals by route and the decision on the year’s last day, awaiting when decided later', async () => {
    expect(await table('REFERRALS_BY_ROUTE_AND_DECISION')).toMatchObject({
      rowKeys: ['agency-safeguarding-lead', 'panel', 'other'],
      columnKeys: ['notify', 'rapid-review', 'other-review', 'no-review', 'awaiting'],
      cells: [['0', '0', '0', '1', '1'], ['0', '1', '0', '0', '0'], ['0', '0', '0', '0', '1']],
      rowTotals: ['2', '1', '1'],
      grandTotal: '4',
      previousGrandTotal: '1',
    });
    const awaiting = (await api.gql(RECORDS, { pid, table: 'REFERRALS_BY_ROUTE_AND_DECISION', col: 'awaiting' })).annualReport.records;
    expect(awaiting.map((r: { ref: string }) => r.ref).sort()).toEqual(['RF3', 'RF4']);
    expect(awaiting[0].kind).toBe('referral');
  });

  it('counts reviews paused or extended in the year by reason, each review once per reason and kind', async () => {
    expect(await table('REVIEW_TIMESCALE_CHANGES_BY_REASON')).toMatchObject({
      rowKeys: ['criminal-proceedings', 'family-engagement'],
      columnKeys: ['pause', 'extension'],
      cells: [['1', '0'], ['0', '1']],
      grandTotal: '2',
      previousGrandTotal: '0',
    });
    const paused = (await api.gql(RECORDS, { pid, table: 'REVIEW_TIMESCALE_CHANGES_BY_REASON', row: 'criminal-proceedings' })).annualReport.records;
    expect(paused).toEqual([{ ref: 'R1', kind: 'review' }]);
  });
});
