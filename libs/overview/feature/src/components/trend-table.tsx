import { DataTable, type Column } from '@sli/shared/ui';
import { formatFigure, type Headline } from '../lib/headlines';

/** A rate as a percentage to one decimal place, a count as it is: the number the CSV / XLSX holds. */
function exported(h: Headline, i: number): number | null {
  const v = h.trend[i] ?? null;
  if (v === null) return null;
  return h.def.unit === 'share' ? Math.round(v * 1000) / 10 : v;
}

/** The sparklines' figures as a table (and CSV / XLSX): one row per measure, one column per year. */
export function TrendTable({ headlines, labels }: { headlines: Headline[]; labels: string[] }) {
  const columns: Column<Headline>[] = [
    { key: 'measure', header: 'Measure', value: (h) => h.def.label },
    { key: 'unit', header: 'Unit', value: (h) => (h.def.unit === 'share' ? '%' : 'count') },
    ...labels.map(
      (label, i): Column<Headline> => ({
        key: `y${i}`,
        header: label,
        align: 'right',
        value: (h) => exported(h, i),
        render: (h) => formatFigure(h.def, { value: h.trend[i] ?? null }),
      }),
    ),
  ];
  return (
    <details>
      <summary>Show the trend figures as a table</summary>
      <DataTable
        caption={`Headline measures year by year, ${labels[0] ?? ''} to ${labels.at(-1) ?? ''}`}
        columns={columns}
        rows={headlines}
        exportName="overview-trend"
        rowKey={(h) => h.def.key}
      />
    </details>
  );
}
