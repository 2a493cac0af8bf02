import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure, COLOURS, QueryState, formatCount, formatRate, type Column } from '@sli/shared/ui';
import { useCompletionSeries, type CompletionPeriod } from '../api/series';
import type { Scope } from '../lib/scope';

const num = (key: string, header: string, pick: (r: CompletionPeriod) => number): Column<CompletionPeriod> => ({
  key,
  header,
  align: 'right',
  value: pick,
  render: (r) => formatCount(pick(r)),
});

const columns: Column<CompletionPeriod>[] = [
  { key: 'period', header: 'Quarter due', value: (r) => r.period.label },
  num('due', 'Due', (r) => r.due),
  num('onTime', 'Completed on time', (r) => r.completedOnTime),
  num('late', 'Completed late', (r) => r.completedLate),
  num('outstanding', 'Outstanding', (r) => r.outstanding),
  num('overdue', 'Of which overdue', (r) => r.overdue),
  num('cancelled', 'Cancelled', (r) => r.cancelled),
  {
    key: 'rate',
    header: 'On time %',
    align: 'right',
    value: (r) => (r.onTimeRate.value == null ? null : Math.round(r.onTimeRate.value * 1000) / 10),
    render: (r) => formatRate(r.onTimeRate),
  },
];

/** Completion over time: per quarter of due date, completed on time, late and still outstanding. */
export function CompletionChart({ scope, periodLabel, asOfLabel }: { scope: Scope; periodLabel: string; asOfLabel: string }) {
  const query = useCompletionSeries(scope);
  const rows = query.data ?? [];
  return (
    <QueryState isLoading={query.isLoading} error={query.error} isEmpty={rows.every((r) => r.due === 0)} empty="No actions were due in this period.">
      <ChartFigure
        title={`Actions due each quarter of ${periodLabel}: completed on time, late or outstanding`}
        n={{ count: rows.reduce((s, r) => s + r.due, 0), of: 'actions due (not cancelled)' }}
        description={`As of ${asOfLabel}. Cancelled actions are left out.`}
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <BarChart accessibilityLayer={false} data={rows.map((r) => ({ ...r, label: r.period.label }))} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend itemSorter={null} />
              <Bar dataKey="completedOnTime" name="Completed on time" stackId="a" fill={COLOURS.tertiary} isAnimationActive={false} />
              <Bar dataKey="completedLate" name="Completed late" stackId="a" fill={COLOURS.secondary} isAnimationActive={false} />
              <Bar dataKey="outstanding" name="Outstanding" stackId="a" fill={COLOURS.grey} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        }
        columns={columns}
        rows={rows}
        exportName="action-completion-by-quarter"
        rowKey={(r) => r.period.start}
      />
    </QueryState>
  );
}
