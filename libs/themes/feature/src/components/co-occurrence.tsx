import type { ThemesPageCoOccurrenceMatrixQuery, ThemesPageCoOccurrenceQuery } from '@sli/shared/data-access';
import { DataTable, formatShare, type Column } from '@sli/shared/ui';
import { DrillButton } from './drill-button';

type Pair = ThemesPageCoOccurrenceQuery['themeCoOccurrence'][number];
type Matrix = ThemesPageCoOccurrenceMatrixQuery['themeCoOccurrenceMatrix'];

interface WindowProps {
  window: { from: string; to: string };
  period: string;
}

/** The pairs of themes most often found on the same review or audit; "together" lists those records. */
export function TopPairs({ pairs, window, period }: WindowProps & { pairs: Pair[] }) {
  const columns: Column<Pair>[] = [
    { key: 'a', header: 'Theme', value: (p) => p.themeA.name },
    { key: 'b', header: 'Found with', value: (p) => p.themeB.name },
    {
      key: 'count',
      header: 'Together',
      align: 'right',
      value: (p) => p.count,
      render: (p) => (
        <DrillButton drill={{ codes: [p.themeA.code, p.themeB.code], ...window }} context={`records tagged both ${p.themeA.name} and ${p.themeB.name}`}>
          {p.count}
        </DrillButton>
      ),
    },
    { key: 'countA', header: 'With the theme', align: 'right', value: (p) => p.countA },
    { key: 'countB', header: 'With the other', align: 'right', value: (p) => p.countB },
    {
      key: 'jaccard',
      header: 'Overlap (Jaccard)',
      align: 'right',
      value: (p) => Math.round(p.jaccard * 1000) / 10,
      render: (p) => formatShare(p.jaccard),
    },
  ];
  return (
    <DataTable
      caption={`Pairs of themes most often found on the same record, ${period}`}
      columns={columns}
      rows={pairs}
      exportName="theme-pairs"
      rowKey={(p) => `${p.themeA.code}|${p.themeB.code}`}
      empty="No two themes were found together on these records."
    />
  );
}

/** The chosen themes × themes: records tagged with both; the diagonal is each theme's own count. */
export function CoOccurrenceMatrix({ matrix, window, period }: WindowProps & { matrix: Matrix }) {
  const caption = `Records tagged with both themes, chosen themes, ${period} (diagonal: records with the theme)`;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table data-testid="theme-matrix" style={{ width: 'auto', minWidth: 'min(100%, 32rem)' }}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Theme</span>
            </th>
            {matrix.themes.map((t) => (
              <th key={t.code} scope="col" className="num">
                {t.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.themes.map((a, i) => (
            <tr key={a.code}>
              <th scope="row">{a.name}</th>
              {matrix.themes.map((b, j) => {
                const count = matrix.counts[i]?.[j] ?? 0;
                const diagonal = i === j;
                const codes = diagonal ? [a.code] : [a.code, b.code];
                return (
                  <td key={b.code} className="num" style={diagonal ? { background: 'var(--panel)', fontWeight: 700 } : undefined}>
                    {count > 0 ? (
                      <DrillButton
                        drill={{ codes, ...window }}
                        context={diagonal ? `records tagged ${a.name}` : `records tagged both ${a.name} and ${b.name}`}
                      >
                        {count}
                      </DrillButton>
                    ) : (
                      0
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
