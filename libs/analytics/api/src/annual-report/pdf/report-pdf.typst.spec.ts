import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ObaQuadrant } from '@sli/measures-api';
import { ObaTrendDirection, ObaTrendJudgement } from '../../oba/oba.enums';
import { reportNarratives, type NarrativeVersionRow } from '../annual-report-narratives.service';
import { AnnualReportNarrativeSection, AnnualReportTableKey, ReportDisclosure, ReportMode } from '../annual-report.enums';
import { reportWork } from '../annual-report.kinds';
import type { AnnualReportObaMeasure } from '../models/annual-report-oba.model';
import type { AnnualReportFigure, AnnualReportTable } from '../models/annual-report.model';
import { rowTotalsChart } from './report-pdf.chart';
import { DRAFT_MARKING, pdfNarratives, pdfObaScorecard, reportPdfFileName, reportSections, tableNote, type PdfReportInput } from './report-pdf.sections';
import { reportTypst, typstString } from './report-pdf.typst';
import { compileTypstPdf } from './typst-compiler';

/** A children's partnership's report: the narrative headings speak of children. */
const CHILDREN = reportWork('children');

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

const version = (section: AnnualReportNarrativeSection, n: number, text: string, approved: boolean): NarrativeVersionRow => ({
  id: `${section}-${n}`,
  partnershipId: 'p',
  financialYear: '2025/26',
  section,
  version: n,
  text,
  savedBy: 'Business Unit',
  savedAt: new Date('2026-05-01T09:00:00Z'),
  approvedBy: approved ? 'Board Chair' : null,
  approvedAt: approved ? new Date('2026-05-12T09:00:00Z') : null,
});

/** Newest first, as the service reads them: priorities approved then redrafted, voice a draft only, the rest empty. */
const versions: NarrativeVersionRow[] = [
  version(AnnualReportNarrativeSection.PRIORITIES, 2, 'Redrafted priorities, awaiting the board.', false),
  version(AnnualReportNarrativeSection.PRIORITIES, 1, 'Keeping babies safe.\n\nNeglect: #set page(paper: "a6") and \\ $x$ print as written.', true),
  version(AnnualReportNarrativeSection.VOICE, 1, 'What young people told us.', false),
];

const analysis = (latest: { label: string; value: number } | null, status: string, trend: AnnualReportObaMeasure['analysis']['trend']) =>
  ({
    measureId: 'm',
    asOf: '2026-03-31',
    latest: latest && { periodStart: '2026-01-01', periodEnd: '2026-03-31', numerator: null, denominator: null, ...latest },
    target: 90,
    status,
    trend,
    // The analysis's own words (oba-words.ts): the PDF prints them as they are.
    words: { trend: trend ? `Improving for ${trend.periods} periods` : 'Too few values for a trend' },
  }) as AnnualReportObaMeasure['analysis'];

const obaRows: AnnualReportObaMeasure[] = [
  {
    measure: { id: 'm', name: 'Plans reviewed on time', unit: 'percent' } as AnnualReportObaMeasure['measure'],
    quadrant: ObaQuadrant.HOW_WELL,
    disclosure: 'work',
    analysis: analysis({ label: '2025/26 Q4', value: 82.46 }, 'off-target', {
      direction: ObaTrendDirection.UP,
      periods: 2,
      judgement: ObaTrendJudgement.IMPROVING,
      since: { periodStart: '2025-07-01', periodEnd: '2025-09-30', label: '2025/26 Q2', value: 70, numerator: null, denominator: null },
    }),
    previous: analysis({ label: '2024/25 Q4', value: 75 }, 'off-target', null),
  },
];

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
  narratives: pdfNarratives(reportNarratives(versions, ReportMode.PUBLISHED, true, CHILDREN)),
  oba: pdfObaScorecard(obaRows),
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

  it('orders the sections: narrative, headline figures, the OBA scorecard, tables, notes', () => {
    expect(reportSections(input).map((s) => `${s.kind}: ${s.title}`)).toEqual([
      'narrative: Our priorities',
      'headlines: Headline figures',
      'oba: Outcomes-based accountability scorecard',
      'table: Training places booked by agency sector',
      'notes: About these figures',
    ]);
    expect(reportSections({ ...input, narratives: undefined, oba: null }).map((s) => s.kind)).toEqual(['headlines', 'table', 'notes']);
  });

  it('prints approved narrative only when published, leaving out a section with none; the latest, a draft marked, when exact', () => {
    expect(pdfNarratives(reportNarratives(versions, ReportMode.PUBLISHED, true, CHILDREN))).toEqual([
      { title: 'Our priorities', body: 'Keeping babies safe.\n\nNeglect: #set page(paper: "a6") and \\ $x$ print as written.', draft: false },
    ]);
    expect(pdfNarratives(reportNarratives(versions, ReportMode.EXACT, true, CHILDREN))).toEqual([
      { title: 'Our priorities', body: 'Redrafted priorities, awaiting the board.', draft: true },
      { title: 'The voice of children, families and practitioners', body: 'What young people told us.', draft: true },
    ]);
  });

  it('lays the OBA measures out under their question, this year beside the year before', () => {
    expect(pdfObaScorecard(obaRows)).toEqual({
      groups: [
        {
          heading: 'How well did we do it?',
          measures: [
            {
              label: 'Plans reviewed on time',
              current: '82.5% (2025/26 Q4)',
              previous: '75% (2024/25 Q4)',
              target: '90%',
              status: 'Off target',
              trend: 'Improving for 2 periods',
            },
          ],
        },
      ],
    });
  });

  it("says what a table counts and whether it is suppressed, in the web page's words", () => {
    expect(tableNote(table, ReportMode.PUBLISHED)).toBe(
      'Places booked at sessions held in the year, by the sector of the attendee’s agency. It counts people by their characteristics, so small counts are suppressed (c).',
    );
    expect(tableNote({ ...table, disclosure: ReportDisclosure.WORK }, ReportMode.PUBLISHED)).toMatch(/It counts the partnership's own work, published as it is\.$/);
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
      'Our priorities',
      'Headline figures',
      'Outcomes-based accountability scorecard',
      'Training places booked by agency sector',
      'About these figures',
    ]);
    expect(texts('H3')).toEqual(['How much did we do?', 'Is anyone better off?', 'How well did we do it?']);
    expect(texts('P')).toContain('Neglect: #set page(paper: "a6") and \\ $x$ print as written.');
    expect(text).not.toContain(DRAFT_MARKING);
    expect(text).not.toContain('Redrafted priorities');
    expect(texts('TH')).toEqual(expect.arrayContaining(['Measure', '2025/26', '2024/25', 'Target', 'Against target', 'Trend']));
    expect(texts('TD')).toEqual(expect.arrayContaining(['Plans reviewed on time', '82.5% (2025/26 Q4)', '75% (2024/25 Q4)', '90%', 'Off target']));
    // The report table: its row heading, this year's totals, then the year before's.
    const training = nodes.find((n) => n.role === 'Table' && n.text.startsWith('Agency sector'));
    const rowsOf = (n: Node): Node[] => n.children.flatMap((c) => (c.role === 'TR' ? [c] : rowsOf(c)));
    expect(rowsOf(training ?? { role: '', text: '', children: [] }).map((r) => r.text)).toEqual([
      'Agency sector Attended Did not attend Total Total 2024/25',
      'Police c c 8 6',
      'Health 10 0 10 9',
      'Total c c 18 15',
    ]);
    expect(nodes.filter((n) => n.role === 'Figure').map((n) => n.alt)).toEqual([rowTotalsChart(table, 'Agency sector').alt]);
    expect(text).toContain('Northshire "Safeguarding" Children Partnership');
    expect(text).toContain('Published version: small numbers suppressed.');
    expect(text).toContain('Places booked at sessions held in the year');
  });

  it('marks a draft narrative in the exact version', () => {
    const exact = { ...input, mode: ReportMode.EXACT, narratives: pdfNarratives(reportNarratives(versions, ReportMode.EXACT, true, CHILDREN)) };
    const { nodes } = structure(compileTypstPdf(reportTypst(exact)));
    const texts = (role: string) => nodes.filter((n) => n.role === role).map((n) => n.text);
    expect(texts('H2').slice(0, 3)).toEqual(['Contents', 'Our priorities', 'The voice of children, families and practitioners']);
    const paragraphs = texts('P');
    const at = paragraphs.indexOf('Redrafted priorities, awaiting the board.');
    expect(paragraphs[at - 1]).toBe(DRAFT_MARKING);
    expect(paragraphs.filter((p) => p === DRAFT_MARKING)).toHaveLength(2);
  });
});
