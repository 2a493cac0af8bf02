import { TOO_FEW_TO_COMPARE } from '@sli/analytics-domain';
import type { ThemesPageTrendQuery } from '@sli/shared/data-access';
import { ChartFigure, formatRate, SERIES, type Column } from '@sli/shared/ui';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Grain, Measure } from '../lib/use-themes-params';
import { earlier, later } from '../lib/window';
import { DrillButton } from './drill-button';

type Series = ThemesPageTrendQuery['themeTrend'][number];
type Point = Series['points'][number];

interface Row {
  period: Point['period'];
  /** Each theme's point, by code. */
  points: Record<string, Point | undefined>;
}

/** Dash patterns beside the colours, so the lines differ by more than colour. */
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '12 6', '1 2'];

interface Props {
  series: Series[];
  /** Chosen codes, in the order they were chosen: it fixes each theme's colour. */
  order: string[];
  grain: Grain;
  measure: Measure;
  window: { from: string; to: string };
}

/** Chosen themes over time: one line per theme, by financial year or quarter; the table's numbers drill down. */
export function TrendChart({ series, order, grain, measure, window }: Props) {
  const ordered = [...series].sort((a, b) => order.indexOf(a.theme.code) - order.indexOf(b.theme.code));
  const periods = ordered[0]?.points.map((p) => p.period) ?? [];
  const rows: Row[] = periods.map((period, i) => ({
    period,
    points: Object.fromEntries(ordered.map((s) => [s.theme.code, s.points[i]])),
  }));
  // All reviews and audits of each period: the base of every share, and the chart's n.
  const baseOf = (r: Row) => Object.values(r.points)[0]?.share.denominator ?? 0;
  const total = rows.reduce((n, r) => n + baseOf(r), 0);
  // A share of a period with fewer records than the threshold swings by whole tens of points on one record: not drawn.
  const undrawn = measure === 'share' ? rows.filter((r) => baseOf(r) < TOO_FEW_TO_COMPARE) : [];
  const data = rows.map((r) => {
    const d: Record<string, string | number | null> = { label: r.period.label };
    for (const s of ordered) {
      const p = r.points[s.theme.code];
      if (measure === 'share') d[s.theme.code] = p?.share.value == null || baseOf(r) < TOO_FEW_TO_COMPARE ? null : Math.round(p.share.value * 1000) / 10;
      else d[s.theme.code] = p?.count ?? 0;
    }
    return d;
  });

  const columns: Column<Row>[] = [
    { key: 'period', header: grain === 'quarter' ? 'Quarter' : 'Financial year', value: (r) => r.period.label },
    { key: 'records', header: 'All reviews and audits', align: 'right', value: baseOf },
    ...ordered.flatMap<Column<Row>>((s) => [
      {
        key: `${s.theme.code}-count`,
        header: s.theme.name,
        align: 'right',
        value: (r) => r.points[s.theme.code]?.count ?? 0,
        render: (r) => {
          const p = r.points[s.theme.code];
          if (!p || p.count === 0) return '0';
          return (
            <DrillButton
              drill={{ codes: [s.theme.code], from: later(p.period.start, window.from), to: earlier(p.period.end, window.to) }}
              context={`records tagged ${s.theme.name} in ${p.period.label}`}
            >
              {p.count}
            </DrillButton>
          );
        },
      },
      {
        key: `${s.theme.code}-share`,
        header: `${s.theme.name}: share`,
        align: 'right',
        value: (r) => {
          const v = r.points[s.theme.code]?.share.value;
          return v == null ? null : Math.round(v * 1000) / 10;
        },
        render: (r) => formatRate(r.points[s.theme.code]?.share),
      },
    ]),
  ];

  const what = measure === 'share' ? 'Share of all reviews and audits (%)' : 'Reviews and audits tagged';
  const gaps =
    undrawn.length > 0
      ? ` Shares of ${undrawn.length === rows.length ? 'every period' : `${undrawn.length} of ${rows.length} periods`} are not drawn: fewer than ${TOO_FEW_TO_COMPARE} records each, too few for a share to mean much (the table keeps them).`
      : '';
  return (
    <ChartFigure
      title={`Chosen themes by ${grain === 'quarter' ? 'quarter' : 'financial year'}: ${measure === 'share' ? 'share of records' : 'records tagged'} (n = ${total} reviews and audits)`}
      description={`${what}, ${periods[0]?.label ?? ''} to ${periods[periods.length - 1]?.label ?? ''}. A record is placed by a review's initiation date or an audit's start date. Points are joined by straight lines, not smoothed.${gaps} The table's numbers list the records behind them.`}
      columns={columns}
      rows={rows}
      exportName={`theme-trend-${grain}`}
      rowKey={(r) => r.period.start}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
            <YAxis allowDecimals={measure === 'share'} unit={measure === 'share' ? '%' : undefined} width={48} />
            <Tooltip />
            <Legend itemSorter={null} />
            {ordered.map((s, i) => (
              <Line
                key={s.theme.code}
                type="linear"
                dataKey={s.theme.code}
                name={s.theme.name}
                stroke={SERIES[i % SERIES.length]}
                strokeDasharray={DASHES[(i + Math.floor(i / SERIES.length)) % DASHES.length]}
                strokeWidth={2}
                dot={{ r: 3 }}
                connectNulls={measure !== 'share'}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      }
    />
  );
}
