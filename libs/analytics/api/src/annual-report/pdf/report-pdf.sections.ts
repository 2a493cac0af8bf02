import { EXACT_DISCLOSURE_NOTE, formatObaValue, longDate, narrativeParagraphs, publishedDisclosureNote, type ObaUnit } from '@sli/analytics-domain';
import { ReportMode } from '../annual-report.enums';
import type { AnnualReportNarrative } from '../models/annual-report-narrative.model';
import type { AnnualReportObaMeasure } from '../models/annual-report-oba.model';
import type { AnnualReportFigure, AnnualReportTable } from '../models/annual-report.model';

/** A narrative section the business unit writes and the board approves (priorities, voice of children…). */
export interface PdfNarrative {
  title: string;
  /** Plain text; a blank line starts a new paragraph. */
  body: string;
  /** True when the text awaits the board's approval (exact version only): printed marked as a draft. */
  draft: boolean;
}

/** One measure of the partnership's OBA scorecard, as printed. */
export interface PdfObaMeasure {
  label: string;
  /** The latest value as of the year's last day, with its unit and period, e.g. "82.5% (2025/26 Q4)". */
  current: string;
  /** The same as of the year before's last day. */
  previous: string;
  target: string;
  /** e.g. "On target", "Off target". */
  status: string;
  /** The scorecard's words, from the one trend rule: "Improving for 3 periods". */
  trend: string;
}

/** The OBA scorecard: measures under the three questions. */
export interface PdfObaScorecard {
  groups: readonly { heading: string; measures: readonly PdfObaMeasure[] }[];
}

/** What the PDF is made from: the report as the GraphQL query resolves it, and who asked for it. */
export interface PdfReportInput {
  partnership: { name: string; ref: string };
  financialYear: string;
  mode: ReportMode;
  suppressionThreshold: number;
  year: { label: string; start: string; end: string };
  previousYear: { label: string };
  asOf: string;
  headlines: readonly AnnualReportFigure[];
  tables: readonly AnnualReportTable[];
  /** The narrative sections with text to print, in print order; none are printed when empty. */
  narratives?: readonly PdfNarrative[];
  /** The OBA scorecard section; left out when absent or without measures. */
  oba?: PdfObaScorecard | null;
  /** When and by whom the file was made (printed on the cover). */
  madeAt: Date;
  madeBy: string;
}

/**
 * The sections of the document, in order. Adding a kind of section is one member here and one
 * renderer in report-pdf.typst.ts (the compiler insists on both).
 */
export type PdfSection =
  | { kind: 'headlines'; title: string; groups: readonly { heading: string | null; figures: readonly AnnualReportFigure[] }[] }
  | { kind: 'oba'; title: string; scorecard: PdfObaScorecard }
  | { kind: 'narrative'; title: string; paragraphs: readonly string[]; draft: boolean }
  | { kind: 'table'; title: string; note: string; table: AnnualReportTable }
  | { kind: 'notes'; title: string; paragraphs: readonly string[] };

/** The OBA scorecard's three questions, in the order a scorecard asks them. */
export const OBA_QUADRANTS: readonly { key: string; heading: string }[] = [
  { key: 'how-much', heading: 'How much did we do?' },
  { key: 'how-well', heading: 'How well did we do it?' },
  { key: 'better-off', heading: 'Is anyone better off?' },
];

/** The note that explains `c` (published) or warns that nothing is suppressed (exact): the web page's words. */
export function disclosureNote(mode: ReportMode, threshold: number): string {
  return mode === ReportMode.EXACT ? EXACT_DISCLOSURE_NOTE : publishedDisclosureNote(threshold);
}

/** What a table counts, and whether the published version suppresses it: the web page's words. */
export function tableNote(table: AnnualReportTable, mode: ReportMode): string {
  const kind =
    table.disclosure !== 'people-by-characteristic'
      ? "It counts the partnership's own work, published as it is."
      : mode === ReportMode.PUBLISHED
        ? 'It counts people by their characteristics, so small counts are suppressed (c).'
        : 'It counts people by their characteristics: the published version suppresses small counts.';
  return `${table.description} ${kind}`;
}

/** The marking on a narrative section the board has not yet approved (exact version only). */
export const DRAFT_MARKING = 'Draft — not yet approved';

/** The narrative sections the report prints: those with text in this mode (approved text only when published). */
export function pdfNarratives(narratives: readonly AnnualReportNarrative[]): PdfNarrative[] {
  return narratives.flatMap((n) => (n.text ? [{ title: n.title, body: n.text, draft: n.textIsDraft }] : []));
}

const oneDp = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

const TARGET_STATUS: Record<string, string> = { 'on-target': 'On target', 'off-target': 'Off target', 'no-target': 'No target', 'no-data': 'No data yet' };
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function latestText(a: AnnualReportObaMeasure['analysis'], unit: string): string {
  const l = a.latest;
  if (!l) return '–';
  const counted = l.numerator != null && l.denominator != null ? `, ${oneDp.format(l.numerator)} of ${oneDp.format(l.denominator)}` : '';
  return `${formatObaValue(l.value, unit as ObaUnit)} (${l.label}${counted})`;
}

/** The OBA section's rows under the three questions, in scorecard order. */
export function pdfObaScorecard(rows: readonly AnnualReportObaMeasure[]): PdfObaScorecard {
  return {
    groups: OBA_QUADRANTS.map((q) => ({
      heading: q.heading,
      measures: rows
        .filter((r) => r.quadrant === q.key)
        .map((r) => ({
          label: r.measure.name,
          current: latestText(r.analysis, r.measure.unit),
          previous: latestText(r.previous, r.measure.unit),
          target: formatObaValue(r.analysis.target, r.measure.unit as ObaUnit),
          status: TARGET_STATUS[r.analysis.status] ?? capital(r.analysis.status),
          trend: r.analysis.words.trend,
        })),
    })).filter((g) => g.measures.length > 0),
  };
}

/** The report's sections in reading order: whatever the report holds, nothing it does not. */
export function reportSections(input: PdfReportInput): PdfSection[] {
  const sections: PdfSection[] = [];
  // A board paper opens with what the partnership says about its year, then the figures that bear it out.
  for (const n of input.narratives ?? []) {
    sections.push({ kind: 'narrative', title: n.title, paragraphs: narrativeParagraphs(n.body), draft: n.draft });
  }
  if (input.headlines.length > 0) {
    // Grouped by the OBA question each figure answers; a figure of no known quadrant still prints, last.
    const known = new Set(OBA_QUADRANTS.map((q) => q.key));
    const groups = [
      ...OBA_QUADRANTS.map((q) => ({ heading: q.heading as string | null, figures: input.headlines.filter((f) => f.quadrant === q.key) })),
      { heading: 'Other figures', figures: input.headlines.filter((f) => !known.has(f.quadrant)) },
    ].filter((g) => g.figures.length > 0);
    sections.push({ kind: 'headlines', title: 'Headline figures', groups });
  }
  if (input.oba && input.oba.groups.some((g) => g.measures.length > 0)) {
    sections.push({ kind: 'oba', title: 'Outcomes-based accountability scorecard', scorecard: input.oba });
  }
  for (const table of input.tables) {
    sections.push({ kind: 'table', title: table.title, note: tableNote(table, input.mode), table });
  }
  sections.push({
    kind: 'notes',
    title: 'About these figures',
    paragraphs: [
      disclosureNote(input.mode, input.suppressionThreshold),
      `A record falls in the year by its defining date (${longDate(input.year.start)} to ${longDate(input.year.end)}). ` +
        `Figures that depend on a date, such as overdue actions, are as of ${longDate(input.asOf)}. ` +
        `Each figure beside the year before (${input.previousYear.label}) is computed by the same definition.`,
      `Made on ${input.madeAt.toISOString().slice(0, 16).replace('T', ' ')} UTC by ${input.madeBy}, from the partnership's records in Safeguarding Learning & Impact.`,
    ],
  });
  return sections;
}

/** `annual-report_NSCP_2025-26_published.pdf` */
export function reportPdfFileName(ref: string, financialYear: string, mode: ReportMode): string {
  const safeRef = ref.replace(/[^A-Za-z0-9-]+/g, '-');
  return `annual-report_${safeRef}_${financialYear.replace('/', '-')}_${mode}.pdf`;
}
