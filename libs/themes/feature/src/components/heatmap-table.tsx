import type { ThemesPageHeatmapQuery } from '@sli/shared/data-access';
import { metricFilter, useFilters } from '@sli/shared/data-access';
import { exportTable, formatShare, type Column, type ExportFormat } from '@sli/shared/ui';
import { BANDS, shade } from '../lib/shading';
import { GROUP_LABELS } from '../lib/themes';
import { earlier, later } from '../lib/window';
import { DrillButton } from './drill-button';

type Heatmap = ThemesPageHeatmapQuery['themeHeatmap'];
type Row = Heatmap['rows'][number] & { total: number };

interface Props {
  heatmap: Heatmap;
  /** Show every theme, not only the most tagged. */
  all: boolean;
  onToggleAll: (all: boolean) => void;
  window: { from: string; to: string };
}

/** How many rows the heatmap shows before "Show all". */
const TOP = 15;
const CAPTION = 'Reviews and audits tagged with each theme, by financial year: number (share of the year’s records)';

/** Themes × financial years as a table: each cell gives the number and share, shaded by share; a number lists its records. */
export function HeatmapTable({ heatmap, all, onToggleAll, window }: Props) {
  const { filters, range } = useFilters();
  const { periods, totals } = heatmap;
  const ranked: Row[] = heatmap.rows
    .map((r) => ({ ...r, total: r.counts.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total || a.theme.name.localeCompare(b.theme.name, 'en-GB'));
  const used = ranked.filter((r) => r.total > 0);
  const rows = all ? ranked : used.slice(0, TOP);

  const columns: Column<Row>[] = [
    { key: 'theme', header: 'Theme', value: (r) => r.theme.name },
    { key: 'group', header: 'Group', value: (r) => GROUP_LABELS[r.theme.themeGroup] },
    ...periods.flatMap<Column<Row>>((p, i) => [
      { key: `${p.start}-count`, header: `${p.label} records`, value: (r) => r.counts[i] ?? 0 },
      { key: `${p.start}-share`, header: `${p.label} share (%)`, value: (r) => (r.shares[i] == null ? null : Math.round((r.shares[i] ?? 0) * 1000) / 10) },
    ]),
    { key: 'total', header: 'All years records', value: (r) => r.total },
  ];

  const download = (format: ExportFormat) =>
    void exportTable(format, {
      name: 'theme-heatmap',
      title: 'Themes by financial year',
      columns,
      rows,
      scope: { filter: { ...metricFilter(filters, range), from: window.from, to: window.to }, asOf: null },
    });

  return (
    <div className="heatmap">
      <div className="table-tools">
        <button type="button" onClick={() => download('csv')}>
          Download CSV<span className="visually-hidden"> of {CAPTION}</span>
        </button>
        <button type="button" onClick={() => download('xlsx')}>
          Download XLSX<span className="visually-hidden"> of {CAPTION}</span>
        </button>
        {used.length > TOP || all ? (
          <button type="button" onClick={() => onToggleAll(!all)}>
            {all ? `Show the ${TOP} most tagged themes` : `Show all ${ranked.length} themes`}
          </button>
        ) : null}
      </div>
      <Legend />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={CAPTION}>
        <table data-testid="theme-heatmap">
          <caption>{CAPTION}</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              {periods.map((p) => (
                <th key={p.start} scope="col" className="num">
                  {p.label}
                </th>
              ))}
              <th scope="col" className="num">
                All years
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.theme.code}>
                <th scope="row" style={{ fontWeight: 600 }}>
                  {r.theme.name}
                </th>
                {periods.map((p, i) => {
                  const count = r.counts[i] ?? 0;
                  const share = r.shares[i];
                  const text = `${count} (${formatShare(share)})`;
                  return (
                    <td key={p.start} className="num" style={{ ...shade(share), whiteSpace: 'nowrap' }}>
                      {count > 0 ? (
                        <DrillButton
                          inherit
                          drill={{ codes: [r.theme.code], from: later(p.start, window.from), to: earlier(p.end, window.to) }}
                          context={`records tagged ${r.theme.name} in ${p.label}`}
                        >
                          {text}
                        </DrillButton>
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
                <td className="num">
                  {r.total > 0 ? (
                    <DrillButton drill={{ codes: [r.theme.code], ...window }} context={`records tagged ${r.theme.name} in all years`}>
                      {r.total}
                    </DrillButton>
                  ) : (
                    0
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All reviews and audits</th>
              {periods.map((p, i) => (
                <td key={p.start} className="num" style={{ fontWeight: 700 }}>
                  {totals[i] ?? 0}
                </td>
              ))}
              <td className="num" style={{ fontWeight: 700 }}>
                {totals.reduce((a, b) => a + b, 0)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {!all && used.length > rows.length ? (
        <p className="hint">
          Showing the {rows.length} most tagged of {used.length} themes found in these years.
        </p>
      ) : null}
    </div>
  );
}

/** What the shading means, in words beside each swatch. */
function Legend() {
  return (
    <div className="hint" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem', alignItems: 'center', margin: '0.25rem 0 0.5rem' }}>
      <span>Shading, by share of the year’s records:</span>
      {BANDS.map((b) => (
        <span key={b.label} style={{ display: 'inline-flex', gap: '0.3rem', alignItems: 'center' }}>
          <span aria-hidden="true" style={{ display: 'inline-block', width: '1.1rem', height: '1.1rem', background: b.background, border: '1px solid #5f6b76' }} />
          {b.label}
        </span>
      ))}
    </div>
  );
}
