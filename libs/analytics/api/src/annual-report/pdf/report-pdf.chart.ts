import type { AnnualReportTable } from '../models/annual-report.model';

/** A chart as the PDF draws it: SVG, and the words a screen reader says instead. */
export interface PdfChart {
  svg: string;
  alt: string;
  caption: string;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LABEL_WIDTH = 190;
const BAR_WIDTH = 240;
const VALUE_WIDTH = 70;
const ROW_HEIGHT = 18;

/**
 * A horizontal bar for each row of a table, its row total: the shape of the table at a glance. A
 * suppressed total (`c`) draws no bar and says so, rather than a bar of a guessed length.
 */
export function rowTotalsChart(table: AnnualReportTable, rowHeader: string): PdfChart {
  const values = table.rowTotals.map((t) => (/^\d+$/.test(t) ? Number(t) : null));
  const max = Math.max(1, ...values.map((v) => v ?? 0));
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = table.rowHeaders.length * ROW_HEIGHT + 6;
  const rows = table.rowHeaders.map((label, i) => {
    const y = 3 + i * ROW_HEIGHT;
    const v = values[i];
    const bar = v != null && v > 0 ? `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${((v / max) * BAR_WIDTH).toFixed(1)}" height="${ROW_HEIGHT - 6}" fill="#1d4f91"/>` : '';
    const shown = v == null ? `${table.rowTotals[i]} (suppressed)` : String(v);
    const valueX = LABEL_WIDTH + (v != null ? (v / max) * BAR_WIDTH : 0) + 4;
    return (
      `<text x="${LABEL_WIDTH - 6}" y="${y + ROW_HEIGHT - 6}" text-anchor="end">${xml(label)}</text>` +
      bar +
      `<text x="${valueX.toFixed(1)}" y="${y + ROW_HEIGHT - 6}">${xml(shown)}</text>`
    );
  });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="Libertinus Serif" font-size="9" fill="#0b0c0c">` +
    `<line x1="${LABEL_WIDTH}" y1="0" x2="${LABEL_WIDTH}" y2="${height}" stroke="#505a5f" stroke-width="0.6"/>` +
    rows.join('') +
    '</svg>';
  const described = table.rowHeaders.map((label, i) => `${label} ${values[i] ?? `${table.rowTotals[i]} (suppressed)`}`).join('; ');
  const noun = rowHeader.toLowerCase();
  return {
    svg,
    alt: `Bar chart: ${table.title}. The total for each ${noun}: ${described}. Total ${table.grandTotal}.`,
    caption: `${table.title}: total for each ${noun} (n = ${table.grandTotal}).`,
  };
}
