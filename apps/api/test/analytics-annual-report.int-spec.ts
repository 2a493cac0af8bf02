import { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, type TestApi } from './harness';

const TABLE_FIELDS = 'key title rowHeaders rowKeys columnHeaders columnKeys cells rowTotals columnTotals grandTotal suppressed';
const PREVIOUS_FIELDS = 'key disclosure rowHeading previousRowTotals previousColumnTotals previousGrandTotal';
const REPORT = `query($pid: ID!, $year: String!, $mode: ReportMode) {
  annualReport(partnershipId: $pid, financialYear: $year, mode: $mode) {
    partnershipId financialYear mode suppressionThreshold asOf partnership { id name }
    year { grain start end label } previousYear { start end label }
    tables { ${TABLE_FIELDS} }
  } }`;
const HEADLINES = `query($pid: ID!, $year: String!, $mode: ReportMode) {
  annualReport(partnershipId: $pid, financialYear: $year, mode: $mode) {
    headlines { key label unit disclosure current previous currentValue previousValue currentNumerator currentDenominator change changeValue suppressed }
  } }`;
const RECORDS = `query($pid: ID!, $table: AnnualReportTableKey!, $row: String, $col: String) {
  annualReport(partnershipId: $pid, financialYear: "2024/25") {
    records(table: $table, rowKey: $row, columnKey: $col) { id ref kind rowKey columnKey } } }`;

/**
 * The fixture, for the financial year 2024/25 (1 April 2024 to 31 March 2025; as of 31 March 2025):
 *
 * Notifications (by date aware) — in 2024/25:      Published (threshold 5):
 *                 U1  1-5 6-10 11-15 16-17 | T                  U1 1-5 6-10 11-15 16-17 | T
 *   death          3   0    0     7    0   | 10      death         c   0   0    c     0  | 10
 *   serious harm   8   6    0     9    0   | 23      serious harm  c   6   0    c     0  | 23
 *   total         11   6    0    16    0   | 33      total        11   6   0   16     0  | 33
 *   3 is hidden (1–5). Its row then has one hidden count: the next smallest non-zero, 7, is hidden
 *   (so 10 − 7 cannot give 3 back). Its column has one: 8 is hidden (smaller than the total 11).
 *   The serious-harm row then has one (8): 9 is hidden, because its column already has one (7) and
 *   this mends both. Now 3 + 7 = 10, 3 + 8 = 11, 7 + 9 = 16 and 8 + 9 = 17: any split fits.
 *   Plus 4 notifications in 2023/24 (the year before) and 1 in 2025/26, not counted.
 *
 * Disclosure (DESIGN.md section 4): only the notifications table counts people by their
 * characteristics (children by harm and age band), so only it is suppressed when published. The
 * other tables and every headline count the partnership's own work and are published as they are.
 *
 * Reviews initiated in 2024/25: 2 rapid reviews completed, 1 LCSPR in progress, 1 SAR published;
 *   plus an LCSPR of 2023/24 and a DHR of 2025/26, not counted. Published as they are (work).
 *
 * Actions (as of D = 2025-03-31), by owner sector and BRAG:
 *   A1  police  due 2024-09-30 completed 2024-09-15   blue
 *   A2  police  due 2025-01-31 not started            red (due before D)
 *   A10 police  due 2025-03-31 in progress            amber (due on D: not yet overdue)
 *   A3  health  due 2025-04-15 in progress            amber (D + 15 days)
 *   A4  health  due 2025-06-30 not started            green (beyond D + 30)
 *   A5  health  due 2025-02-28 completed 2025-04-10   red (completed after D, so open and overdue on D)
 *   A9  CSC     due 2025-04-30 in progress (audit)    amber (exactly D + 30)
 *   A6  CSC     completed 2024-03-15, before the year         not counted
 *   A7  CSC     cancelled on 2025-01-10                       not counted
 *   A8  CSC     from a review initiated 2025-05-01, after D   not counted
 *                 blue red amber green | T
 *   police          1    1    1     0  | 3       Published: every count is 1–5 except the grand
 *   health          0    1    1     1  | 3       total 7, which stays (its row and column of totals
 *   CSC             0    0    1     0  | 1       each have 3 or 4 hidden entries).
 *   total           1    2    3     1  | 7
 *   Published as they are (work). The year before (D = 2024-03-31): only A6 (CSC, completed
 *   2024-03-15, within 2023/24) was on the plan: blue.
 *
 * Training places at the session of 2024-06-10 (a session of 2024-03-20 is in 2023/24):
 *                 attended  did not attend | T
 *   police            6          2         |  8
 *   health           10          0         | 10
 *   CSC               7          1         |  8
 *   total            23          3         | 26
 *   Published as they are (work: training the partnership ran). The year before: 4 police places.
 */
async function buildFixture(db: DataSource, pid: string): Promise<void> {
  const q = (sql: string, params: unknown[] = []) => db.query(sql, [pid, ...params]);
  const notifications: [string, string, string, number][] = [
    ['2024-06-03', 'death', 'under-1', 3],
    ['2024-09-12', 'death', '11-15', 7],
    ['2024-05-20', 'serious-harm', 'under-1', 8],
    ['2025-01-07', 'serious-harm', '1-5', 6],
    ['2025-03-31', 'serious-harm', '11-15', 9],
    ['2024-03-31', 'death', '16-17', 4],
    ['2025-04-01', 'death', 'under-1', 1],
  ];
  for (const [dateAware, harm, ageBand, n] of notifications) {
    await q(
      `INSERT INTO notifications (partnership_id, ref, date_aware, date_notified, harm, age_band)
       SELECT $1, concat('N-', $2::text, '-', $3::text, '-', $4::text, '-', g), $2::date, $2::date, $3, $4 FROM generate_series(1, $5::int) g`,
      [dateAware, harm, ageBand, n],
    );
  }

  await q(`INSERT INTO agencies (partnership_id, ref, name, sector) VALUES
    ($1, 'POL', 'Police', 'police'), ($1, 'HLT', 'Health', 'health'), ($1, 'CSC', 'Children''s Social Care', 'childrens-social-care')`);
  await q(`INSERT INTO reviews (partnership_id, ref, type, title, status, initiated_on, completed_on, published_on) VALUES
    ($1, 'RR1', 'rapid-review', 'Rapid review 1', 'completed', '2024-06-05', '2024-06-20', NULL),
    ($1, 'RR2', 'rapid-review', 'Rapid review 2', 'completed', '2024-09-14', '2024-10-01', NULL),
    ($1, 'L1', 'lcspr', 'LCSPR 1', 'in-progress', '2024-05-01', NULL, NULL),
    ($1, 'S1', 'sar', 'SAR 1', 'published', '2024-04-01', '2024-12-01', '2025-01-15'),
    ($1, 'L0', 'lcspr', 'LCSPR 0', 'in-progress', '2023-06-01', NULL, NULL),
    ($1, 'D1', 'dhr', 'DHR 1', 'proposed', '2025-05-01', NULL, NULL)`);
  await q(`INSERT INTO audits (partnership_id, ref, type, title, started_on) VALUES ($1, 'AU1', 'thematic', 'Neglect audit', '2024-10-01')`);

  const actions: [string, string, string, string, string, string | null][] = [
    ['A1', 'L1', 'POL', '2024-09-30', 'completed', '2024-09-15'],
    ['A2', 'L1', 'POL', '2025-01-31', 'not-started', null],
    ['A10', 'L1', 'POL', '2025-03-31', 'in-progress', null],
    ['A3', 'L1', 'HLT', '2025-04-15', 'in-progress', null],
    ['A4', 'L1', 'HLT', '2025-06-30', 'not-started', null],
    ['A5', 'L1', 'HLT', '2025-02-28', 'completed', '2025-04-10'],
    ['A9', 'AU1', 'CSC', '2025-04-30', 'in-progress', null],
    ['A6', 'L0', 'CSC', '2024-03-01', 'completed', '2024-03-15'],
    ['A7', 'L1', 'CSC', '2025-01-31', 'cancelled', null],
    ['A8', 'D1', 'CSC', '2025-07-31', 'not-started', null],
  ];
  for (const [ref, source, agency, dueOn, status, completedOn] of actions) {
    await q(
      // A7 was cancelled on 10 January 2025, before D.
      `INSERT INTO actions (partnership_id, ref, review_id, audit_id, owner_agency_id, title, due_on, status, completed_on, cancelled_on)
       SELECT $1, $2, (SELECT id FROM reviews WHERE partnership_id = $1 AND ref = $3),
         (SELECT id FROM audits WHERE partnership_id = $1 AND ref = $3),
         (SELECT id FROM agencies WHERE partnership_id = $1 AND ref = $4), $2, $5, $6, $7,
         CASE WHEN $6 = 'cancelled' THEN '2025-01-10'::date END`,
      [ref, source, agency, dueOn, status, completedOn],
    );
  }

  await q(`INSERT INTO training_courses (partnership_id, ref, title) VALUES ($1, 'C1', 'Neglect')`);
  await q(`INSERT INTO training_sessions (partnership_id, ref, course_id, session_date, capacity)
    SELECT $1, s.ref, c.id, s.d::date, 40 FROM training_courses c, (VALUES ('S0', '2024-03-20'), ('S1', '2024-06-10')) s(ref, d)
    WHERE c.partnership_id = $1`);
  const places: [string, string, boolean, number][] = [
    ['S1', 'POL', true, 6],
    ['S1', 'POL', false, 2],
    ['S1', 'HLT', true, 10],
    ['S1', 'CSC', true, 7],
    ['S1', 'CSC', false, 1],
    ['S0', 'POL', true, 4],
  ];
  for (const [session, agency, attended, n] of places) {
    await q(
      `INSERT INTO training_attendances (partnership_id, ref, session_id, agency_id, attended)
       SELECT $1, concat($2::text, '-', $3::text, '-', $6::text, '-', g),
         (SELECT id FROM training_sessions WHERE partnership_id = $1 AND ref = $2),
         (SELECT id FROM agencies WHERE partnership_id = $1 AND ref = $3), $4::boolean
       FROM generate_series(1, $5::int) g`,
      [session, agency, attended, n, attended ? 'came' : 'dna'],
    );
  }
}

const STATUSES = ['proposed', 'scoping', 'in-progress', 'report-drafted', 'completed', 'published', 'closed-unpublished'];

describe('Annual report dataset over GraphQL', () => {
  let api: TestApi;
  let pid: string;

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Annual Report LSCP');
    await buildFixture(api.db, pid);
  });
  afterAll(() => api.close());

  const tablesOf = async (mode: 'EXACT' | 'PUBLISHED', partnershipId = pid) => {
    const { annualReport } = await api.gql(REPORT, { pid: partnershipId, year: '2024/25', mode });
    return Object.fromEntries(annualReport.tables.map((t: { key: string }) => [t.key, t]));
  };

  it('names the year, the year before and the as-of date', async () => {
    const { annualReport } = await api.gql(REPORT, { pid, year: '2024/25' });
    expect(annualReport).toMatchObject({
      partnershipId: pid,
      financialYear: '2024/25',
      mode: 'PUBLISHED', // the default: it is a published output
      suppressionThreshold: 5,
      asOf: '2025-03-31',
      partnership: { id: pid, name: 'Annual Report LSCP' },
      year: { grain: 'FINANCIAL_YEAR', start: '2024-04-01', end: '2025-03-31', label: '2024/25' },
      previousYear: { start: '2023-04-01', end: '2024-03-31', label: '2023/24' },
    });
  });

  it('shows exact counts in EXACT mode', async () => {
    const t = await tablesOf('EXACT');
    expect(t['NOTIFICATIONS_BY_HARM_AND_AGE']).toEqual({
      key: 'NOTIFICATIONS_BY_HARM_AND_AGE',
      title: 'Serious incident notifications by harm and age of child',
      rowHeaders: ['Death', 'Serious harm'],
      rowKeys: ['death', 'serious-harm'],
      columnHeaders: ['Under 1', '1 to 5', '6 to 10', '11 to 15', '16 to 17'],
      columnKeys: ['under-1', '1-5', '6-10', '11-15', '16-17'],
      cells: [
        ['3', '0', '0', '7', '0'],
        ['8', '6', '0', '9', '0'],
      ],
      rowTotals: ['10', '23'],
      columnTotals: ['11', '6', '0', '16', '0'],
      grandTotal: '33',
      suppressed: false,
    });
    expect(t['REVIEWS_BY_TYPE_AND_STATUS']).toMatchObject({
      rowKeys: ['rapid-review', 'lcspr', 'sar'],
      columnKeys: STATUSES,
      cells: [
        ['0', '0', '0', '0', '2', '0', '0'],
        ['0', '0', '1', '0', '0', '0', '0'],
        ['0', '0', '0', '0', '0', '1', '0'],
      ],
      rowTotals: ['2', '1', '1'],
      columnTotals: ['0', '0', '1', '0', '2', '1', '0'],
      grandTotal: '4',
    });
    expect(t['ACTIONS_BY_SECTOR_AND_BRAG']).toMatchObject({
      rowKeys: ['police', 'health', 'childrens-social-care'],
      columnKeys: ['blue', 'red', 'amber', 'green'],
      cells: [
        ['1', '1', '1', '0'],
        ['0', '1', '1', '1'],
        ['0', '0', '1', '0'],
      ],
      rowTotals: ['3', '3', '1'],
      columnTotals: ['1', '2', '3', '1'],
      grandTotal: '7',
      suppressed: false,
    });
    expect(t['TRAINING_ATTENDANCE_BY_SECTOR']).toMatchObject({
      rowKeys: ['police', 'health', 'childrens-social-care'],
      columnKeys: ['attended', 'did-not-attend'],
      cells: [
        ['6', '2'],
        ['10', '0'],
        ['7', '1'],
      ],
      rowTotals: ['8', '10', '8'],
      columnTotals: ['23', '3'],
      grandTotal: '26',
    });
  });

  it('suppresses small counts of people by characteristic, and the counts that would reveal them, in PUBLISHED mode', async () => {
    const t = await tablesOf('PUBLISHED');
    expect(t['NOTIFICATIONS_BY_HARM_AND_AGE']).toMatchObject({
      cells: [
        ['c', '0', '0', 'c', '0'],
        ['c', '6', '0', 'c', '0'],
      ],
      rowTotals: ['10', '23'],
      columnTotals: ['11', '6', '0', '16', '0'],
      grandTotal: '33',
      suppressed: true,
    });
  });

  it("publishes the partnership's work as it is: reviews, actions and training tables equal the exact ones", async () => {
    const published = await tablesOf('PUBLISHED');
    const exact = await tablesOf('EXACT');
    for (const key of ['REVIEWS_BY_TYPE_AND_STATUS', 'ACTIONS_BY_SECTOR_AND_BRAG', 'TRAINING_ATTENDANCE_BY_SECTOR']) {
      expect(published[key]).toEqual(exact[key]);
      expect(published[key]).toMatchObject({ suppressed: false });
    }
    expect(published['REVIEWS_BY_TYPE_AND_STATUS']).toMatchObject({
      cells: [
        ['0', '0', '0', '0', '2', '0', '0'],
        ['0', '0', '1', '0', '0', '0', '0'],
        ['0', '0', '0', '0', '0', '1', '0'],
      ],
      grandTotal: '4',
    });
    expect(published['ACTIONS_BY_SECTOR_AND_BRAG']).toMatchObject({ rowTotals: ['3', '3', '1'], columnTotals: ['1', '2', '3', '1'], grandTotal: '7' });
    expect(published['TRAINING_ATTENDANCE_BY_SECTOR']).toMatchObject({ cells: [['6', '2'], ['10', '0'], ['7', '1']], columnTotals: ['23', '3'] });
  });

  it("marks each table's kind and puts the year before's totals beside it, by the same rules", async () => {
    const previous = async (mode: 'EXACT' | 'PUBLISHED') =>
      (
        await api.gql(`query($pid: ID!, $mode: ReportMode) { annualReport(partnershipId: $pid, financialYear: "2024/25", mode: $mode) {
          tables { ${PREVIOUS_FIELDS} } } }`, { pid, mode })
      ).annualReport.tables;
    // 2023/24: 4 notifications (death, 16 to 17); L0 (an LCSPR); A6 (CSC, blue); 4 police places.
    expect(await previous('EXACT')).toEqual([
      {
        key: 'NOTIFICATIONS_BY_HARM_AND_AGE',
        disclosure: 'PEOPLE_BY_CHARACTERISTIC',
        rowHeading: 'Harm',
        previousRowTotals: ['4', '0'],
        previousColumnTotals: ['0', '0', '0', '0', '4'],
        previousGrandTotal: '4',
      },
      { key: 'REVIEWS_BY_TYPE_AND_STATUS', disclosure: 'WORK', rowHeading: 'Review type', previousRowTotals: ['0', '1', '0'], previousColumnTotals: ['0', '0', '1', '0', '0', '0', '0'], previousGrandTotal: '1' },
      { key: 'ACTIONS_BY_SECTOR_AND_BRAG', disclosure: 'WORK', rowHeading: 'Owner agency sector', previousRowTotals: ['0', '0', '1'], previousColumnTotals: ['1', '0', '0', '0'], previousGrandTotal: '1' },
      { key: 'TRAINING_ATTENDANCE_BY_SECTOR', disclosure: 'WORK', rowHeading: 'Agency sector', previousRowTotals: ['4', '0', '0'], previousColumnTotals: ['4', '0'], previousGrandTotal: '4' },
      { key: 'RECOMMENDATIONS_BY_RESPONSE', disclosure: 'WORK', rowHeading: 'Made by', previousRowTotals: [], previousColumnTotals: ['0', '0', '0', '0'], previousGrandTotal: '0' },
      // The fixture has no referrals and no pauses or extensions (annual-report-referrals.int-spec.ts has them).
      { key: 'REFERRALS_BY_ROUTE_AND_DECISION', disclosure: 'WORK', rowHeading: 'Referred by', previousRowTotals: [], previousColumnTotals: ['0', '0', '0', '0', '0'], previousGrandTotal: '0' },
      { key: 'REVIEW_TIMESCALE_CHANGES_BY_REASON', disclosure: 'WORK', rowHeading: 'Reason', previousRowTotals: [], previousColumnTotals: ['0', '0'], previousGrandTotal: '0' },
    ]);
    // Published: the grand total 4 is the headline count of notifications (work), shown as it is; so the
    // 4 children cannot be hidden by hiding it, and the breakdown is hidden around it instead (a zero
    // row total next to 4 would give the 4 away, so it goes too). The work tables stay exact.
    const published = await previous('PUBLISHED');
    expect(published[0]).toMatchObject({ previousRowTotals: ['c', 'c'], previousColumnTotals: ['c', '0', '0', '0', 'c'], previousGrandTotal: '4' });
    expect(published.slice(1)).toEqual((await previous('EXACT')).slice(1));
  });

  it('puts each headline figure beside the year before; work figures are exact when published', async () => {
    const exact = (await api.gql(HEADLINES, { pid, year: '2024/25', mode: 'EXACT' })).annualReport.headlines;
    const published = (await api.gql(HEADLINES, { pid, year: '2024/25', mode: 'PUBLISHED' })).annualReport.headlines;
    expect(exact.map((f: { key: string }) => f.key)).toEqual([
      'notifications',
      'notifications-on-time',
      'rapid-reviews-on-time',
      'reviews-started',
      'reviews-completed',
      'reviews-published',
      'actions-completed-on-time',
      'actions-overdue',
      'training-reach',
      'training-practice-change',
      'audit-good-or-better',
    ]);
    // Every headline counts the partnership's work (or a rate built on it): published as it is.
    expect(published.map((f: { disclosure: string }) => f.disclosure)).toEqual(exact.map(() => 'WORK'));
    expect(published).toEqual(exact);
    expect(published.filter((f: { suppressed: boolean }) => f.suppressed)).toEqual([]);
    // Notifications by date aware: 33 in 2024/25 (3 + 7 + 8 + 6 + 9), 4 in 2023/24: both shown, 4 included.
    expect(published.find((f: { key: string }) => f.key === 'notifications')).toMatchObject({
      unit: 'count',
      current: '33',
      previous: '4',
      currentValue: 33,
      previousValue: 4,
      change: '+29',
      changeValue: 29,
      suppressed: false,
    });
    // All 33 were notified the day they became aware: 33 of 33 on time, 100%.
    expect(published.find((f: { key: string }) => f.key === 'notifications-on-time')).toMatchObject({
      unit: 'percent',
      current: '100',
      currentNumerator: '33',
      currentDenominator: '33',
    });
    // Reviews initiated: 4 in 2024/25 (RR1, RR2, L1, S1), 1 in 2023/24 (L0): small, and published as they are.
    expect(published.find((f: { key: string }) => f.key === 'reviews-started')).toMatchObject({ current: '4', previous: '1', change: '+3' });
    // Completed in 2024/25: RR1, RR2 and S1; published: S1.
    expect(published.find((f: { key: string }) => f.key === 'reviews-completed')).toMatchObject({ current: '3' });
    expect(published.find((f: { key: string }) => f.key === 'reviews-published')).toMatchObject({ current: '1' });
  });

  it('lists the records behind a cell, a row, a column and a whole table', async () => {
    const records = async (table: string, row?: string, col?: string) =>
      (await api.gql(RECORDS, { pid, table, row, col })).annualReport.records as { ref: string; kind: string }[];

    const cell = await records('NOTIFICATIONS_BY_HARM_AND_AGE', 'death', 'under-1');
    expect(cell.map((r) => r.ref)).toEqual([
      'N-2024-06-03-death-under-1-1',
      'N-2024-06-03-death-under-1-2',
      'N-2024-06-03-death-under-1-3',
    ]);
    expect(cell[0]).toMatchObject({ kind: 'notification', rowKey: 'death', columnKey: 'under-1' });

    expect((await records('ACTIONS_BY_SECTOR_AND_BRAG', undefined, 'red')).map((r) => r.ref)).toEqual(['A2', 'A5']);
    expect((await records('ACTIONS_BY_SECTOR_AND_BRAG', 'police')).map((r) => r.ref)).toEqual(['A1', 'A10', 'A2']);
    expect((await records('ACTIONS_BY_SECTOR_AND_BRAG')).map((r) => r.ref)).toEqual(['A1', 'A10', 'A2', 'A3', 'A4', 'A5', 'A9']);
    expect(await records('TRAINING_ATTENDANCE_BY_SECTOR')).toHaveLength(26);
    expect((await records('REVIEWS_BY_TYPE_AND_STATUS', 'rapid-review', 'completed')).map((r) => r.ref)).toEqual(['RR1', 'RR2']);
  });

  it('rejects a year that is not a financial year, and a row that is not in the table', async () => {
    const bad = await api.raw(REPORT, { pid, year: '2024/26' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['financialYear']);

    const malformed = await api.raw(REPORT, { pid, year: '2024-25' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['financialYear']);

    const row = await api.raw(RECORDS, { pid, table: 'ACTIONS_BY_SECTOR_AND_BRAG', row: 'purple' });
    expect(row.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['rowKey']);

    // A partnership that is not the caller's (or does not exist) is refused without saying which.
    const missing = await api.raw(REPORT, { pid: '00000000-0000-4000-8000-000000000000', year: '2024/25' });
    expect(missing.errors?.[0]).toMatchObject({ message: 'partnershipId is not one of your partnerships', extensions: { code: 'FORBIDDEN' } });
  });

  it('reports on several partnerships at once', async () => {
    const other = await createTestPartnership(api, 'Empty LSCP');
    const { annualReports } = await api.gql(
      `query($ids: [ID!]) { annualReports(partnershipIds: $ids, financialYear: "2024/25") {
         partnershipId tables { key grandTotal rowKeys } } }`,
      { ids: [pid, other] },
    );
    // By partnership name: "Annual Report LSCP" before "Empty LSCP". An empty partnership has every
    // table empty: fixed rows (harm) stay, rows shown only when they have records go.
    expect(annualReports.map((r: { partnershipId: string }) => r.partnershipId)).toEqual([pid, other]);
    // Tables of both are counted together (one query per table), each with its own figures.
    expect(annualReports[0].tables.map((t: { grandTotal: string }) => t.grandTotal)).toEqual(['33', '4', '7', '26', '0', '0', '0']);
    expect(annualReports[1].tables.map((t: { grandTotal: string }) => t.grandTotal)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    expect(annualReports[1].tables[0].rowKeys).toEqual(['death', 'serious-harm']);
    expect(annualReports[1].tables[1].rowKeys).toEqual([]);
  });

  it('counts the responses to the recommendations of reviews and audits completed in the year, as they stood on its last day', async () => {
    const own = await createTestPartnership(api, 'Responses LSCP');
    const gql = api.gql.bind(api);
    const { createReview } = await gql(`mutation($i: CreateReviewInput!) { createReview(input: $i) { id } }`, {
      i: { partnershipId: own, ref: 'L-RESP', type: 'LCSPR', title: 'Child T', initiatedOn: '2024-04-10', status: 'COMPLETED', completedOn: '2024-10-15' },
    });
    const { createAudit } = await gql(`mutation($i: CreateAuditInput!) { createAudit(input: $i) { id } }`, {
      i: { partnershipId: own, ref: 'AU-RESP', type: 'THEMATIC', title: 'Neglect', startedOn: '2024-05-01', completedOn: '2024-11-30' },
    });
    const rec = (i: Record<string, unknown>) => gql(`mutation($i: CreateRecommendationInput!) { createRecommendation(input: $i) { id } }`, { i: { text: 'Do better', ...i } });
    await rec({ reviewId: createReview.id, ref: 'R-A', response: 'ACCEPTED', respondedOn: '2024-12-01' });
    await rec({ reviewId: createReview.id, ref: 'R-N', response: 'NOT_ACCEPTED', respondedOn: '2025-01-20', responseReasons: 'The service is being recommissioned' });
    // Answered after the year ended: still awaited on 31 March 2025.
    await rec({ reviewId: createReview.id, ref: 'R-LATE', response: 'ACCEPTED', respondedOn: '2025-05-02' });
    await rec({ reviewId: createReview.id, ref: 'R-W' });
    await rec({ auditId: createAudit.id, ref: 'R-P', response: 'ACCEPTED_IN_PART', respondedOn: '2025-02-03', responseReasons: 'Health only' });
    const { annualReport } = await gql(REPORT, { pid: own, year: '2024/25', mode: 'EXACT' });
    const table = (annualReport.tables as { key: string }[]).find((t) => t.key === 'RECOMMENDATIONS_BY_RESPONSE');
    expect(table).toMatchObject({
      rowKeys: ['lcspr', 'audit'],
      columnHeaders: ['Accepted', 'Accepted in part', 'Not accepted', 'Awaited'],
      cells: [
        ['1', '0', '1', '2'],
        ['0', '1', '0', '0'],
      ],
      grandTotal: '5',
    });
    const { annualReport: behind } = await gql(RECORDS, { pid: own, table: 'RECOMMENDATIONS_BY_RESPONSE', row: 'lcspr', col: 'awaited' });
    expect(behind.records.map((r: { ref: string; kind: string }) => `${r.kind} ${r.ref}`)).toEqual(['recommendation R-LATE', 'recommendation R-W']);
  });

  it("applies the partnership's own threshold", async () => {
    // Threshold 10, notifications: 3, 7, 8, 6, 9, the death total 10 and the 1–5 column total 6 are
    // hidden at first sight. The row of column totals then has one hidden (6): of 11, 16 and the
    // grand total 33 (kept to the last), 11 is hidden. The column of row totals has one (10): 23 is
    // hidden. Left visible: 16 (= 7 + 9, both hidden), the zeros and the grand total 33.
    await api.gql(`mutation($id: ID!) { updatePartnership(id: $id, input: { suppressionThreshold: 10 }) { id } }`, { id: pid });
    expect((await tablesOf('PUBLISHED'))['NOTIFICATIONS_BY_HARM_AND_AGE']).toMatchObject({
      cells: [
        ['c', '0', '0', 'c', '0'],
        ['c', 'c', '0', 'c', '0'],
      ],
      rowTotals: ['c', 'c'],
      columnTotals: ['c', 'c', '0', '16', '0'],
      grandTotal: '33',
    });
    // Threshold 0: nothing is suppressed, published equals exact.
    await api.gql(`mutation($id: ID!) { updatePartnership(id: $id, input: { suppressionThreshold: 0 }) { id } }`, { id: pid });
    expect(await tablesOf('PUBLISHED')).toEqual(await tablesOf('EXACT'));
  });
});
