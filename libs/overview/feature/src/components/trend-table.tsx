import { DataTable, formatCount, type Column } from '@sli/shared/ui';
import { formatFigure, NO_DATA, type Headline } from '../lib/headlines';

/** A rate as a percentage to one decimal place, a count as it is: the number the CSV / XLSX holds. */
function exported(h: Headline, i: number): number | null {
  const v = h.figure.trend[i]?.value ?? null;
  if (v === null || h.noData.trend[i]) return null;
  return h.figure.unit === 'count' ? v : Math.round(v * 10) / 10;
}

/** The sparklines' figures as a table (and CSV / XLSX): one row per measure, one column per year, with n for rates. */
export function TrendTable({ headlines, labels }: { headlines: Headline[]; labels: string[] }) {
  const columns: Column<Headline>[] = [
    { key: 'measure', header: 'Measure', value: (h) => h.def.title },
    { key: 'unit', header: 'Unit', value: (h) => (h.figure.unit === 'percent' ? '%' : h.figure.unit) },
    ...labels.map(
      (label, i): Column<Headline> => ({
        key: `y${i}`,
        header: label,
        align: 'right',
        value: (h) => exported(h, i),
        render: (h) => {
          const v = h.figure.trend[i];
          if (!v) return '–';
          if (h.noData.trend[i]) return NO_DATA;
          return h.figure.unit === 'percent' && v.denominator ? `${formatFigure(h.figure.unit, v)} (${formatCount(v.numerator ?? 0)} of ${formatCount(v.denominator)})` : formatFigure(h.figure.unit, v);
        },
      }),
    ),
  ];
  return (
    <details>
      <summary>Show the trend figures as a table</summary>
      <DataTable
        caption={`Headline measures year by year, ${labels[0] ?? ''} to ${labels.at(-1) ?? ''}, past years as of their end`}
        columns={columns}
        rows={headlines}
        exportName="overview-trend"
        rowKey={(h) => h.def.key}
      />
    </details>
  );
}
