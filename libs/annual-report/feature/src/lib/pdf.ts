import type { AnnualReport } from '../api/annual-report';
import { changeText, figureText, outOf, ROW_HEADER, TABLE_NOTES, tableRows } from './report-rows';
import { EXACT_NOTE, suppressionNote } from './suppression';

/** The standard PDF fonts speak Windows-1252: replace what they cannot print. */
const pdfText = (s: string) => s.replace(/[–—−]/g, '-').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/…/g, '...');

const MARGIN = 40;

/** Long date for the cover line: 31 March 2026. */
const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function pdfFileName(report: AnnualReport): string {
  const who = report.partnership.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `annual-report-${who}-${report.financialYear.replace('/', '-')}${report.mode === 'EXACT' ? '-exact' : ''}.pdf`;
}

/**
 * The annual report as a PDF built in the browser: title, year, headline figures and every table with its totals.
 * jsPDF and its table plugin load only when someone asks for a PDF, so the main bundle stays small.
 */
export async function downloadReportPdf(report: AnnualReport): Promise<void> {
  const [{ jsPDF }, { autoTable }] = await Promise.all([import('jspdf'), import('jspdf-autotable')]);
  const doc = new jsPDF({ unit: 'pt', format: 'a4' });
  const width = doc.internal.pageSize.getWidth();
  const text = (s: string, y: number, size: number, style: 'normal' | 'bold' = 'normal'): number => {
    doc.setFont('helvetica', style);
    doc.setFontSize(size);
    const lines = doc.splitTextToSize(pdfText(s), width - 2 * MARGIN) as string[];
    doc.text(lines, MARGIN, y);
    return y + lines.length * size * 1.3;
  };
  const lastY = () => (doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable?.finalY ?? MARGIN;
  const published = report.mode === 'PUBLISHED';
  const head = { fillColor: [29, 79, 145] as [number, number, number], textColor: 255, fontStyle: 'bold' as const };
  const foot = { fillColor: [243, 242, 241] as [number, number, number], textColor: 11, fontStyle: 'bold' as const };

  doc.setProperties({ title: `Annual report ${report.financialYear}: ${report.partnership.name}`, subject: 'Safeguarding annual report' });
  let y = text(`Annual report ${report.financialYear}`, MARGIN + 20, 22, 'bold');
  y = text(report.partnership.name, y + 2, 14, 'bold');
  y = text(`Financial year ${report.year.label}: ${longDate(report.year.start)} to ${longDate(report.year.end)}. Figures as of ${longDate(report.asOf)}.`, y + 4, 10);
  y = text(published ? 'Published version: small numbers suppressed.' : 'EXACT VERSION: for internal use only.', y + 2, 10, 'bold');
  y = text(published ? suppressionNote(report.suppressionThreshold) : EXACT_NOTE, y + 2, 9);

  y = text('Headline figures', y + 14, 14, 'bold');
  autoTable(doc, {
    startY: y,
    margin: { left: MARGIN, right: MARGIN },
    head: [['Figure', report.year.label, report.previousYear.label, 'Change', `${report.year.label}: counted`]],
    body: report.headlines.map((f) => [
      pdfText(f.label),
      figureText(f.current, f.unit),
      figureText(f.previous, f.unit),
      pdfText(changeText(f.change, f.unit)),
      outOf(f.currentNumerator, f.currentDenominator) ?? '',
    ]),
    styles: { fontSize: 8.5, cellPadding: 3 },
    headStyles: head,
    columnStyles: { 1: { halign: 'right' }, 2: { halign: 'right' }, 3: { halign: 'right' } },
  });

  for (const table of report.tables) {
    y = lastY() + 24;
    if (y > doc.internal.pageSize.getHeight() - 140) {
      doc.addPage();
      y = MARGIN + 10;
    }
    y = text(table.title, y, 13, 'bold');
    y = text(TABLE_NOTES[table.key], y, 9);
    const rows = tableRows(table);
    const body = rows.filter((r) => !r.isTotal);
    const total = rows[rows.length - 1];
    const right = Object.fromEntries(table.columnHeaders.map((_, j) => [j + 1, { halign: 'right' as const }]));
    autoTable(doc, {
      startY: y,
      margin: { left: MARGIN, right: MARGIN },
      head: [[ROW_HEADER[table.key], ...table.columnHeaders, 'Total'].map(pdfText)],
      body: body.map((r) => [pdfText(r.head), ...r.cells, r.total]),
      foot: total ? [[total.head, ...total.cells, total.total]] : [],
      styles: { fontSize: 8.5, cellPadding: 3 },
      headStyles: head,
      footStyles: foot,
      columnStyles: { ...right, [table.columnHeaders.length + 1]: { halign: 'right', fontStyle: 'bold' } },
      showFoot: 'lastPage',
    });
  }

  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    const footer = `${report.partnership.name} - annual report ${report.financialYear}${published ? '' : ' - EXACT, internal use only'} - page ${i} of ${pages}`;
    doc.text(pdfText(footer), MARGIN, doc.internal.pageSize.getHeight() - 20);
  }
  doc.save(pdfFileName(report));
}
