import { AnnualReportTableKey, ReportMode } from '../annual-report.enums';
import type { AnnualReportFigure, AnnualReportTable } from '../models/annual-report.model';

/** A narrative section the business unit writes and the board approves (priorities, voice of children…). */
export interface PdfNarrative {
  title: string;
  /** Plain text; a blank line starts a new paragraph. */
  body: string;
  /** e.g. "Approved by the board on 12 May 2026", or "Draft: not yet approved". */
  status?: string | null;
}

/** One measure of the partnership's OBA scorecard, as printed. */
export interface PdfObaMeasure {
  label: string;
  /** The latest value with its unit, e.g. "82.5%". */
  latest: string;
  /** The period of the latest value, e.g. "2025/26 Q4". */
  period: string | null;
  target: string | null;
  /** e.g. "On target", "Below target". */
  status: string | null;
  /** e.g. "Improving for 3 periods". */
  trend: string | null;
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
  /** Present once the report carries narrative sections; none are printed when empty. */
  narratives?: readonly PdfNarrative[];
  /** Present once the report carries the OBA scorecard section; left out when absent. */
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
  | { kind: 'narrative'; title: string; paragraphs: readonly string[]; status: string | null }
  | { kind: 'table'; title: string; note: string; rowHeader: string; table: AnnualReportTable }
  | { kind: 'notes'; title: string; paragraphs: readonly string[] };

/** What the row headers of each table are. */
export const ROW_HEADER: Record<AnnualReportTableKey, string> = {
  [AnnualReportTableKey.NOTIFICATIONS_BY_HARM_AND_AGE]: 'Harm',
  [AnnualReportTableKey.REVIEWS_BY_TYPE_AND_STATUS]: 'Review type',
  [AnnualReportTableKey.ACTIONS_BY_SECTOR_AND_BRAG]: 'Owner agency sector',
  [AnnualReportTableKey.TRAINING_ATTENDANCE_BY_SECTOR]: 'Agency sector',
};

/** What each table counts, from the analyst guide. */
export const TABLE_NOTES: Record<AnnualReportTableKey, string> = {
  [AnnualReportTableKey.NOTIFICATIONS_BY_HARM_AND_AGE]: "Serious incident notifications whose date aware is in the year, by harm and the child's age band.",
  [AnnualReportTableKey.REVIEWS_BY_TYPE_AND_STATUS]: 'Reviews of every type, rapid reviews included, initiated in the year, by their status.',
  [AnnualReportTableKey.ACTIONS_BY_SECTOR_AND_BRAG]:
    "The action plan on the year's last day: blue completed, red overdue, amber due within 30 days, green on track; by the owner agency's sector.",
  [AnnualReportTableKey.TRAINING_ATTENDANCE_BY_SECTOR]: "Places booked on training sessions held in the year, by the attendee's agency sector.",
};

/** The OBA scorecard's three questions, in the order a scorecard asks them. */
export const OBA_QUADRANTS: readonly { key: string; heading: string }[] = [
  { key: 'how-much', heading: 'How much did we do?' },
  { key: 'how-well', heading: 'How well did we do it?' },
  { key: 'better-off', heading: 'Is anyone better off?' },
];

/** The note that explains `c` (published) or warns that nothing is suppressed (exact). */
export function disclosureNote(mode: ReportMode, threshold: number): string {
  if (mode === ReportMode.EXACT) {
    return (
      'Exact figures, for internal use only: small numbers are not suppressed. Do not publish or share this version; ' +
      'use the published version for anything that leaves the partnership.'
    );
  }
  return (
    `c: suppressed. Counts from 1 to ${threshold} are not published, so that no child, adult or family can be identified ` +
    'from them; further counts are hidden where a row or column total would otherwise reveal a suppressed one, ' +
    'and a rate is shown as c when what it was counted from is suppressed. Totals include the suppressed counts. ' +
    'This follows the Department for Education convention for children’s social care statistics.'
  );
}

/** Long date for people: 31 March 2026. */
export function longDate(iso: string): string {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The report's sections in reading order: whatever the report holds, nothing it does not. */
export function reportSections(input: PdfReportInput): PdfSection[] {
  const sections: PdfSection[] = [];
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
  for (const n of input.narratives ?? []) {
    const paragraphs = n.body.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean);
    sections.push({ kind: 'narrative', title: n.title, paragraphs, status: n.status ?? null });
  }
  for (const table of input.tables) {
    sections.push({ kind: 'table', title: table.title, note: TABLE_NOTES[table.key], rowHeader: ROW_HEADER[table.key], table });
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
