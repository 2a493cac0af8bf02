import { TOO_FEW_TO_COMPARE } from '@sli/analytics-domain';
import type { ReviewsPageRapidTimelinessQuery } from '@sli/shared/data-access';
import { ChartFigure, COLOURS, formatShare, QueryState, RAG_COLOURS, type Column } from '@sli/shared/ui';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

type Row = ReviewsPageRapidTimelinessQuery['rapidReviewMetrics'][number];

const columns: Column<Row>[] = [
  { key: 'period', header: 'Quarter', value: (r) => r.period?.label ?? 'All' },
  { key: 'rapidReviews', header: 'Rapid reviews', align: 'right' },
  { key: 'sent', header: 'Sent to the panel', align: 'right' },
  { key: 'onTime', header: 'On time', align: 'right' },
  { key: 'late', header: 'Late', align: 'right' },
  { key: 'overdue', header: 'Not sent, overdue', align: 'right' },
  { key: 'due', header: 'Not sent, still due', align: 'right' },
  {
    key: 'rate',
    header: 'On-time rate',
    align: 'right',
    value: (r) => (r.onTimeRate.value == null ? null : Math.round(r.onTimeRate.value * 1000) / 10),
    render: (r) => `${formatShare(r.onTimeRate.value)} (${r.onTimeRate.numerator} of ${r.onTimeRate.denominator})`,
  },
];

interface Props {
  rows: Row[] | undefined;
  isLoading: boolean;
  error: unknown;
  /** The review type filter leaves rapid reviews out. */
  excluded: boolean;
}

/** Rapid reviews sent within 15 working days, per quarter: on time against late, and the on-time rate. */
export function RapidReviewChart({ rows, isLoading, error, excluded }: Props) {
  const data = (rows ?? []).map((r) => ({
    label: r.period?.label ?? 'All',
    onTime: r.onTime,
    late: r.late,
    overdue: r.overdue,
    // A quarter's rate on fewer sent than the threshold moves by whole tens of points on one review: shown as a point only when enough were sent.
    rate: r.onTimeRate.value == null || r.onTimeRate.denominator < TOO_FEW_TO_COMPARE ? null : r.onTimeRate.value * 100,
  }));
  const total = (rows ?? []).reduce((n, r) => n + r.rapidReviews, 0);
  const undrawn = (rows ?? []).filter((r) => r.onTimeRate.value != null && r.onTimeRate.denominator < TOO_FEW_TO_COMPARE).length;
  const rateNote =
    undrawn > 0
      ? ` The on-time rate is not drawn for ${undrawn === (rows ?? []).filter((r) => r.onTimeRate.value != null).length ? 'any quarter' : `${undrawn} quarters`}: fewer than ${TOO_FEW_TO_COMPARE} sent, too few for a rate (the table gives each with its n).`
      : '';
  return (
    <QueryState isLoading={isLoading} error={error}>
      {excluded ? (
        <p className="hint">The review type filter leaves rapid reviews out; choose “Rapid review” or all review types to see their timeliness.</p>
      ) : null}
      <ChartFigure
        title="Rapid reviews sent to the panel within 15 working days, by quarter"
        n={{ count: total, of: total === 1 ? 'rapid review' : 'rapid reviews' }}
        description={`${total} rapid review${total === 1 ? '' : 's'} in the period, placed by the notification’s date aware. Bars: sent on time, sent late, and not sent past the deadline; points: the on-time rate of those sent, where enough were sent.${rateNote}`}
        columns={columns}
        rows={rows ?? []}
        exportName="rapid-review-timeliness"
        rowKey={(r, i) => r.period?.start ?? String(i)}
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} />
              <YAxis yAxisId="count" allowDecimals={false} label={{ value: 'Rapid reviews', angle: -90, position: 'insideLeft' }} />
              <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" />
              <Tooltip />
              <Legend itemSorter={null} />
              <Bar yAxisId="count" dataKey="onTime" name="On time" stackId="rr" fill={RAG_COLOURS.GREEN} isAnimationActive={false} />
              <Bar yAxisId="count" dataKey="late" name="Late" stackId="rr" fill={COLOURS.secondary} isAnimationActive={false} />
              <Bar yAxisId="count" dataKey="overdue" name="Not sent, overdue" stackId="rr" fill={RAG_COLOURS.RED} isAnimationActive={false} />
              <Line
                yAxisId="rate"
                type="linear"
                dataKey="rate"
                name="On-time rate (%)"
                stroke={COLOURS.primary}
                strokeWidth={2}
                dot={{ r: 4 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        }
      />
    </QueryState>
  );
}
