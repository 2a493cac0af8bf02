import type { DataSource } from 'typeorm';
import { createTestPartnership, startTestApi, type Client, type TestApi } from './harness';
import { readPdf, structElements, textLines, type PdfTextItem, type ReadPdf, type StructNode } from './support/pdf-reader';

const YEAR = '2024/25';
const TABLES = `query($pid: ID!, $year: String!, $mode: ReportMode) {
  annualReport(partnershipId: $pid, financialYear: $year, mode: $mode) {
    partnership { ref }
    headlines { label }
    tables { key title rowHeading description rowHeaders columnHeaders cells rowTotals columnTotals grandTotal previousRowTotals previousGrandTotal }
    narratives { title text textIsDraft }
    oba { measure { name } }
  } }`;
const SAVE = `mutation($pid: ID!, $year: String!, $section: AnnualReportNarrativeSection!, $text: String!) {
  saveAnnualReportNarrative(partnershipId: $pid, financialYear: $year, section: $section, text: $text) { latest { version } } }`;
const APPROVE = `mutation($pid: ID!, $year: String!, $section: AnnualReportNarrativeSection!, $version: Int!) {
  approveAnnualReportNarrative(partnershipId: $pid, financialYear: $year, section: $section, version: $version) { status } }`;
const PRIORITIES = 'Keeping babies safe was our first priority.\n\nNeglect came second: #strong[not markup].';
const VOICE_DRAFT = 'Young people told us they want one worker, not five.';
const DRAFT_MARKING = 'Draft — not yet approved';

interface ErrorBody {
  errors: { message: string; extensions: { code: string; fields?: { field: string }[] } }[];
}

interface ReportTable {
  key: string;
  title: string;
  rowHeading: string;
  description: string;
  previousRowTotals: string[];
  previousGrandTotal: string;
  rowHeaders: string[];
  columnHeaders: string[];
  cells: string[][];
  rowTotals: string[];
  columnTotals: string[];
  grandTotal: string;
}

/** Notifications in 2024/25 (date aware), by harm and age band: enough to fill one table. */
async function buildFixture(db: DataSource, pid: string): Promise<void> {
  const rows: [string, string, string, number][] = [
    ['2024-06-03', 'death', 'under-1', 3],
    ['2024-09-12', 'death', '11-15', 7],
    ['2024-05-20', 'serious-harm', 'under-1', 8],
    ['2025-01-07', 'serious-harm', '1-5', 6],
    ['2025-03-31', 'serious-harm', '11-15', 9],
    ['2023-11-02', 'death', '16-17', 4],
  ];
  for (const [dateAware, harm, ageBand, n] of rows) {
    await db.query(
      `INSERT INTO notifications (partnership_id, ref, date_aware, date_notified, harm, age_band)
       SELECT $1, concat('N-', $2::text, '-', $3::text, '-', $4::text, '-', g), $2::date, $2::date, $3, $4 FROM generate_series(1, $5::int) g`,
      [pid, dateAware, harm, ageBand, n],
    );
  }
}

describe('GET /api/annual-report.pdf', () => {
  let api: TestApi;
  let pid: string;
  let other: string;
  const url = (q: Record<string, string>) => `${api.origin}/api/annual-report.pdf?${new URLSearchParams(q).toString()}`;
  const get = (client: Pick<Client, 'headers'>, q: Record<string, string>) => fetch(url(q), { headers: client.headers() });

  beforeAll(async () => {
    api = await startTestApi();
    pid = await createTestPartnership(api, 'Northshire PDF Partnership');
    other = await createTestPartnership(api, 'Other PDF Partnership');
    await buildFixture(api.db, pid);
    // Narrative: priorities saved and approved by the board through the GraphQL mutations; voice saved, still a draft.
    const admin = await api.as('admin', { partnershipIds: [pid], name: 'Ada Admin' });
    const board = await api.as('board-member', { partnershipIds: [pid], name: 'Bea Board' });
    const saved = await admin.gql<{ saveAnnualReportNarrative: { latest: { version: number } } }>(SAVE, { pid, year: YEAR, section: 'PRIORITIES', text: PRIORITIES });
    await board.gql(APPROVE, { pid, year: YEAR, section: 'PRIORITIES', version: saved.saveAnnualReportNarrative.latest.version });
    await admin.gql(SAVE, { pid, year: YEAR, section: 'VOICE', text: VOICE_DRAFT });
    // A headline OBA measure with values either side of the year's end.
    const measure = await admin.gql<{ createMeasure: { id: string } }>(`mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`, {
      input: { partnershipId: pid, ref: 'M-FAM', name: 'Families helped', quadrant: 'BETTER_OFF', headline: true, target: 10, polarity: 'HIGHER_IS_BETTER', unit: 'COUNT', periodicity: 'QUARTER', source: 'ENTERED' },
    });
    await admin.gql(`mutation($measureId: ID!, $values: [MeasureValueInput!]!) { setMeasureValues(measureId: $measureId, values: $values) { id } }`, {
      measureId: measure.createMeasure.id,
      values: [
        { periodStart: '2023-10-01', value: 6 },
        { periodStart: '2024-01-01', value: 7 },
        { periodStart: '2024-10-01', value: 9 },
        { periodStart: '2025-01-01', value: 12 },
        { periodStart: '2025-04-01', value: 2 },
      ],
    });
  });
  afterAll(() => api?.close());

  describe('the exact report, read back from the file', () => {
    let pdf: ReadPdf;
    let nodes: StructNode[];
    let report: {
      partnership: { ref: string };
      headlines: { label: string }[];
      tables: ReportTable[];
      narratives: { title: string; text: string | null; textIsDraft: boolean }[];
      oba: { measure: { name: string } }[];
    };

    beforeAll(async () => {
      const res = await get(api, { partnershipId: pid, financialYear: YEAR, mode: 'exact' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      report = (await api.gql<{ annualReport: typeof report }>(TABLES, { pid, year: YEAR, mode: 'EXACT' })).annualReport;
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="annual-report_${report.partnership.ref}_2024-25_exact.pdf"`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
      pdf = await readPdf(bytes);
      nodes = structElements(pdf);
    });

    it('is a tagged PDF in British English with a title, made by Typst', () => {
      expect(pdf.markInfo?.Marked).toBe(true);
      expect(pdf.info.Language).toBe('en-GB');
      expect(pdf.info.Title).toBe('Annual report 2024/25: Northshire PDF Partnership');
      expect(pdf.info.Creator).toMatch(/^Typst 0\.1[4-9]/);
      expect(pdf.pages.every((p) => p.structTree)).toBe(true);
    });

    it('has the title as H1 and each section as H2: contents, narrative, figures, OBA scorecard, tables, notes', () => {
      const headings = (role: string) => nodes.filter((n) => n.role === role).map((n) => n.text);
      expect(headings('H1')).toEqual(['Annual report 2024/25']);
      // Exact: every section with text, the draft too, in the report's print order.
      const written = report.narratives.filter((n) => n.text != null).map((n) => n.title);
      expect(written).toEqual(['Our priorities', 'The voice of children, families and practitioners']);
      expect(headings('H2')).toEqual([
        'Contents',
        ...written,
        'Headline figures',
        'Outcomes-based accountability scorecard',
        ...report.tables.map((t) => t.title),
        'About these figures',
      ]);
      expect(headings('H3')).toEqual(expect.arrayContaining(['How much did we do?', 'How well did we do it?', 'Is anyone better off?']));
      const toc = nodes.find((n) => n.role === 'TOC');
      for (const title of [...written, 'Headline figures', ...report.tables.map((t) => t.title)]) expect(toc?.text).toContain(title);
    });

    it('prints the approved narrative as written and the draft marked "Draft — not yet approved"', () => {
      const paragraphs = nodes.filter((n) => n.role === 'P').map((n) => n.text);
      expect(paragraphs).toEqual(expect.arrayContaining(['Keeping babies safe was our first priority.', 'Neglect came second: #strong[not markup].']));
      const draft = paragraphs.indexOf(VOICE_DRAFT);
      expect(draft).toBeGreaterThan(0);
      expect(paragraphs[draft - 1]).toBe(DRAFT_MARKING);
      expect(paragraphs.filter((p) => p === DRAFT_MARKING)).toHaveLength(1);
    });

    it("tags the OBA scorecard as a table under its question: this year, the year before, target, status, trend", () => {
      expect(report.oba.map((o) => o.measure.name)).toEqual(['Families helped']);
      const h2 = nodes.findIndex((n) => n.role === 'H2' && n.text === 'Outcomes-based accountability scorecard');
      const after = nodes.slice(h2);
      expect(after.find((n) => n.role === 'H3')?.text).toBe('Is anyone better off?');
      const table = found(after.find((n) => n.role === 'Table'), 'the OBA table');
      expect(structChildren(table, 'TH').map((th) => th.text)).toEqual(['Measure', '2024/25', '2023/24', 'Target', 'Against target', 'Trend']);
      expect(structChildren(table, 'TR').map((tr) => structChildren(tr, 'TD').map((td) => td.text)).filter((r) => r.length > 0)).toEqual([
        ['Families helped', '12 (2024/25 Q4)', '7 (2023/24 Q4)', '10', 'On target', 'Improving for 3 periods'],
      ]);
    });

    it('marks the cover as exact, for internal use, with the year and the as-of date', () => {
      const text = found(pdf.pages[0], 'page 1').items.map((i) => i.str).join(' ');
      expect(text).toContain('Northshire PDF Partnership');
      expect(text).toContain('Financial year 2024/25: 1 April 2024 to 31 March 2025.');
      expect(text).toContain('Figures as of 31 March 2025.');
      expect(text).toContain('EXACT VERSION: for internal use only.');
    });

    it('tags every table with header cells and data cells, the headline table showing the year before', () => {
      const tables = nodes.filter((n) => n.role === 'Table');
      // A headline table per OBA question, the OBA scorecard's one question, and the one report table with rows.
      expect(tables).toHaveLength(3 + 1 + 1);
      const headers = (t: StructNode) => structChildren(t, 'TH').map((th) => th.text);
      expect(headers(found(tables[0], 'the first table'))).toEqual(['Figure', '2024/25', '2024/25 counted', '2023/24', '2023/24 counted', 'Change']);
      const notifications = found(report.tables.find((t) => t.key === 'NOTIFICATIONS_BY_HARM_AND_AGE'), 'the notifications table');
      const table = found(tables.find((t) => headers(t)[0] === 'Harm'), 'a tagged table headed Harm');
      expect(notifications.rowHeading).toBe('Harm');
      expect(headers(table)).toEqual(['Harm', ...notifications.columnHeaders, 'Total', 'Total 2023/24']);
      const rows = structChildren(table, 'TR').filter((tr) => structChildren(tr, 'TD').length > 0);
      // The year before: the 4 deaths of 16–17 year olds notified in November 2023.
      expect(notifications.previousRowTotals).toEqual(['4', '0']);
      expect(rows.map((tr) => structChildren(tr, 'TD').map((td) => td.text))).toEqual([
        ...notifications.rowHeaders.map((h, i) => [h, ...(notifications.cells[i] ?? []), notifications.rowTotals[i], notifications.previousRowTotals[i]]),
        ['Total', ...notifications.columnTotals, notifications.grandTotal, notifications.previousGrandTotal],
      ]);
      // Its description, and what kind of count it is, under the title.
      const paragraphs = nodes.filter((n) => n.role === 'P').map((n) => n.text);
      expect(paragraphs).toContain(`${notifications.description} It counts people by their characteristics: the published version suppresses small counts.`);
    });

    it('draws a chart beside each table, with alternative text giving its values', () => {
      const figures = nodes.filter((n) => n.role === 'Figure');
      // The fixture has notifications only: the other tables print "Nothing was recorded in the year." and no chart.
      expect(figures.map((f) => f.alt)).toEqual([
        'Bar chart: Serious incident notifications by harm and age of child. The total for each harm: Death 10; Serious harm 23. Total 33.',
      ]);
    });

    it('numbers every page "Page X of Y"', () => {
      const n = pdf.numPages;
      expect(n).toBeGreaterThanOrEqual(2);
      pdf.pages.forEach((p) => expect(p.items.map((i) => i.str)).toContain(`Page ${p.number} of ${n}`));
    });

    it('lines each value up under its column heading, numbers right-aligned', () => {
      const notifications = found(report.tables.find((t) => t.key === 'NOTIFICATIONS_BY_HARM_AND_AGE'), 'the notifications table');
      const page = found(pdf.pages.find((p) => textLines(p.items).some((l) => l[0]?.str === 'Harm')), 'a page with the table headed Harm');
      const lines = textLines(page.items);
      const header = found(lines.find((l) => l[0]?.str === 'Harm'), 'the header line');
      expect(header.map((i) => i.str)).toEqual(['Harm', ...notifications.columnHeaders, 'Total', 'Total 2023/24']);
      notifications.rowHeaders.forEach((rowHeader, r) => {
        // The table's row (the chart below repeats the label with its total only).
        const line = found(lines.find((l) => l[0]?.str === rowHeader && l.length === header.length), `the line of ${rowHeader}`);
        expect(line.map((i) => i.str)).toEqual([rowHeader, ...(notifications.cells[r] ?? []), notifications.rowTotals[r], notifications.previousRowTotals[r]]);
        expectAlignedUnder(line, header);
      });
      const total = found(lines.find((l) => l[0]?.str === 'Total' && l.length === header.length), 'the totals line');
      expect(total.map((i) => i.str)).toEqual(['Total', ...notifications.columnTotals, notifications.grandTotal, notifications.previousGrandTotal]);
      expectAlignedUnder(total, header);
    });
  });

  describe('who may download it', () => {
    it('refuses anyone not signed in (401)', async () => {
      const res = await get(api.anonymous, { partnershipId: pid, financialYear: YEAR });
      expect(res.status).toBe(401);
      expect(((await res.json()) as ErrorBody).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    });

    it("refuses another partnership's member (403)", async () => {
      const outsider = await api.as('board-member', { partnershipIds: [other] });
      const res = await get(outsider, { partnershipId: pid, financialYear: YEAR });
      expect(res.status).toBe(403);
      expect(((await res.json()) as ErrorBody).errors[0]?.message).toBe('This partnership is not one of yours');
    });

    it('gives a board member the published report, approved narrative only, and refuses the exact one', async () => {
      const board = await api.as('board-member', { partnershipIds: [pid] });
      const published = await get(board, { partnershipId: pid, financialYear: YEAR, mode: 'published' });
      expect(published.status).toBe(200);
      expect(published.headers.get('content-disposition')).toMatch(/_2024-25_published\.pdf"$/);
      const pdf = await readPdf(new Uint8Array(await published.arrayBuffer()));
      const text = found(pdf.pages[0], 'page 1').items.map((i) => i.str).join(' ');
      expect(text).toContain('Published version: small numbers suppressed.');
      expect(text).toContain("Counts of the partnership’s own work (notifications made, reviews, actions, audits, training) and rates built on them are published as they are.");
      const nodes = structElements(pdf);
      const h2 = nodes.filter((n) => n.role === 'H2').map((n) => n.text);
      // The approved section prints; the draft-only voice section is left out, not printed empty.
      expect(h2.slice(0, 3)).toEqual(['Contents', 'Our priorities', 'Headline figures']);
      expect(h2).not.toContain('The voice of children, families and practitioners');
      const paragraphs = nodes.filter((n) => n.role === 'P').map((n) => n.text);
      expect(paragraphs).toEqual(expect.arrayContaining(['Keeping babies safe was our first priority.', 'Neglect came second: #strong[not markup].']));
      const all = pdf.pages.flatMap((p) => p.items.map((i) => i.str)).join(' ');
      expect(all).not.toContain(VOICE_DRAFT);
      expect(all).not.toContain(DRAFT_MARKING);
      const exact = await get(board, { partnershipId: pid, financialYear: YEAR, mode: 'exact' });
      expect(exact.status).toBe(403);
      expect(((await exact.json()) as ErrorBody).errors[0]?.message).toMatch(/board-member\) reads PUBLISHED figures only/);
    });

    it('gives a national analyst the published report of any partnership, never the exact one', async () => {
      const national = await api.as('national-analyst');
      expect((await get(national, { partnershipId: pid, financialYear: YEAR })).status).toBe(200);
      expect((await get(national, { partnershipId: pid, financialYear: YEAR, mode: 'exact' })).status).toBe(403);
    });

    it('names the field at fault in a bad request (400)', async () => {
      const res = await get(api, { partnershipId: pid, financialYear: '2024', mode: 'draft' });
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.errors[0]?.extensions.fields?.map((f) => f.field)).toEqual(['financialYear', 'mode']);
    });
  });
});

/** The value, or a failure that says what was missing. */
function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Not found in the PDF: ${what}`);
  return value;
}

/** Each cell's right edge under its column heading's (numbers right-aligned), the row header's left edge under its heading's. */
function expectAlignedUnder(line: readonly PdfTextItem[], header: readonly PdfTextItem[]): void {
  const right = (i: PdfTextItem) => i.x + i.width;
  expect(Math.abs(found(line[0], 'a row header').x - found(header[0], 'the first heading').x)).toBeLessThan(1);
  line.slice(1).forEach((cell, j) => expect(Math.abs(right(cell) - right(found(header[j + 1], `heading ${j + 1}`)))).toBeLessThan(1));
}

function structChildren(node: StructNode, role: string): StructNode[] {
  return node.children.flatMap((c) => (c.role === role ? [c] : structChildren(c, role)));
}
