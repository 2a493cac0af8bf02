import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnnualReportTableKey, ReportDisclosure, ReportMode } from '../annual-report.enums';
import type { AnnualReportFigure, AnnualReportTable } from '../models/annual-report.model';
import { rowTotalsChart } from './report-pdf.chart';
import { reportPdfFileName, reportSections, type PdfReportInput } from './report-pdf.sections';
import { reportTypst, typstString } from './report-pdf.typst';
import { compileTypstPdf } from './typst-compiler';

interface Node {
  role: string;
  text: string;
  alt?: string;
  children: Node[];
}

/** The structure elements of a PDF, read back with pdfjs-dist (tools/pdf/read-pdf.mjs). */
function structure(pdf: Buffer): { nodes: Node[]; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sli-pdf-spec-'));
  try {
    writeFileSync(join(dir, 'r.pdf'), pdf);
    const read = JSON.parse(execFileSync(process.execPath, [join(__dirname, '../../../../../../tools/pdf/read-pdf.mjs'), join(dir, 'r.pdf')], { encoding: 'utf8' })) as {
      pages: { items: { str: string }[]; structTree: Node }[];
    };
    const nodes: Node[] = [];
    const walk = (n: Node) => {
      nodes.push(n);
      n.children.forEach(walk);
    };
    read.pages.forEach((p) => walk(p.structTree));
    return { nodes, text: read.pages.flatMap((p) => p.items.map((i) => i.str)).join(' ') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const figure = (key: string, quadrant: string, current: string, previous: string): AnnualReportFigure => ({
  key,
  label: key,
  unit: 'count',
  quadrant,
  polarity: 'higher-is-better',
  disclosure: ReportDisclosure.WORK,
  current,
  previous,
  currentValue: Number(current),
  previousValue: Number(previous),
  currentNumerator: null,
  currentDenominator: null,
  previousNumerator: null,
  previousDenominator: null,
  change: String(Number(current) - Number(previous)),
  changeValue: Number(current) - Number(previous),
  suppressed: false,
});

const table: AnnualReportTable = {
  key: AnnualReportTableKey.TRAINING_ATTENDANCE_BY_SECTOR,
  title: 'Training places booked by agency sector',
  rowHeading: 'Agency sector',
  description: 'Places booked at sessions held in the year, by the sector of the attendee’s agency.',
  disclosure: ReportDisclosure.PEOPLE_BY_CHARACTERISTIC,
  rowHeaders: ['Police', 'Health'],
  rowKeys: ['police', 'health'],
  columnHeaders: ['Attended', 'Did not attend'],
  columnKeys: ['attended', 'absent'],
  cells: [
    ['c', 'c'],
    ['10', '0'],
  ],
  rowTotals: ['8', '10'],
  columnTotals: ['c', 'c'],
  grandTotal: '18',
  previousRowTotals: ['6', '9'],
  previousColumnTotals: ['12', 'c'],
  previousGrandTotal: '15',
  suppressed: true,
};

const input: PdfReportInput = {
  partnership: { name: 'Northshire "Safeguarding" Children Partnership', ref: 'NSCP' },
  financialYear: '2025/26',
  mode: ReportMode.PUBLISHED,
  suppressionThreshold: 5,
  year: { label: '2025/26', start: '2025-04-01', end: '2026-03-31' },
  previousYear: { label: '2024/25' },
  asOf: '2026-03-31',
  headlines: [figure('notifications', 'how-much', '33', '4'), figure('changed-practice', 'better-off', '12', '9')],
  tables: [table],
  narratives: [
    { title: 'Our priorities', body: 'Keeping babies safe.\n\nNeglect: #set page(paper: "a6") and \\ $x$ print as written.', status: 'Approved by the board on 12 May 2026' },
    { title: 'The voice of children and families', body: 'What young people told us.' },
  ],
  oba: {
    groups: [
      { heading: 'How well did we do it?', measures: [{ label: 'Plans reviewed on time', latest: '82.5%', period: '2025/26 Q4', target: '90%', status: 'Below target', trend: 'Improving for 2 periods' }] },
    ],
  },
  madeAt: new Date('2026-12-06T10:00:00Z'),
  madeBy: 'Test Analyst',
};

describe('the annual report PDF', () => {
  it('quotes any text as a Typst string, so nothing in it is read as markup', () => {
    expect(typstString('a "b" \\ #c\nd')).toBe('"a \\"b\\" \\\\ #c\\nd"');
  });

  it('names the file by partnership ref, year and mode', () => {
    expect(reportPdfFileName('NSCP', '2025/26', ReportMode.PUBLISHED)).toBe('annual-report_NSCP_2025-26_published.pdf');
    expect(reportPdfFileName('W/SP 1', '2024/25', ReportMode.EXACT)).toBe('annual-report_W-SP-1_2024-25_exact.pdf');
  });

  it('orders the sections: headline figures, the OBA scorecard, narrative, tables, notes', () => {
    expect(reportSections(input).map((s) => `${s.kind}: ${s.title}`)).toEqual([
      'headlines: Headline figures',
      'oba: Outcomes-based accountability scorecard',
      'narrative: Our priorities',
      'narrative: The voice of children and families',
      'table: Training places booked by agency sector',
      'notes: About these figures',
    ]);
    expect(reportSections({ ...input, narratives: undefined, oba: null }).map((s) => s.kind)).toEqual(['headlines', 'table', 'notes']);
  });

  it('describes a chart in words, a suppressed total as suppressed and without a bar', () => {
    const chart = rowTotalsChart({ ...table, rowTotals: ['c', '10'] }, 'Agency sector');
    expect(chart.alt).toBe('Bar chart: Training places booked by agency sector. The total for each agency sector: Police c (suppressed); Health 10. Total 18.');
    expect(chart.svg.match(/<rect /g)).toHaveLength(1);
  });

  it('draws no chart for a table whose every total is suppressed or zero', () => {
    const hidden = { ...table, rowTotals: ['c', '0'] };
    expect(reportTypst({ ...input, tables: [hidden] })).not.toContain('#figure(');
    expect(reportTypst(input)).toContain('#figure(');
  });

  it('typesets narrative and OBA sections as tagged headings, paragraphs and tables, text printed as written', () => {
    const { nodes, text } = structure(compileTypstPdf(reportTypst(input)));
    const texts = (role: string) => nodes.filter((n) => n.role === role).map((n) => n.text);
    expect(texts('H1')).toEqual(['Annual report 2025/26']);
    expect(texts('H2')).toEqual([
      'Contents',
      'Headline figures',
      'Outcomes-based accountability scorecard',
      'Our priorities',
      'The voice of children and families',
      'Training places booked by agency sector',
      'About these figures',
    ]);
    expect(texts('H3')).toEqual(['How much did we do?', 'Is anyone better off?', 'How well did we do it?']);
    expect(texts('P')).toContain('Neglect: #set page(paper: "a6") and \\ $x$ print as written.');
    expect(texts('TH')).toEqual(expect.arrayContaining(['Measure', 'Latest', 'Target', 'Status']));
    expect(texts('TD')).toEqual(expect.arrayContaining(['Plans reviewed on time', '82.5%', '90%', 'Below target']));
    expect(nodes.filter((n) => n.role === 'Figure').map((n) => n.alt)).toEqual([rowTotalsChart(table, 'Agency sector').alt]);
    expect(text).toContain('Northshire "Safeguarding" Children Partnership');
    expect(text).toContain('Published version: small numbers suppressed.');
  });
});
