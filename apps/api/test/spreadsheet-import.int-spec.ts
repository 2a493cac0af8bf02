import { ImportService } from '@sli/exchange-api';
import { cliScope, runInScope } from '@sli/shared/api-core';
import { todayInEngland } from '@sli/shared/domain';
import { Workbook } from 'exceljs';
import { createTestPartnership, startTestApi, type Client, type TestApi } from './harness';

/*
 * Spreadsheets in (POST /api/import/spreadsheet): registers built here with ExcelJS the way business
 * units keep them — a merged title, notes above the headers, headers in their own words, dates as
 * date cells, UK text, Excel serials — previewed, refused whole for one bad row, committed,
 * re-imported unchanged, and an action-register download imported back to the same state.
 */

const HEADERS = ['Review Reference', 'Action No.', 'Recommendation', 'What will be done?', 'Lead Agency', 'Target Date (dd/mm/yyyy)', 'Progress', 'Date completed', 'Evidence of Impact'];

async function actionPlanXlsx(rows: unknown[][]): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet('Action plan');
  sheet.addRow(['LCSPR "Child T": multi-agency action plan']);
  sheet.mergeCells('A1:I1');
  sheet.addRow(['Monitored by the Learning from Practice Group; RAG reviewed monthly']);
  sheet.addRow([]);
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Rows of the large register: enough to show set-based writing; the 10,000-row timing is `npm run bench:sheets`. */
const ROWS = 2_000;

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('Spreadsheet import (POST /api/import/spreadsheet)', () => {
  let api: TestApi;
  let pref: string;
  let pid: string;
  const review = 'LCSPR-T';

  const send = async (client: Pick<Client, 'headers'>, bytes: Buffer, name: string, params: Record<string, string> = {}) => {
    const query = new URLSearchParams({ partnership: pref, ...params });
    const headers = { ...client.headers(), 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) };
    const res = await fetch(`${api.origin}/api/import/spreadsheet?${query}`, { method: 'POST', headers, body: new Uint8Array(bytes) });
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, type, body: type.includes('json') ? ((await res.json()) as any) : Buffer.from(await res.arrayBuffer()) };
  };
  const actions = () =>
    api.db.query(
      `SELECT a.ref, a.status, a.due_on::text AS "dueOn", a.completed_on::text AS "completedOn", o.ref AS owner, rc.ref AS recommendation, a.impact_evidence AS impact,
        (SELECT count(*)::int FROM action_updates u WHERE u.action_id = a.id) AS updates
       FROM actions a JOIN partnerships p ON p.id = a.partnership_id JOIN agencies o ON o.id = a.owner_agency_id
       LEFT JOIN recommendations rc ON rc.id = a.recommendation_id WHERE p.ref = $1 ORDER BY a.ref`,
      [pref],
    ) as Promise<Record<string, unknown>[]>;

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Sheetshire Safeguarding Children Partnership');
    [{ ref: pref }] = (await api.db.query(`SELECT ref FROM partnerships WHERE id = $1`, [pid])) as { ref: string }[];
    const p = pref;
    await runInScope(cliScope('test'), () =>
      api.app.get(ImportService).importBundle({
        format: 'sli-bundle',
        version: 1,
        partnerships: [],
        agencies: [
          { partnership: p, ref: 'POL', name: 'Sheetshire Police', sector: 'police' },
          { partnership: p, ref: 'ICB', name: 'Sheetshire Integrated Care Board', sector: 'health' },
          { partnership: p, ref: 'CSC', name: "Sheetshire Council Children's Services", sector: 'childrens-social-care' },
        ],
        reviews: [{ partnership: p, ref: review, type: 'lcspr', title: 'Child T', status: 'in-progress', initiatedOn: '2024-05-01' }],
        recommendations: [{ partnership: p, ref: `${review}/R1`, review, text: 'Strengthen professional curiosity in neglect cases' }],
        measures: [
          { partnership: p, ref: 'M-REREF', name: 'Re-referrals within 12 months', quadrant: 'better-off', polarity: 'lower-is-better', unit: 'percent',
            periodicity: 'quarter', source: 'entered', values: [{ periodStart: '2024-04-01', value: 21 }] },
          { partnership: p, ref: 'M-ONTIME', name: 'Notifications on time', quadrant: 'how-well', polarity: 'higher-is-better', unit: 'percent',
            periodicity: 'quarter', source: 'computed', metric: 'notifications-on-time' },
        ],
      }),
    );
  }, 60_000);

  afterAll(() => api?.close());

  const good = (): unknown[][] => [
    [review, 1, `${review}/R1`, 'Deliver neglect training to front-line officers', 'Sheetshire Police', day(2025, 6, 30), 'In progress', null, null],
    [review, 2, 'Strengthen professional curiosity in neglect cases', 'Audit use of the neglect toolkit', 'ICB', '30/09/2025', 'Completed', '15 September 2025', 'Audit shows toolkit used in 80% of cases'],
    [review, 3, null, 'Revise the escalation policy', "Sheetshire Council Children's Services", 45838, 'not started', null, null],
  ];

  it('previews a messy action plan: rows read under its title, each bad row with its column and reason, nothing written', async () => {
    const file = await actionPlanXlsx([
      ...good(),
      [review, 4, null, 'Brief GPs on the learning', 'Sheetshire Polce', '31/12/2025', 'In progress', null, null],
      [review, 5, null, 'Review the threshold document', 'ICB', '31/02/2026', 'In progress', null, null],
      [review, 6, null, 'Embed supervision prompts', 'CSC', '31/03/2026', 'Completed', null, null],
      [review, 7, null, 'Publish a 7-minute briefing', 'CSC', '31/03/2026', 'Done-ish', null, null],
    ]);
    const res = await send(api, file, 'child-t-action-plan.xlsx');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'action-plan', headerRow: 4, rows: 7, committed: false });
    expect(res.body.columns).toEqual(
      expect.arrayContaining([
        { field: 'source', label: 'Review ref', header: 'Review Reference' },
        { field: 'dueOn', label: 'Due date', header: 'Target Date (dd/mm/yyyy)' },
        { field: 'ref', label: 'Action ref', header: null },
      ]),
    );
    expect(res.body.problems).toEqual([
      { row: 8, column: 'Lead Agency', value: 'Sheetshire Polce', message: expect.stringContaining('is not an agency of partnership') },
      { row: 9, column: 'Target Date (dd/mm/yyyy)', value: '31/02/2026', message: expect.stringContaining('"31/02/2026" is not a day') },
      { row: 10, column: 'Date completed', message: 'is required when the "Progress" is completed' },
      { row: 11, column: 'Progress', value: 'Done-ish', message: expect.stringContaining('is not a status') },
    ]);
    expect(res.body.problems[0].message).toContain('Did you mean "Sheetshire Police"?');
    // The rows the importer accepted would create actions; the refused ones are not counted.
    expect(res.body).toMatchObject({ create: 3, update: 0, unchanged: 0 });
    expect(await actions()).toEqual([]);

    const report = await send(api, file, 'child-t-action-plan.xlsx', { format: 'xlsx' });
    expect(report.type).toContain('spreadsheetml');
    const book = new Workbook();
    await book.xlsx.load(report.body as any);
    const sheet = book.getWorksheet('Problems');
    if (!sheet) throw new Error('no Problems sheet');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Row', 'Column', 'Value', 'Problem']);
    expect(sheet.getRow(2).values).toEqual([undefined, 8, 'Lead Agency', 'Sheetshire Polce', expect.stringContaining('Did you mean')]);
    expect(sheet.rowCount).toBe(5);
  });

  it('commits all or nothing: one bad row refuses the file, the fixed file creates every action with its status update', async () => {
    const bad = await actionPlanXlsx([...good(), [review, 6, null, 'Embed supervision prompts', 'CSC', '31/03/2026', 'Completed', null, null]]);
    const refused = await send(api, bad, 'plan.xlsx', { commit: 'true' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ committed: false, problems: [{ row: 8, column: 'Date completed' }] });
    expect(await actions()).toEqual([]);

    const fixed = await actionPlanXlsx([...good(), [review, 6, null, 'Embed supervision prompts', 'CSC', '31/03/2026', 'Completed', day(2026, 1, 12), null]]);
    const done = await send(api, fixed, 'plan.xlsx', { commit: 'true' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ committed: true, problems: [], create: 4, update: 0, unchanged: 0 });
    expect(await actions()).toEqual([
      { ref: `${review}/A1`, status: 'in-progress', dueOn: '2025-06-30', completedOn: null, owner: 'POL', recommendation: `${review}/R1`, impact: null, updates: 1 },
      { ref: `${review}/A2`, status: 'completed', dueOn: '2025-09-30', completedOn: '2025-09-15', owner: 'ICB', recommendation: `${review}/R1`,
        impact: 'Audit shows toolkit used in 80% of cases', updates: 1 },
      { ref: `${review}/A3`, status: 'not-started', dueOn: '2025-06-30', completedOn: null, owner: 'CSC', recommendation: null, impact: null, updates: 1 },
      { ref: `${review}/A6`, status: 'completed', dueOn: '2026-03-31', completedOn: '2026-01-12', owner: 'CSC', recommendation: null, impact: null, updates: 1 },
    ]);

    // Again: nothing changes, no status update is added.
    const again = await send(api, fixed, 'plan.xlsx', { commit: 'true' });
    expect(again.body).toMatchObject({ committed: true, create: 0, update: 0, unchanged: 4 });
    expect((await actions()).map((a) => a.updates)).toEqual([1, 1, 1, 1]);

    // A changed status updates that action only, and is kept as an update.
    const [first0, ...rest] = good();
    const moved = [[...(first0 ?? []).slice(0, 6), 'Completed', '01/07/2025', null], ...rest];
    const changed = await send(api, await actionPlanXlsx(moved), 'plan-v2.xlsx', { commit: 'true' });
    expect(changed.body).toMatchObject({ committed: true, create: 0, update: 1, unchanged: 2 });
    const [first] = await actions();
    expect(first).toMatchObject({ status: 'completed', completedOn: '2025-07-01', updates: 2 });

    // The mapping is kept for the partnership.
    const [saved] = (await api.db.query(`SELECT columns FROM spreadsheet_mappings WHERE partnership_id = $1 AND kind = 'action-plan'`, [pid])) as { columns: Record<string, string> }[];
    expect(saved?.columns).toMatchObject({ dueOn: 'Target Date (dd/mm/yyyy)', ownerAgency: 'Lead Agency', number: 'Action No.' });
  });

  it('imports an action-register download back to the same state', async () => {
    const res = await fetch(`${api.origin}/api/exports`, {
      method: 'POST',
      headers: api.headers(),
      body: JSON.stringify({ list: 'action-register', format: 'xlsx', variables: { filter: { partnershipIds: [pid] }, asOf: '2026-12-01' } }),
    });
    expect(res.status).toBe(200);
    const exported = Buffer.from(await res.arrayBuffer());
    const before = await actions();
    const back = await send(api, exported, 'action-register.xlsx', { commit: 'true' });
    expect(back.body).toMatchObject({ kind: 'action-plan', committed: true, problems: [], create: 0, update: 0, unchanged: before.length });
    expect(await actions()).toEqual(before);

    const csv = await fetch(`${api.origin}/api/exports`, {
      method: 'POST',
      headers: api.headers(),
      body: JSON.stringify({ list: 'action-register', format: 'csv', variables: { filter: { partnershipIds: [pid] }, asOf: '2026-12-01' } }),
    });
    const fromCsv = await send(api, Buffer.from(await csv.arrayBuffer()), 'action-register.csv');
    expect(fromCsv.body).toMatchObject({ problems: [], create: 0, update: 0, unchanged: before.length });
  });

  it('reads a CSV of measure values with a byte-order mark, a title, blank trailing rows and Windows line ends', async () => {
    const csv =
      '\uFEFFRe-referrals return,,,\r\nQuarter ending figures from the local authority,,,\r\n,,,\r\n' +
      'Measure,Quarter,Actual,Comments\r\n' +
      'M-REREF,Q1 2024/25,21,\r\n' +
      'Re-referrals within 12 months,Q2 2024/25,19.5,"Fell after the front door changes, see note"\r\n' +
      're-referrals within 12 months,01/10/2024,18%,\r\n' +
      'Notifications on time,Q3 2024/25,90,\r\n' +
      'Re-referals,Q4 2024/25,17,\r\n' +
      'M-REREF,April 2025,16,\r\n' +
      ',,,\r\n,,,\r\n';
    const preview = await send(api, Buffer.from(csv, 'utf8'), 'rereferrals.csv');
    expect(preview.body).toMatchObject({ kind: 'measure-values', headerRow: 4, rows: 6, committed: false });
    expect(preview.body.problems).toEqual([
      { row: 8, column: 'Measure', value: 'Notifications on time', message: expect.stringContaining('is computed') },
      { row: 9, column: 'Measure', value: 'Re-referals', message: expect.stringContaining('Did you mean "Re-referrals within 12 months"?') },
      { row: 10, column: 'Quarter', value: 'April 2025', message: 'is a month, but "Re-referrals within 12 months" is reported by quarter' },
    ]);

    const fixed = csv.replace('Notifications on time,Q3 2024/25,90,\r\n', '').replace('Re-referals', 'M-REREF').replace('April 2025', 'Q1 2025/26');
    const done = await send(api, Buffer.from(fixed, 'utf8'), 'rereferrals.csv', { commit: 'true' });
    expect(done.body).toMatchObject({ committed: true, problems: [], create: 4, update: 0, unchanged: 1 });
    const values = await api.db.query(
      `SELECT v.period_start::text AS period, v.value::float AS value FROM measure_values v JOIN measures m ON m.id = v.measure_id
       JOIN partnerships p ON p.id = m.partnership_id WHERE p.ref = $1 AND m.ref = 'M-REREF' ORDER BY 1`,
      [pref],
    );
    expect(values).toEqual([
      { period: '2024-04-01', value: 21 },
      { period: '2024-07-01', value: 19.5 },
      { period: '2024-10-01', value: 18 },
      { period: '2025-01-01', value: 17 },
      { period: '2025-04-01', value: 16 },
    ]);
    const again = await send(api, Buffer.from(fixed, 'utf8'), 'rereferrals.csv', { commit: 'true' });
    expect(again.body).toMatchObject({ committed: true, create: 0, update: 0, unchanged: 5 });
  });

  it('says what a file lacks, and refuses other roles and other partnerships', async () => {
    const book = new Workbook();
    book.addWorksheet('Sheet1').addRow(['Action ref', 'Action', 'Due date']);
    const lacking = await send(api, Buffer.from(await book.xlsx.writeBuffer()), 'short.xlsx', { as: 'action-plan' });
    expect(lacking.body.problems).toEqual([{ row: 1, column: null, message: 'No column for "Review ref", "Owner agency", "Status": name the column or map it' }]);
    const junk = await send(api, Buffer.from('PK\u0003\u0004 not really a zip'), 'junk.xlsx');
    expect(junk.body.problems[0]).toMatchObject({ row: null, message: expect.stringContaining('cannot be read') });

    const [police] = (await api.db.query(`SELECT a.id FROM agencies a WHERE a.partnership_id = $1 AND a.ref = 'POL'`, [pid])) as { id: string }[];
    const lead = await api.as('agency-lead', { partnershipIds: [pid], agencyId: police?.id });
    expect((await send(lead, Buffer.from('a,b'), 'x.csv')).status).toBe(403);
    // The dashboard offers its import page by the same capability the route checks.
    const operations = async (client: Client) => (await client.gql<{ viewer: { operations: string[] } }>('{ viewer { operations } }')).viewer.operations;
    expect(await operations(api)).toContain('importSpreadsheet');
    expect(await operations(lead)).not.toContain('importSpreadsheet');
    const other = await api.as('admin', { partnershipIds: [await createTestPartnership(api, 'Elsewhere')] });
    const outside = await send(other, Buffer.from('a,b'), 'x.csv');
    expect(outside.status).toBe(400);
    expect(outside.body.errors[0].extensions.fields).toEqual([{ field: 'partnership', message: `"${pref}" is not one of your partnerships` }]);
  });

  describe('notification and review registers', () => {
    /** A register as kept: a merged title, a note, a blank row, then the headers. */
    const registerXlsx = async (title: string, headers: string[], rows: unknown[][]): Promise<Buffer> => {
      const book = new Workbook();
      const sheet = book.addWorksheet('Register');
      sheet.addRow([title]);
      sheet.mergeCells(1, 1, 1, headers.length);
      sheet.addRow(['Kept by the business unit; no names or identifying details']);
      sheet.addRow([]);
      sheet.addRow(headers);
      for (const row of rows) sheet.addRow(row);
      return Buffer.from(await book.xlsx.writeBuffer());
    };
    const download = async (list: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${api.origin}/api/exports`, { method: 'POST', headers: api.headers(), body: JSON.stringify({ list, format: 'xlsx', variables }) });
      expect(res.status).toBe(200);
      return Buffer.from(await res.arrayBuffer());
    };
    const notifications = () =>
      api.db.query(
        `SELECT n.ref, n.date_aware::text AS aware, n.date_notified::text AS notified, n.harm, n.age_band AS "ageBand", n.decision, n.summary,
           (SELECT string_agg(t.code, ',' ORDER BY t.code) FROM notification_themes nt JOIN themes t ON t.id = nt.theme_id WHERE nt.notification_id = n.id) AS themes
         FROM notifications n JOIN partnerships p ON p.id = n.partnership_id WHERE p.ref = $1 ORDER BY n.ref`,
        [pref],
      ) as Promise<Record<string, unknown>[]>;
    const reviews = () =>
      api.db.query(
        `SELECT r.ref, r.type, r.title, r.status, r.initiated_on::text AS initiated, n.ref AS notification, sr.ref AS "from", r.completed_on::text AS completed,
           r.published_on::text AS published, r.sent_to_panel_on::text AS sent, r.rapid_review_outcome AS outcome, r.national_review_recommended AS national,
           (SELECT string_agg(a.ref, ',' ORDER BY a.ref) FROM review_agencies ra JOIN agencies a ON a.id = ra.agency_id WHERE ra.review_id = r.id) AS agencies,
           (SELECT string_agg(t.code, ',' ORDER BY t.code) FROM review_themes rt JOIN themes t ON t.id = rt.theme_id WHERE rt.review_id = r.id) AS themes,
           (SELECT count(*)::int FROM review_status_changes c WHERE c.review_id = r.id) AS changes
         FROM reviews r JOIN partnerships p ON p.id = r.partnership_id LEFT JOIN notifications n ON n.id = r.notification_id
         LEFT JOIN reviews sr ON sr.id = r.source_review_id WHERE p.ref = $1 AND r.ref <> $2 ORDER BY r.ref`,
        [pref, review],
      ) as Promise<Record<string, unknown>[]>;

    beforeAll(async () => {
      const p = pref;
      await runInScope(cliScope('test'), () =>
        api.app.get(ImportService).importBundle({
          format: 'sli-bundle',
          version: 1,
          partnerships: [],
          notifications: [
            { partnership: p, ref: 'N-SEED', dateAware: '2025-01-02', dateNotified: '2025-01-08', harm: 'death', ageBand: 'under-1', decision: 'rapid-review' },
            { partnership: p, ref: 'N-LATE', dateAware: '2025-02-03', dateNotified: '2025-02-10', harm: 'serious-harm', ageBand: '1-5', decision: 'rapid-review' },
          ],
          reviews: [
            { partnership: p, ref: 'RR-SEED', type: 'rapid-review', title: 'Child S', status: 'in-progress', notification: 'N-SEED', initiatedOn: '2025-01-08',
              infoRequestedOn: '2025-01-09', meetingOn: '2025-01-20', sentToPanelOn: '2025-01-29' },
          ],
        }),
      );
    });

    const NOTE_HEADERS = ['Notification Ref', 'Date LA became aware', 'Date notified to the Panel', 'Death or serious harm', "Child's age", 'Rapid review decision', 'Key themes', 'Brief summary'];
    const goodNotes = (): unknown[][] => [
      ['N-1', day(2025, 3, 3), '05/03/2025', 'Death', 'Under 1', 'Rapid review', 'Neglect; Domestic abuse', 'Infant died; neglect suspected'],
      ['N-2', '3 February 2025', 45693, 'Serious harm', 7, 'No', 'neglect', null],
      ['N-3', '10/03/2025', null, 'serious harm', '16–17', null, 'Ethnicity, culture and identity, Neglect', null],
    ];

    it('previews and commits a messy notifications register, each bad row named by column and reason, then re-imports unchanged', async () => {
      const messy = await registerXlsx('Serious incident notifications 2024/25', NOTE_HEADERS, [
        ...goodNotes(),
        ['N-4', '12/03/2025', '11/03/2025', 'Death', '1-5', 'Pending', null, null],
        ['N-5', '01/04/2025', null, 'Injured', '11-15', null, null, null],
        ['N-6', '01/04/2025', null, 'Death', 19, null, 'Neglekt', null],
        ['N-SEED', '02/01/2025', '10/02/2025', 'Death', 'Under 1', 'Rapid review', null, null],
      ]);
      const preview = await send(api, messy, 'notifications.xlsx');
      expect(preview.body).toMatchObject({ kind: 'notifications', headerRow: 4, rows: 7, committed: false, create: 3, update: 0 });
      expect(preview.body.problems).toEqual([
        { row: 8, column: 'Date notified to the Panel', message: 'must be on or after the date aware (12 March 2025)' },
        { row: 9, column: 'Death or serious harm', value: 'Injured', message: '"Injured" is not one of Death or Serious harm' },
        { row: 10, column: "Child's age", value: '19', message: expect.stringContaining('"19" is not an age band') },
        { row: 10, column: 'Key themes', value: 'Neglekt', message: expect.stringContaining('Did you mean "Neglect"') },
        { row: 11, column: 'Date notified to the Panel', message: 'must be on or before the day its rapid review RR-SEED was sent to the Panel (29 January 2025)' },
      ]);
      expect(await notifications()).toHaveLength(2);

      const fixed = await registerXlsx('Serious incident notifications 2024/25', NOTE_HEADERS, goodNotes());
      const done = await send(api, fixed, 'notifications.xlsx', { commit: 'true' });
      expect(done.body).toMatchObject({ committed: true, problems: [], create: 3, update: 0, unchanged: 0 });
      expect((await notifications()).filter((n) => /^N-\d/.test(String(n['ref'])))).toEqual([
        { ref: 'N-1', aware: '2025-03-03', notified: '2025-03-05', harm: 'death', ageBand: 'under-1', decision: 'rapid-review', summary: 'Infant died; neglect suspected',
          themes: 'domestic-abuse,neglect' },
        { ref: 'N-2', aware: '2025-02-03', notified: '2025-02-05', harm: 'serious-harm', ageBand: '6-10', decision: 'no-rapid-review', summary: null, themes: 'neglect' },
        { ref: 'N-3', aware: '2025-03-10', notified: null, harm: 'serious-harm', ageBand: '16-17', decision: 'pending', summary: null, themes: 'ethnicity-culture,neglect' },
      ]);
      const again = await send(api, fixed, 'notifications.xlsx', { commit: 'true' });
      expect(again.body).toMatchObject({ committed: true, create: 0, update: 0, unchanged: 3 });
      const [saved] = (await api.db.query(`SELECT columns FROM spreadsheet_mappings WHERE partnership_id = $1 AND kind = 'notifications'`, [pid])) as { columns: Record<string, string> }[];
      expect(saved?.columns).toMatchObject({ dateAware: 'Date LA became aware', ageBand: "Child's age" });
    });

    const REVIEW_HEADERS = ['Review Reference', 'Type of review', 'Review title', 'Current status', 'Date initiated', 'Linked notification', 'Arising from',
      'Date completed', 'Date published', 'Information requested', 'Rapid review meeting date', 'Date sent to Panel', 'Rapid review outcome',
      'National review recommended', 'Agencies involved', 'Themes'];
    const goodReviews = (): unknown[][] => [
      ['RR-2', 'Rapid review', 'Child L', 'Completed', '10/02/2025', 'N-LATE', null, '28/02/2025', null, '11/02/2025', '20/02/2025', '28/02/2025', 'LCSPR', 'No',
        'Sheetshire Police; ICB', 'Neglect'],
      ['LCSPR-L', 'Local child safeguarding practice review', 'Child L', 'In progress', day(2025, 3, 14), 'N-LATE', 'RR-2', null, null, null, null, null, null, null, 'POL;ICB;CSC', null],
      ['SAR-1', 'SAR', 'Adult B', 'Published', '1 June 2024', null, null, '01/03/2025', '15/04/2025', null, null, null, null, null, null, 'Self-neglect'],
    ];

    it('previews and commits a messy reviews register under the same rules as the forms, then re-imports unchanged', async () => {
      const messy = await registerXlsx('Reviews register', REVIEW_HEADERS, [
        ...goodReviews(),
        ['RR-3', 'RR', 'Child M', 'In progress', '03/02/2025', 'N-LATE', null, null, null, '04/02/2025', '06/02/2025', '07/02/2025', null, null, null, null],
        ['PLR-1', 'PLR', 'Child P', 'Completed', '01/05/2024', null, null, null, null, null, null, null, null, null, null, null],
        ['X-1', 'Learning lunch', 'Child Q', 'In progress', '01/05/2024', 'N-NONE', null, null, null, null, null, null, null, null, 'Sheetshire Polise', null],
        ['LCSPR-M', 'LCSPR', 'Child M', 'Scoping', '01/05/2024', null, null, null, null, null, '06/05/2024', null, null, null, null, null],
      ]);
      const preview = await send(api, messy, 'reviews.xlsx');
      expect(preview.body).toMatchObject({ kind: 'reviews', headerRow: 4, rows: 7, committed: false });
      expect(preview.body.problems).toEqual([
        { row: 8, column: 'Date sent to Panel', message: 'must be on or after the date its notification was made (10 February 2025)' },
        { row: 9, column: 'Date completed', message: 'is required when the "Current status" is completed' },
        { row: 10, column: 'Type of review', value: 'Learning lunch', message: expect.stringContaining('"Learning lunch" is not one of Rapid review, LCSPR') },
        { row: 10, column: 'Linked notification', value: 'N-NONE', message: expect.stringContaining('is not a notification of partnership') },
        { row: 10, column: 'Agencies involved', value: 'Sheetshire Polise', message: expect.stringContaining('Did you mean "Sheetshire Police"?') },
        { row: 11, column: 'Rapid review meeting date', message: 'applies to rapid reviews only' },
      ]);
      expect(await reviews()).toHaveLength(1);

      const fixed = await registerXlsx('Reviews register', REVIEW_HEADERS, goodReviews());
      const done = await send(api, fixed, 'reviews.xlsx', { commit: 'true' });
      expect(done.body).toMatchObject({ committed: true, problems: [], create: 3, update: 0, unchanged: 0 });
      expect(await reviews()).toEqual([
        { ref: 'LCSPR-L', type: 'lcspr', title: 'Child L', status: 'in-progress', initiated: '2025-03-14', notification: 'N-LATE', from: 'RR-2', completed: null, published: null,
          sent: null, outcome: null, national: null, agencies: 'CSC,ICB,POL', themes: null, changes: 2 },
        { ref: 'RR-2', type: 'rapid-review', title: 'Child L', status: 'completed', initiated: '2025-02-10', notification: 'N-LATE', from: null, completed: '2025-02-28',
          published: null, sent: '2025-02-28', outcome: 'lcspr', national: false, agencies: 'ICB,POL', themes: 'neglect', changes: 2 },
        { ref: 'RR-SEED', type: 'rapid-review', title: 'Child S', status: 'in-progress', initiated: '2025-01-08', notification: 'N-SEED', from: null, completed: null,
          published: null, sent: '2025-01-29', outcome: null, national: null, agencies: null, themes: null, changes: 2 },
        { ref: 'SAR-1', type: 'sar', title: 'Adult B', status: 'published', initiated: '2024-06-01', notification: null, from: null, completed: '2025-03-01',
          published: '2025-04-15', sent: null, outcome: null, national: null, agencies: null, themes: 'self-neglect', changes: 3 },
      ]);
      const again = await send(api, fixed, 'reviews.xlsx', { commit: 'true' });
      expect(again.body).toMatchObject({ committed: true, create: 0, update: 0, unchanged: 3 });

      // A changed status updates that review and adds one change to its history, as the form does.
      const moved = goodReviews().map((row) => (row[0] === 'LCSPR-L' ? row.map((v, i) => (i === 3 ? 'Report drafted' : v)) : row));
      const changed = await send(api, await registerXlsx('Reviews register', REVIEW_HEADERS, moved), 'reviews.xlsx', { commit: 'true' });
      expect(changed.body).toMatchObject({ committed: true, create: 0, update: 1, unchanged: 2 });
      expect((await reviews()).find((r) => r['ref'] === 'LCSPR-L')).toMatchObject({ status: 'report-drafted', changes: 3 });
    });

    it('imports the notifications and reviews downloads back to the same state', async () => {
      const notesBefore = await notifications();
      const reviewsBefore = await reviews();
      const notes = await send(api, await download('notifications', { filter: { partnershipId: pid } }), 'notifications-download.xlsx', { commit: 'true' });
      expect(notes.body).toMatchObject({ kind: 'notifications', committed: true, problems: [], create: 0, update: 0, unchanged: notesBefore.length });
      const back = await send(api, await download('reviews', { filter: { partnershipId: pid }, asOf: '2026-12-01' }), 'reviews-download.xlsx', { commit: 'true' });
      expect(back.body).toMatchObject({ kind: 'reviews', committed: true, problems: [], create: 0, update: 0 });
      // Every review of the partnership: those of the registers and the action plan's.
      expect(back.body.unchanged).toBe(reviewsBefore.length + 1);
      expect(await notifications()).toEqual(notesBefore);
      expect(await reviews()).toEqual(reviewsBefore);
    });
  });

  describe('training register', () => {
    const NEGLECT = 'Neglect: recognising and responding';
    const HEADERS = ['Course title', 'Date of training', 'Organisation', 'Job role', 'Attended?', 'Confidence before (1-5)', 'Confidence after (1-5)', 'Satisfaction',
      'Changed practice?', 'Evaluated on'];
    /** A register as a trainer keeps it: a merged title over the columns, a note, a blank row, then the headers. */
    const registerXlsx = async (rows: unknown[][]): Promise<Buffer> => {
      const book = new Workbook();
      const sheet = book.addWorksheet('Register');
      sheet.addRow(['Multi-agency training register 2025/26']);
      sheet.mergeCells(1, 1, 1, HEADERS.length);
      sheet.addRow(['Roles only: no names of attendees']);
      sheet.addRow([]);
      sheet.addRow(HEADERS);
      for (const row of rows) sheet.addRow(row);
      return Buffer.from(await book.xlsx.writeBuffer());
    };
    const bookings = () =>
      api.db.query(
        `SELECT ta.ref, ts.ref AS session, a.ref AS agency, ta.role, ta.attended, e.confidence_before AS before, e.confidence_after AS after, e.satisfaction,
           e.submitted_on::text AS evaluated, fu.sent_on::text AS sent, fu.responded_on::text AS responded, fu.changed_practice AS changed
         FROM training_attendances ta JOIN partnerships p ON p.id = ta.partnership_id JOIN training_sessions ts ON ts.id = ta.session_id
         JOIN agencies a ON a.id = ta.agency_id LEFT JOIN training_evaluations e ON e.attendance_id = ta.id LEFT JOIN training_follow_ups fu ON fu.attendance_id = ta.id
         WHERE p.ref = $1 ORDER BY ta.ref`,
        [pref],
      ) as Promise<Record<string, unknown>[]>;

    beforeAll(async () => {
      const p = pref;
      await runInScope(cliScope('test'), () =>
        api.app.get(ImportService).importBundle({
          format: 'sli-bundle',
          version: 1,
          partnerships: [],
          agencies: [
            { partnership: p, ref: 'SCH', name: 'Oakfield Primary School', sector: 'education' },
            { partnership: p, ref: 'COL', name: 'Sheetshire College', sector: 'education' },
          ],
          trainingCourses: [
            { partnership: p, ref: 'TC-NEG', title: NEGLECT },
            { partnership: p, ref: 'TC-DA', title: 'Domestic abuse awareness' },
          ],
          trainingSessions: [
            { partnership: p, ref: 'TS-NEG-1', course: 'TC-NEG', sessionDate: '2025-05-06', capacity: 20 },
            { partnership: p, ref: 'TS-DA-1', course: 'TC-DA', sessionDate: '2025-06-10', capacity: 20 },
            { partnership: p, ref: 'TS-DA-2', course: 'TC-DA', sessionDate: '2025-06-10', capacity: 12, delivery: 'online' },
          ],
        }),
      );
    });

    const good = (): unknown[][] => [
      [NEGLECT, '06/05/2025', 'Sheetshire Police', 'Response officer', 'Yes', 2, 4, 5, 'Yes', null],
      ['TC-NEG', day(2025, 5, 6), 'Health', 'Health visitor', 'yes', 3, 4, null, 'No', '07/05/2025'],
      [NEGLECT, '6 May 2025', 'CSC', 'Social worker', 'No', null, null, null, null, null],
    ];

    it('previews a messy register with each bad row by column and reason, commits the fixed one, then re-imports unchanged', async () => {
      const messy = await registerXlsx([
        ...good(),
        [NEGLECT, '06/05/2025', 'Sheetshire Polce', 'Detective', 'Yes', 3, 4, 4, null, null],
        [NEGLECT, '06/05/2025', 'ICB', 'School nurse', 'Yes', 7, 4, null, null, null],
        [NEGLECT, '06/05/2025', 'Education', 'Teacher', 'Yes', null, null, null, null, null],
        ['Domestic abuse awareness', '10/06/2025', 'POL', 'Sergeant', 'Yes', null, null, null, null, null],
        [NEGLECT, '06/05/2025', 'CSC', 'Team manager', 'Yes', 2, 3, null, null, '01/05/2025'],
      ]);
      const preview = await send(api, messy, 'training-register.xlsx');
      expect(preview.body).toMatchObject({ kind: 'training-register', headerRow: 4, rows: 8, committed: false });
      expect(preview.body.problems).toEqual([
        { row: 8, column: 'Organisation', value: 'Sheetshire Polce', message: expect.stringContaining('is not an agency or sector of partnership') },
        { row: 9, column: 'Confidence before (1-5)', value: '7', message: '"7" is not a score from 1 to 5' },
        { row: 10, column: 'Organisation', value: 'Education', message: expect.stringContaining('"Education" is the sector of 2 agencies') },
        { row: 11, column: 'Date of training', value: '10/06/2025', message: expect.stringContaining('has 2 sessions on 10 June 2025 (TS-DA-1, TS-DA-2)') },
        { row: 12, column: 'Evaluated on', message: 'must be on or after the session date (6 May 2025)' },
      ]);
      expect(preview.body.problems[0].message).toContain('Did you mean "Sheetshire Police"');
      expect(preview.body.problems[2].message).toContain('"Oakfield Primary School", "Sheetshire College"');
      expect(preview.body).toMatchObject({ create: 3, update: 0, unchanged: 0 });
      expect(await bookings()).toEqual([]);

      const fixed = await registerXlsx(good());
      const done = await send(api, fixed, 'training-register.xlsx', { commit: 'true' });
      expect(done.body).toMatchObject({ committed: true, problems: [], create: 3, update: 0, unchanged: 0 });
      // Keys: the session's ref and the row's place among its rows. Evaluated on the session date unless
      // given; the follow-up sent 8 weeks (the partnership's follow-up weeks) after it and answered then.
      expect(await bookings()).toEqual([
        { ref: 'TS-NEG-1/R1', session: 'TS-NEG-1', agency: 'POL', role: 'Response officer', attended: true, before: 2, after: 4, satisfaction: 5, evaluated: '2025-05-06',
          sent: '2025-07-01', responded: '2025-07-01', changed: true },
        { ref: 'TS-NEG-1/R2', session: 'TS-NEG-1', agency: 'ICB', role: 'Health visitor', attended: true, before: 3, after: 4, satisfaction: null, evaluated: '2025-05-07',
          sent: '2025-07-01', responded: '2025-07-01', changed: false },
        { ref: 'TS-NEG-1/R3', session: 'TS-NEG-1', agency: 'CSC', role: 'Social worker', attended: false, before: null, after: null, satisfaction: null, evaluated: null,
          sent: null, responded: null, changed: null },
      ]);
      const again = await send(api, fixed, 'training-register.xlsx', { commit: 'true' });
      expect(again.body).toMatchObject({ committed: true, problems: [], create: 0, update: 0, unchanged: 3 });
      const [saved] = (await api.db.query(`SELECT columns FROM spreadsheet_mappings WHERE partnership_id = $1 AND kind = 'training-register'`, [pid])) as {
        columns: Record<string, string>;
      }[];
      expect(saved?.columns).toMatchObject({ agency: 'Organisation', confidenceBefore: 'Confidence before (1-5)' });
    });

    it('matches bookings by "Booking ref", and refuses a follow-up whose default sent date is still to come', async () => {
      // A session last week: 8 weeks on from it is in the future, so an answer needs its "Follow-up sent" date.
      const lastWeek = new Date(`${todayInEngland()}T00:00:00Z`);
      lastWeek.setUTCDate(lastWeek.getUTCDate() - 7);
      const recent = lastWeek.toISOString().slice(0, 10);
      await runInScope(cliScope('test'), () =>
        api.app.get(ImportService).importBundle({
          format: 'sli-bundle',
          version: 1,
          partnerships: [],
          trainingSessions: [{ partnership: pref, ref: 'TS-NEG-2', course: 'TC-NEG', sessionDate: recent, capacity: 20 }],
        }),
      );
      const headers = ['Booking ref', 'Course', 'Session date', 'Agency', 'Attended', 'Changed practice', 'Follow-up sent'];
      const sheet = async (rows: unknown[][]) => {
        const book = new Workbook();
        const ws = book.addWorksheet('Register');
        ws.addRow(headers);
        for (const row of rows) ws.addRow(row);
        return Buffer.from(await book.xlsx.writeBuffer());
      };
      const early = await send(api, await sheet([['B-NEW', NEGLECT, lastWeek, 'POL', 'Yes', 'Yes', null]]), 'bookings.xlsx', { as: 'training-register' });
      // The blank "Follow-up sent" took its default; the answer's date, defaulting to it, is named as the column the sheet lacks.
      expect(early.body.problems).toEqual([
        { row: 2, column: 'Follow-up sent', message: expect.stringMatching(/^cannot be in the future \(today is /) },
        { row: 2, column: null, message: expect.stringMatching(/^Follow-up answered cannot be in the future \(today is /) },
      ]);
      expect(early.body).toMatchObject({ committed: false, create: 0 });

      // The ref of a booking made by position updates it: the answer changes to yes, sent on the day given.
      const res = await send(api, await sheet([['TS-NEG-1/R2', NEGLECT, '06/05/2025', 'ICB', 'Yes', 'Yes', '20/06/2025']]), 'bookings.xlsx', { commit: 'true' });
      expect(res.body).toMatchObject({ kind: 'training-register', committed: true, problems: [], create: 0, update: 1, unchanged: 0 });
      expect((await bookings()).find((b) => b['ref'] === 'TS-NEG-1/R2')).toMatchObject({ agency: 'ICB', before: 3, sent: '2025-06-20', responded: '2025-06-20', changed: true });
    });

    it("downloads the register with the import's columns, and imports it back to the same state (0 created, 0 updated)", async () => {
      // Bookings made through the API too: refs it made up, a session sharing its course and day with another,
      // a course sharing its title with another, an evaluation with a comment, a follow-up sent and not answered.
      const ids = async (table: string) =>
        Object.fromEntries(
          ((await api.db.query(`SELECT t.ref, t.id FROM ${table} t JOIN partnerships p ON p.id = t.partnership_id WHERE p.ref = $1`, [pref])) as { ref: string; id: string }[]).map(
            (r) => [r.ref, r.id],
          ),
        );
      await runInScope(cliScope('test'), () =>
        api.app.get(ImportService).importBundle({
          format: 'sli-bundle',
          version: 1,
          partnerships: [],
          trainingCourses: [{ partnership: pref, ref: 'TC-NEG-B', title: NEGLECT }],
          trainingSessions: [{ partnership: pref, ref: 'TS-NEG-B1', course: 'TC-NEG-B', sessionDate: '2025-09-09', capacity: 10 }],
        }),
      );
      const session = await ids('training_sessions');
      const agency = await ids('agencies');
      const book = async (sessionId: string | undefined, agencyId: string | undefined, role: string | null) =>
        (await api.gql(`mutation($input: CreateTrainingAttendanceInput!) { createTrainingAttendance(input: $input) { id ref } }`, {
          input: { sessionId, agencyId, attended: true, role },
        })).createTrainingAttendance as { id: string; ref: string };
      const onDa2 = await book(session['TS-DA-2'], agency['COL'], 'Lecturer');
      await api.gql(`mutation($id: ID!, $input: TrainingEvaluationInput!) { recordTrainingEvaluation(attendanceId: $id, input: $input) { id } }`, {
        id: onDa2.id,
        input: { confidenceBefore: 1, confidenceAfter: 5, satisfaction: null, comment: 'Clearer on coercive control', submittedOn: '2025-06-11' },
      });
      await api.gql(`mutation($id: ID!, $input: TrainingFollowUpInput!) { recordTrainingFollowUp(attendanceId: $id, input: $input) { id } }`, {
        id: onDa2.id,
        input: { sentOn: '2025-08-05', respondedOn: null, changedPractice: null },
      });
      const onB1 = await book(session['TS-NEG-B1'], agency['SCH'], null);
      expect(onDa2.ref).not.toMatch(/^TS-/);

      const download = async (format: 'csv' | 'xlsx', filter: Record<string, unknown>) => {
        const res = await fetch(`${api.origin}/api/exports`, {
          method: 'POST',
          headers: api.headers(),
          body: JSON.stringify({ list: 'training-register', format, variables: { filter } }),
        });
        expect(res.status).toBe(200);
        return { rows: Number(res.headers.get('x-export-rows')), bytes: Buffer.from(await res.arrayBuffer()) };
      };
      const before = await bookings();
      expect(before.length).toBeGreaterThanOrEqual(5);
      const all = await download('xlsx', { partnershipId: pid, dateFrom: '2025-04-01', dateTo: '2026-03-31' });
      expect(all.rows).toBe(before.filter((b) => b['session'] !== 'TS-NEG-2').length);
      const back = await send(api, all.bytes, 'training-register-download.xlsx', { commit: 'true' });
      expect(back.body).toMatchObject({ kind: 'training-register', committed: true, problems: [], create: 0, update: 0, unchanged: all.rows });
      expect(await bookings()).toEqual(before);
      // What the sheet does not hold is kept: the evaluation's comment.
      const [{ comment }] = (await api.db.query(`SELECT comment FROM training_evaluations WHERE attendance_id = $1`, [onDa2.id])) as { comment: string }[];
      expect(comment).toBe('Clearer on coercive control');

      // The CSV says the same, and reads back the same; so does one session's register (the session page's download).
      const csv = await download('csv', { partnershipId: pid });
      const text = csv.bytes.toString('utf8');
      expect(text).toContain(
        '\r\nBooking ref,Course,Session date,Agency,Role,Attended,Confidence before,Confidence after,Satisfaction,Evaluated on,Changed practice,Follow-up sent,Follow-up answered\r\n',
      );
      expect(text).toContain(`\r\n${onDa2.ref},Domestic abuse awareness,2025-06-10,Sheetshire College,Lecturer,Yes,1,5,,2025-06-11,,2025-08-05,\r\n`);
      const fromCsv = await send(api, csv.bytes, 'training-register-download.csv', { commit: 'true' });
      expect(fromCsv.body).toMatchObject({ problems: [], create: 0, update: 0, unchanged: csv.rows });
      const one = await download('xlsx', { partnershipId: pid, sessionId: session['TS-NEG-B1'] });
      expect(one.rows).toBe(1);
      const oneBack = await send(api, one.bytes, 'session-register.xlsx');
      expect(oneBack.body).toMatchObject({ problems: [], create: 0, update: 0, unchanged: 1 });
      expect(await bookings()).toEqual(before);
      expect(before.find((b) => b['ref'] === onB1.ref)).toMatchObject({ session: 'TS-NEG-B1', agency: 'SCH' });
    });
  });

  it('imports a large register in one transaction, and again unchanged', async () => {
    const rows = ROWS;
    const book = new Workbook();
    const sheet = book.addWorksheet('Register');
    sheet.addRow(['Action ref', 'Review', 'Action', 'Owner', 'Due', 'Status', 'Completed on']);
    const owners = ['POL', 'ICB', 'CSC'];
    for (let i = 1; i <= rows; i++) {
      const done = i % 4 === 0;
      sheet.addRow([`BULK-${i}`, review, `Bulk action ${i}`, owners[i % 3], day(2025, 1 + (i % 12), 1 + (i % 28)), done ? 'Completed' : 'In progress', done ? day(2025, 1, 1) : null]);
    }
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const peak = trackPeakMemory();
    const t0 = Date.now();
    const preview = await send(api, file, 'bulk.xlsx');
    const t1 = Date.now();
    const commit = await send(api, file, 'bulk.xlsx', { commit: 'true' });
    const t2 = Date.now();
    const again = await send(api, file, 'bulk.xlsx', { commit: 'true' });
    const t3 = Date.now();
    const memory = peak.stop();
    expect(preview.body).toMatchObject({ rows, problems: [], create: rows, committed: false });
    expect(commit.body).toMatchObject({ committed: true, create: rows });
    expect(again.body).toMatchObject({ committed: true, unchanged: rows, create: 0, update: 0 });
    const [{ n }] = (await api.db.query(
      `SELECT count(*)::int AS n FROM actions a JOIN partnerships p ON p.id = a.partnership_id WHERE p.ref = $1 AND a.ref LIKE 'BULK-%'`,
      [pref],
    )) as { n: number }[];
    expect(n).toBe(rows);
    process.stdout.write(
      `${rows}-row register (${process.env['DATABASE_URL'] ? 'PostgreSQL' : 'PGlite'}): preview ${t1 - t0} ms, commit ${t2 - t1} ms, re-import ${t3 - t2} ms; ` +
        `peak RSS ${memory.rss} MB, peak heap ${memory.heap} MB (test process, API and database included)\n`,
    );
  }, 180_000);
});

/** Samples the process's memory every 20 ms until stopped: the peak resident set and heap, in MB. */
function trackPeakMemory() {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { rss: Math.round(rss / 2 ** 20), heap: Math.round(heap / 2 ** 20) };
    },
  };
}
