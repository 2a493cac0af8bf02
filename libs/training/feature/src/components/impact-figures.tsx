import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure, COLOURS, formatCount, formatNumber, formatRate, type Column } from '@sli/shared/ui';
import { legendProps } from './legend';
import type { ImpactPeriod } from '../api/training';
import { axisProps, pct } from './reach-over-time';

const round2 = (v: number | null | undefined) => (v == null ? null : Math.round(v * 100) / 100);
const signed = (v: number | null | undefined) => (v == null ? '–' : `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v))}`);

const confidenceColumns: Column<ImpactPeriod>[] = [
  { key: 'period', header: 'Period', value: (r) => r.period.label },
  { key: 'evaluations', header: 'Evaluations (n)', align: 'right' },
  { key: 'before', header: 'Mean before (1–5)', align: 'right', value: (r) => round2(r.meanConfidenceBefore), render: (r) => formatNumber(r.meanConfidenceBefore) },
  { key: 'after', header: 'Mean after (1–5)', align: 'right', value: (r) => round2(r.meanConfidenceAfter), render: (r) => formatNumber(r.meanConfidenceAfter) },
  { key: 'change', header: 'Mean change', align: 'right', value: (r) => round2(r.meanConfidenceChange), render: (r) => signed(r.meanConfidenceChange) },
];

const practiceColumns: Column<ImpactPeriod>[] = [
  { key: 'period', header: 'Period', value: (r) => r.period.label },
  { key: 'followUpsSent', header: 'Follow-ups sent', align: 'right' },
  { key: 'followUpsResponded', header: 'Answered', align: 'right' },
  { key: 'response', header: 'Response rate', align: 'right', value: (r) => pct(r.responseRate.value), render: (r) => formatRate(r.responseRate) },
  { key: 'changedPractice', header: 'Changed practice', align: 'right' },
  { key: 'practice', header: '% changed practice', align: 'right', value: (r) => pct(r.practiceChange.value), render: (r) => formatRate(r.practiceChange) },
];

/** Mean self-rated confidence before and after the session, period by period, with n. */
export function ConfidenceFigure({ rows, grainWord }: { rows: ImpactPeriod[]; grainWord: string }) {
  const data = rows.map((r) => ({ label: r.period.label, before: round2(r.meanConfidenceBefore), after: round2(r.meanConfidenceAfter) }));
  const n = rows.reduce((s, r) => s + r.evaluations, 0);
  return (
    <ChartFigure
      title={`Confidence before and after by ${grainWord}`}
      n={{ count: n, of: 'evaluations' }}
      description={`Mean self-rated confidence on a 1 to 5 scale, from ${formatCount(n)} end-of-session evaluations.`}
      exportName="training-confidence"
      columns={confidenceColumns}
      rows={rows}
      rowKey={(r) => r.period.start}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis {...axisProps(data.length)} />
            <YAxis domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} width={32} />
            <Tooltip />
            <Legend {...legendProps} />
            <Bar dataKey="before" name="Before" fill={COLOURS.grey} isAnimationActive={false} />
            <Bar dataKey="after" name="After" fill={COLOURS.primary} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
}

/** Of those who answered the follow-up, the share whose practice changed; and how many answered. */
export function PracticeChangeFigure({ rows, grainWord }: { rows: ImpactPeriod[]; grainWord: string }) {
  const data = rows.map((r) => ({ label: r.period.label, practice: pct(r.practiceChange.value), response: pct(r.responseRate.value) }));
  return (
    <ChartFigure
      title={`Practice change at follow-up by ${grainWord}`}
      n={{ count: rows.reduce((s, r) => s + r.followUpsResponded, 0), of: 'follow-ups answered' }}
      description="Share of follow-up answers saying the training changed their practice (bars), and the share of follow-ups answered (line). Follow-ups for recent sessions may not be due or answered yet."
      exportName="training-practice-change"
      columns={practiceColumns}
      rows={rows}
      rowKey={(r) => r.period.start}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis {...axisProps(data.length)} padding={{ left: 8, right: 8 }} />
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} width={44} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? `${v}%` : String(v))} />
            <Legend {...legendProps} />
            <Bar dataKey="practice" name="Changed practice" fill={COLOURS.tertiary} isAnimationActive={false} />
            <Line type="linear" dataKey="response" name="Response rate" stroke={COLOURS.quaternary} strokeWidth={2} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      }
    />
  );
}
