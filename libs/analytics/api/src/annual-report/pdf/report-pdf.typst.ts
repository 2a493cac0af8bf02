import { ReportMode } from '../annual-report.enums';
import type { AnnualReportFigure, AnnualReportTable } from '../models/annual-report.model';
import { rowTotalsChart } from './report-pdf.chart';
import { longDate } from '@sli/analytics-domain';
import { disclosureNote, DRAFT_MARKING, reportSections, type PdfReportInput, type PdfSection } from './report-pdf.sections';

/**
 * The annual report as Typst source. Every piece of text from the report (names, narrative a person
 * wrote) enters as a Typst string literal, never as markup, so nothing in it can change the document.
 */
export function reportTypst(input: PdfReportInput): string {
  return [preamble(input), cover(input), ...reportSections(input).map((s) => renderSection(s, input))].join('\n');
}

/** A Typst string literal holding `s` exactly. */
export function typstString(s: string): string {
  const escaped = s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n?|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- control characters have no place in a printed report
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');
  return `"${escaped}"`;
}

const str = typstString;
const published = (input: PdfReportInput) => input.mode === ReportMode.PUBLISHED;
const title = (input: PdfReportInput) => `Annual report ${input.year.label}`;

function preamble(input: PdfReportInput): string {
  const marking = published(input) ? 'Published version' : 'Exact version: internal use only';
  const running = `${title(input)} · ${input.partnership.ref} · ${marking}`;
  return `
#set document(title: ${str(`${title(input)}: ${input.partnership.name}`)}, author: ${str(input.partnership.name)}, keywords: ("safeguarding", "annual report", ${str(input.year.label)}))
#set text(lang: "en", region: "gb", font: "Libertinus Serif", size: 10.5pt)
#set par(justify: false, spacing: 0.9em)
#set page(
  paper: "a4",
  margin: (x: 2cm, top: 2.2cm, bottom: 2.2cm),
  header: ${published(input) ? 'none' : `align(right, text(size: 9pt, weight: "bold", fill: rgb("#d4351c"), ${str('EXACT VERSION: FOR INTERNAL USE ONLY. DO NOT PUBLISH.')}))`},
  footer: context {
    set text(size: 8.5pt, fill: rgb("#505a5f"))
    ${str(running)}
    h(1fr)
    [Page #counter(page).display() of #counter(page).final().first()]
  },
)
#show heading: set text(fill: rgb("#1d4f91"))
#show heading.where(level: 1): set text(size: 24pt)
#show heading.where(level: 2): set text(size: 15pt)
#show heading.where(level: 3): set text(size: 12pt)
#show outline: set heading(level: 2)
#set table(inset: (x: 5pt, y: 4pt), stroke: (x, y) => (bottom: if y == 0 { 0.8pt + rgb("#0b0c0c") } else { 0.4pt + rgb("#b1b4b6") }))
#show table: set text(size: 9pt, number-width: "tabular")
#show table.cell.where(y: 0): strong
#show figure: set block(breakable: false)
`;
}

function cover(input: PdfReportInput): string {
  const marking = published(input)
    ? 'Published version: small numbers suppressed.'
    : 'EXACT VERSION: for internal use only. Small numbers are not suppressed: do not publish or share.';
  return `
#heading(level: 1, outlined: false, ${str(title(input))})
#text(size: 16pt, weight: "bold", ${str(input.partnership.name)})
#v(0.6em)
#par(${str(`Financial year ${input.year.label}: ${longDate(input.year.start)} to ${longDate(input.year.end)}.`)})
#par(${str(`Figures as of ${longDate(input.asOf)}.`)})
#block(width: 100%, inset: 8pt, stroke: 1pt + rgb(${published(input) ? '"#1d4f91"' : '"#d4351c"'}), strong(${str(marking)}))
#par(text(size: 9pt, ${str(disclosureNote(input.mode, input.suppressionThreshold))}))
#v(1.5em)
#outline(title: "Contents", depth: 2)
#pagebreak()
`;
}

/** One renderer per kind of section: a new kind fails to compile until it has one. */
type Renderers = { [K in PdfSection['kind']]: (section: Extract<PdfSection, { kind: K }>, input: PdfReportInput) => string };

const RENDERERS: Renderers = {
  headlines: (s, input) =>
    [
      heading(2, s.title),
      para(`Each figure for ${input.year.label} beside ${input.previousYear.label}, computed by the same definition. Rates show what they were counted from.`),
      ...s.groups.flatMap((g) => [...(g.heading ? [heading(3, g.heading)] : []), headlineTable(g.figures, input)]),
    ].join('\n'),
  oba: (s, input) =>
    [
      heading(2, s.title),
      para(
        `The partnership's headline measures as of the last day of ${input.year.label}: the latest value (its period in brackets), ` +
          `the same a year earlier, the target, where the latest value stands against it and how the values are moving.`,
      ),
      ...s.scorecard.groups
        .filter((g) => g.measures.length > 0)
        .flatMap((g) => [
          heading(3, g.heading),
          table(
            ['Measure', input.year.label, input.previousYear.label, 'Target', 'Against target', 'Trend'],
            ['left', 'right', 'right', 'right', 'left', 'left'],
            g.measures.map((m) => [m.label, m.current, m.previous, m.target, m.status, m.trend]),
            null,
            ['1.6fr', '1fr', '1fr', 'auto', 'auto', '1.2fr'],
          ),
        ]),
    ].join('\n'),
  narrative: (s) =>
    [
      heading(2, s.title),
      ...(s.draft
        ? [
            `#block(width: 100%, inset: 8pt, stroke: (left: 3pt + rgb("#d4351c")), fill: rgb("#fdf2f0"), [#par(strong(${str(DRAFT_MARKING)}))\n${s.paragraphs.map(para).join('\n')}])`,
          ]
        : s.paragraphs.map(para)),
    ].join('\n'),
  table: (s, input) =>
    [
      heading(2, s.title),
      para(s.note),
      ...(s.table.rowHeaders.length === 0
        ? [para('Nothing was recorded in the year.'), ...(s.table.previousGrandTotal !== '0' ? [para(`Total in ${input.previousYear.label}: ${s.table.previousGrandTotal}.`)] : [])]
        : [reportTable(s.table, input), ...(hasBars(s.table) ? [chart(s.table)] : [])]),
    ].join('\n'),
  notes: (s) => [heading(2, s.title), ...s.paragraphs.map((p) => `#par(text(size: 9.5pt, ${str(p)}))`)].join('\n'),
};

function renderSection(section: PdfSection, input: PdfReportInput): string {
  const render = RENDERERS[section.kind] as (s: PdfSection, i: PdfReportInput) => string;
  return render(section, input);
}

const heading = (level: number, text: string) => `#heading(level: ${level}, ${str(text)})`;
const para = (text: string) => `#par(${str(text)})`;

/** A table with a header row (tagged TH), body rows and an optional totals row (bold, in the table's footer). */
function table(head: readonly string[], align: readonly string[], body: readonly (readonly string[])[], foot: readonly string[] | null, columns?: readonly string[]): string {
  const cells = (row: readonly string[]) => row.map(str).join(', ');
  const widths = columns ?? ['1fr', ...head.slice(1).map(() => 'auto')];
  return `#table(
  columns: (${widths.join(', ')}),
  align: (${align.join(', ')}),
  table.header(${cells(head)}),
${body.map((r) => `  ${cells(r)},`).join('\n')}
${foot ? `  table.footer(repeat: false, ${foot.map((c) => `strong(${str(c)})`).join(', ')}),` : ''}
)`;
}

/** "60.7%", "c", "–" when nothing was measured. */
export function figureText(v: string | null, unit: string): string {
  if (v == null) return '–';
  if (v === 'c') return 'c';
  if (unit === 'percent') return `${v}%`;
  if (unit === 'days') return `${v} days`;
  return v;
}

function changeText(v: string | null, unit: string): string {
  if (v == null) return '–';
  if (v === 'c') return 'c';
  return unit === 'percent' ? `${v} points` : v;
}

const outOf = (n: string | null, d: string | null) => (n != null && d != null ? `${n} of ${d}` : '');

function headlineTable(figures: readonly AnnualReportFigure[], input: PdfReportInput): string {
  const y = input.year.label;
  const p = input.previousYear.label;
  return table(
    ['Figure', y, `${y} counted`, p, `${p} counted`, 'Change'],
    ['left', 'right', 'right', 'right', 'right', 'right'],
    figures.map((f) => [
      f.label,
      figureText(f.current, f.unit),
      outOf(f.currentNumerator, f.currentDenominator),
      figureText(f.previous, f.unit),
      outOf(f.previousNumerator, f.previousDenominator),
      changeText(f.change, f.unit),
    ]),
    null,
  );
}

function reportTable(t: AnnualReportTable, input: PdfReportInput): string {
  // A wide table shares the width out evenly (headings wrap) so the row headings keep a readable column.
  const wide = t.columnHeaders.length > 3;
  return table(
    [t.rowHeading, ...t.columnHeaders, 'Total', `Total ${input.previousYear.label}`],
    ['left', ...t.columnHeaders.map(() => 'right'), 'right', 'right'],
    t.rowHeaders.map((h, i) => [h, ...(t.cells[i] ?? []), t.rowTotals[i] ?? '', t.previousRowTotals[i] ?? '']),
    ['Total', ...t.columnTotals, t.grandTotal, t.previousGrandTotal],
    wide ? ['1.6fr', ...t.columnHeaders.map(() => '1fr'), '1fr', 'auto'] : undefined,
  );
}

/** A chart only where it shows something: at least one row total that is published and not zero. */
const hasBars = (t: AnnualReportTable) => t.rowTotals.some((v) => /^\d+$/.test(v) && Number(v) > 0);

function chart(t: AnnualReportTable): string {
  const c = rowTotalsChart(t, t.rowHeading);
  return `#figure(image(bytes(${str(c.svg)}), format: "svg", width: 100%, alt: ${str(c.alt)}), caption: ${str(c.caption)})`;
}
