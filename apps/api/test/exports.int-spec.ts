import { Workbook } from 'exceljs';
import { EXPORT_PAGE_SIZE } from '@sli/exports-api';
import { createTestPartnership, startTestApi, uniqueRef, type Client, type TestApi } from './harness';

const AS_OF = '2026-11-30';
/** More rows than one page of the API (and many more than one page of the dashboard), so the export must page. */
const COUNT = EXPORT_PAGE_SIZE + 23;

const OVERDUE = `query($filter: MetricFilter, $asOf: Date!, $first: Int!, $after: String) {
  overdueActions(filter: $filter, asOf: $asOf, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { daysOverdue action { ref dueOn } } } }`;

interface Download {
  status: number;
  filename: string | null;
  bytes: Buffer;
  json?: { errors: { message: string; extensions: { code: string } }[] };
}

describe('Whole-list downloads (POST /api/exports)', () => {
  let api: TestApi;
  let pid: string;
  let pref: string;
  let agency: string;
  let reviewId: string;

  async function download(client: Pick<Client, 'headers'>, body: Record<string, unknown>): Promise<Download> {
    const res = await fetch(`${api.origin}/api/exports`, { method: 'POST', headers: client.headers(), body: JSON.stringify(body) });
    const bytes = Buffer.from(await res.arrayBuffer());
    const disposition = res.headers.get('content-disposition');
    const filename = disposition ? (/filename="([^"]+)"/.exec(disposition)?.[1] ?? null) : null;
    const json = (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(bytes.toString('utf8')) : undefined;
    return { status: res.status, filename, bytes, json };
  }

  const overdue = (format: 'csv' | 'xlsx', extra: Record<string, unknown> = {}) => ({
    list: 'overdue-actions',
    format,
    variables: { filter: { partnershipIds: [pid], ...extra }, asOf: AS_OF },
  });

  /**
   * Every overdue action the API lists, page by page, as the dashboard reads them. With the download itself,
   * over a minute on a busy two-core machine: these two tests have three.
   */
  async function listedRefs(client: Client): Promise<{ total: number; refs: Map<string, { dueOn: string; daysOverdue: number }> }> {
    const refs = new Map<string, { dueOn: string; daysOverdue: number }>();
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = (await client.gql(OVERDUE, { filter: { partnershipIds: [pid] }, asOf: AS_OF, first: 100, after })).overdueActions;
      total = page.totalCount;
      for (const n of page.nodes) refs.set(n.action.ref, { dueOn: n.action.dueOn, daysOverdue: n.daysOverdue });
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { total, refs };
  }

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Exportshire Safeguarding Children Partnership');
    [{ ref: pref }] = await api.db.query('SELECT ref FROM partnerships WHERE id = $1', [pid]);
    [{ id: agency }] = await api.db.query(`INSERT INTO agencies (partnership_id, ref, name, sector) VALUES ($1, $2, 'Exportshire Police', 'police') RETURNING id`, [
      pid,
      uniqueRef('AG'),
    ]);
    [{ id: reviewId }] = await api.db.query(
      `INSERT INTO reviews (partnership_id, ref, type, title, initiated_on) VALUES ($1, 'R-EXP', 'lcspr', 'Child X', '2025-01-10') RETURNING id`,
      [pid],
    );
    // COUNT open actions due between 1 Jan 2025 and about a year later, all before the as-of date; one
    // title holds a comma, a quote and a non-ASCII character, to prove the CSV quoting and the UTF-8 mark.
    await api.db.query(
      `INSERT INTO actions (partnership_id, ref, review_id, owner_agency_id, title, due_on, status)
       SELECT $1, 'EX-' || lpad(i::text, 4, '0'), $2, $3,
              CASE WHEN i = 1 THEN 'Audit "neglect" cases, with the school’s nurse' ELSE 'Action ' || i END,
              DATE '2025-01-01' + (i % 365), CASE WHEN i % 2 = 0 THEN 'in-progress' ELSE 'not-started' END
       FROM generate_series(1, $4::int) AS i`,
      [pid, reviewId, agency, COUNT],
    );
  });
  afterAll(() => api.close());

  it('downloads every overdue action as CSV: byte-order mark, the about block, then every row the API lists', async () => {
    const { total, refs } = await listedRefs(api);
    expect(total).toBe(COUNT);
    const file = await download(api, overdue('csv'));
    expect(file.status).toBe(200);
    expect(file.filename).toBe(`overdue-actions_${pref}_as-of-${AS_OF}.csv`);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.bytes.toString('utf8').slice(1).split('\r\n');
    const blank = lines.indexOf('');
    const about = lines.slice(0, blank);
    expect(about[0]).toBe('About this file');
    expect(about).toEqual(
      expect.arrayContaining([
        'What,Overdue actions',
        `Partnership,Exportshire Safeguarding Children Partnership (${pref})`,
        'As of,30/11/2026',
        'Due dates,"Any, up to the as-of date"',
        `Rows,${COUNT}`,
        'Made by,Test Admin',
      ]),
    );
    expect(about.find((l) => l.startsWith('Made,'))).toMatch(/^Made,\d\d\/\d\d\/\d{4} \d\d:\d\d \(UK time\)$/);
    expect(lines[blank + 1]).toBe('Ref,Action,Owner agency,Source,Committee,Due,Status,Days overdue,Recommendation,Evidence of impact');
    const rows = lines.slice(blank + 2).filter((l) => l !== '');
    expect(rows).toHaveLength(COUNT);
    const byRef = new Map(rows.map((r) => [r.slice(0, r.indexOf(',')), r]));
    for (const [ref, item] of refs) expect(byRef.get(ref)).toMatch(new RegExp(`,${item.dueOn},(In progress|Not started),${item.daysOverdue},,$`));
    const [event] = await api.db.query(
      `SELECT actor, entity, entity_id, after FROM audit_events WHERE partnership_id = $1 AND action = 'export' ORDER BY occurred_at DESC LIMIT 1`,
      [pid],
    );
    expect(event).toMatchObject({ entity: 'list', entity_id: 'overdue-actions', after: { file: file.filename, rows: COUNT } });
    expect(byRef.get('EX-0001')).toBe(`EX-0001,"Audit ""neglect"" cases, with the school’s nurse",Exportshire Police,R-EXP,,2025-01-02,Not started,${refs.get('EX-0001')?.daysOverdue},,`);
  }, 180_000);

  it('downloads every overdue action as XLSX: real dates and numbers, frozen bold header, autofilter, about sheet', async () => {
    const { refs } = await listedRefs(api);
    const file = await download(api, overdue('xlsx', { agencyId: agency, from: '2025-04-01', to: '2026-03-31' }));
    expect(file.status).toBe(200);
    expect(file.filename).toBe(`overdue-actions_${pref}_as-of-${AS_OF}.xlsx`);
    const book = new Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Overdue actions', 'About this file']);
    const sheet = book.getWorksheet('Overdue actions');
    if (!sheet) throw new Error('No sheet "Overdue actions"');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).values).toEqual([
      undefined, 'Ref', 'Action', 'Owner agency', 'Source', 'Committee', 'Due', 'Status', 'Days overdue', 'Recommendation', 'Evidence of impact',
    ]);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(40);
    // Due from 1 Apr 2025 to 31 Mar 2026 only: i % 365 from 90 to 454, i.e. actions 90…364 and 455…COUNT.
    const expected = [...refs].filter(([, v]) => v.dueOn >= '2025-04-01' && v.dueOn <= '2026-03-31');
    expect(sheet.rowCount - 1).toBe(expected.length);
    const rows = new Map<string, { due: unknown; days: unknown; format: string }>();
    sheet.eachRow((row, n) => {
      if (n > 1) rows.set(String(row.getCell(1).value), { due: row.getCell(6).value, days: row.getCell(8).value, format: row.getCell(6).numFmt });
    });
    for (const [ref, item] of expected) {
      const row = rows.get(ref);
      expect(row?.due).toEqual(new Date(`${item.dueOn}T00:00:00Z`));
      expect(row?.format).toBe('dd/mm/yyyy');
      expect(row?.days).toBe(item.daysOverdue);
    }
    const about = new Map<string, string>();
    book.getWorksheet('About this file')?.eachRow((row) => about.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(Object.fromEntries(about)).toMatchObject({
      What: 'Overdue actions',
      Partnership: `Exportshire Safeguarding Children Partnership (${pref})`,
      'As of': '30/11/2026',
      'Due dates': '2025/26 (01/04/2025 to 31/03/2026)',
      'Owner agency': 'Exportshire Police',
      Rows: String(expected.length),
      'Made by': 'Test Admin',
    });
  }, 180_000);

  it("downloads a review's actions (the list behind a figure) with the review named", async () => {
    const file = await download(api, {
      list: 'review-actions',
      format: 'csv',
      variables: { filter: { partnershipIds: [pid] }, asOf: AS_OF, group: { by: 'REVIEW', key: reviewId }, cell: 'ALL' },
      columns: ['ref', 'due', 'brag'],
    });
    expect(file.status).toBe(200);
    expect(file.filename).toBe(`review-actions_${pref}_as-of-${AS_OF}.csv`);
    const lines = file.bytes.toString('utf8').split('\r\n');
    expect(lines).toContain('Review,R-EXP Child X');
    expect(lines).toContain('Ref,Due,BRAG');
    expect(lines.filter((l) => /^EX-\d{4},2025-/.test(l) || /^EX-\d{4},2026-/.test(l))).toHaveLength(COUNT);
    expect(lines).toContain('EX-0001,2025-01-02,Red');
  });

  it('downloads the reviews list and the records behind a theme figure, each worded in its own terms', async () => {
    await api.db.query(
      `INSERT INTO review_themes (partnership_id, review_id, theme_id) SELECT $1, $2, id FROM themes WHERE partnership_id = $1 AND code = 'neglect'`,
      [pid, reviewId],
    );
    const reviews = await download(api, {
      list: 'reviews',
      format: 'csv',
      variables: { filter: { partnershipId: pid, initiatedFrom: '2024-04-01', initiatedTo: '2025-03-31', types: ['LCSPR'] }, asOf: AS_OF },
    });
    expect(reviews.status).toBe(200);
    const lines = reviews.bytes.toString('utf8').split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Initiated,2024/25 (01/04/2024 to 31/03/2025)',
        'Review types,Local child safeguarding practice review',
        'Reference,Title,Type,Status,Initiated,Completed,Published,Completion due,Timeliness at the as-of date,Notification,Arising from,Terms agreed,' +
          'Information requested,Meeting,Sent to the Panel,Rapid review outcome,National review recommended,Reason not published,Independent reviewer,' +
          'Family participation,Practitioners involved,Agencies involved,Themes',
      ]),
    );
    expect(lines.find((l) => l.startsWith('R-EXP,'))).toMatch(/^R-EXP,Child X,Local child safeguarding practice review,[^,]+,2025-01-10,/);

    const records = await download(api, {
      list: 'theme-records',
      format: 'xlsx',
      variables: { filter: { partnershipIds: [pid], from: '2024-04-01', to: '2025-03-31' }, source: 'BOTH', themeCodes: ['neglect'] },
    });
    expect(records.status).toBe(200);
    expect(records.filename).toMatch(new RegExp(`^theme-records_${pref}_made-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    const book = new Workbook();
    await book.xlsx.load(records.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(2).values).toEqual([undefined, 'R-EXP', 'Child X', 'Local child safeguarding practice review', expect.any(String), new Date('2025-01-10T00:00:00Z'), 'Neglect']);
    const about = book.getWorksheet('About this file');
    expect(about?.getColumn(1).values).toEqual(expect.arrayContaining(['Dated', 'Themes']));
  });

  it('words the about block of a table the dashboard holds as a download words it', async () => {
    const res = await fetch(`${api.origin}/api/exports/about`, {
      method: 'POST',
      headers: api.headers(),
      body: JSON.stringify({ title: 'Actions by agency', filter: { partnershipIds: [pid], from: '2025-04-01', to: '2026-03-31', agencyId: agency }, asOf: AS_OF }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      title: 'Actions by agency',
      partnerships: [{ name: 'Exportshire Safeguarding Children Partnership', ref: pref }],
      filters: [
        { label: 'Period', value: '2025/26 (01/04/2025 to 31/03/2026)' },
        { label: 'Agency', value: 'Exportshire Police' },
      ],
      asOf: AS_OF,
      madeBy: 'Test Admin',
    });
    const stranger = await api.as('analyst', { partnershipIds: [await createTestPartnership(api, 'Elsewhere Partnership')] });
    const refused = await fetch(`${api.origin}/api/exports/about`, { method: 'POST', headers: stranger.headers(), body: JSON.stringify({ title: 'X', filter: { partnershipIds: [pid] } }) });
    expect(refused.status).toBe(403);
    const anonymous = await fetch(`${api.origin}/api/exports/about`, { method: 'POST', headers: api.anonymous.headers(), body: JSON.stringify({ title: 'X' }) });
    expect(anonymous.status).toBe(401);
  });

  it('lets readers of the partnership download, and refuses anyone else the way the list does', async () => {
    const board = await api.as('board-member', { partnershipIds: [pid] });
    const lead = await api.as('agency-lead', { partnershipIds: [pid], agencyId: agency });
    for (const client of [board, lead]) {
      const file = await download(client, overdue('csv'));
      expect(file.status).toBe(200);
      expect(file.bytes.toString('utf8').split('\r\n').filter((l) => l.startsWith('EX-'))).toHaveLength(COUNT);
    }

    const anonymous = await download(api.anonymous, overdue('csv'));
    expect(anonymous.status).toBe(401);
    expect(anonymous.json?.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');

    const national = await download(await api.as('national-analyst'), overdue('xlsx'));
    expect(national.status).toBe(403);
    expect(national.json?.errors[0]?.message).toMatch(/national-analyst.*overdueActions/);

    // An admin of another partnership: refused when naming ours, and shown none of ours without a filter.
    const other = await createTestPartnership(api, 'Other Partnership');
    const stranger = await api.as('admin', { partnershipIds: [other] });
    const named = await download(stranger, overdue('csv'));
    expect(named.status).toBe(403);
    expect(named.json?.errors[0]?.message).toMatch(/partnershipIds\[0\] is not one of your partnerships/);
    const unnamed = await download(stranger, { list: 'overdue-actions', format: 'csv', variables: { asOf: AS_OF } });
    expect(unnamed.status).toBe(200);
    expect(unnamed.bytes.toString('utf8')).not.toContain('EX-0001');
    expect(unnamed.bytes.toString('utf8')).toContain('Rows,0');
  });

  it('names what is wrong with a request', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...overdue('csv'), list: 'users' }, /^list: "users" cannot be downloaded/],
      [{ ...overdue('csv'), format: 'pdf' }, /^format: must be "csv" or "xlsx"/],
      [{ ...overdue('csv'), variables: { asOf: AS_OF, first: 5 } }, /^variables: first not a variable of overdue-actions/],
      [{ ...overdue('csv'), columns: ['ref', 'secret'] }, /^columns: "secret" is not a column of overdue-actions/],
      [{ ...overdue('csv'), variables: { filter: { partnershipIds: [pid] } } }, /asOf/],
    ];
    for (const [body, message] of cases) {
      const file = await download(api, body);
      expect(file.status).toBe(400);
      expect(file.json?.errors[0]?.message).toMatch(message);
    }
  });
});
