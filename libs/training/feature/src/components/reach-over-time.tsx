import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure, COLOURS, formatRate, formatShare, type Column } from '@sli/shared/ui';
import { legendProps } from './legend';
import type { ReachPeriod } from '../api/training';

const pct = (v: number | null | undefined) => (v == null ? null : Math.round(v * 1000) / 10);

const placesColumns: Column<ReachPeriod>[] = [
  { key: 'period', header: 'Period', value: (r) => r.period.label },
  { key: 'sessions', header: 'Sessions', align: 'right' },
  { key: 'places', header: 'Places', align: 'right' },
  { key: 'bookings', header: 'Bookings', align: 'right' },
  { key: 'attendances', header: 'Attended', align: 'right' },
  { key: 'multiAgencyAttendances', header: 'Attended multi-agency courses', align: 'right' },
];

const dnaColumns: Column<ReachPeriod>[] = [
  { key: 'period', header: 'Period', value: (r) => r.period.label },
  { key: 'bookings', header: 'Bookings', align: 'right' },
  { key: 'didNotAttend', header: 'Did not attend', align: 'right' },
  { key: 'rate', header: 'Did-not-attend rate', align: 'right', value: (r) => pct(r.didNotAttendRate.value), render: (r) => formatRate(r.didNotAttendRate) },
];

const axisProps = (n: number) => ({
  dataKey: 'label',
  interval: 0,
  tick: { fontSize: 12 },
  angle: n > 6 ? -30 : 0,
  textAnchor: n > 6 ? ('end' as const) : ('middle' as const),
  height: n > 6 ? 56 : 30,
});

/** Sessions held, places offered, booked and attended, period by period. */
export function SessionsPlacesFigure({ rows, grainWord }: { rows: ReachPeriod[]; grainWord: string }) {
  const data = rows.map((r) => ({ label: r.period.label, sessions: r.sessions, places: r.places, bookings: r.bookings, attendances: r.attendances }));
  return (
    <ChartFigure
      title={`Sessions and places by ${grainWord}`}
      n={{ count: rows.reduce((s, r) => s + r.sessions, 0), of: 'sessions' }}
      description="Places offered (the capacity of the sessions held), places booked and bookings attended; the table also gives the number of sessions."
      exportName="training-sessions-and-places"
      columns={placesColumns}
      rows={rows}
      rowKey={(r) => r.period.start}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis {...axisProps(data.length)} />
            <YAxis allowDecimals={false} width={48} />
            <Tooltip />
            <Legend {...legendProps} />
            <Bar dataKey="places" name="Places" fill={COLOURS.grey} isAnimationActive={false} />
            <Bar dataKey="bookings" name="Booked" fill={COLOURS.primary} isAnimationActive={false} />
            <Bar dataKey="attendances" name="Attended" fill={COLOURS.tertiary} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
}

/** The share of bookings not attended, period by period. */
export function DnaRateFigure({ rows, grainWord }: { rows: ReachPeriod[]; grainWord: string }) {
  const data = rows.map((r) => ({ label: r.period.label, rate: pct(r.didNotAttendRate.value) }));
  const known = rows.filter((r) => r.didNotAttendRate.value != null);
  const first = known[0];
  const last = known[known.length - 1];
  const words =
    first && last && first !== last
      ? `From ${formatShare(first.didNotAttendRate.value)} in ${first.period.label} to ${formatShare(last.didNotAttendRate.value)} in ${last.period.label}; lower is better.`
      : 'Did not attend ÷ bookings; lower is better.';
  return (
    <ChartFigure
      title={`Did-not-attend rate by ${grainWord}`}
      n={{ count: rows.reduce((s, r) => s + r.bookings, 0), of: 'places booked' }}
      description={words}
      exportName="training-did-not-attend-rate"
      columns={dnaColumns}
      rows={rows}
      rowKey={(r) => r.period.start}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis {...axisProps(data.length)} padding={{ left: 24, right: 24 }} />
            <YAxis domain={[0, 'auto']} tickFormatter={(v: number) => `${v}%`} width={48} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? `${v}%` : String(v))} />
            <Legend {...legendProps} />
            <Line type="linear" dataKey="rate" name="Did-not-attend rate" stroke={COLOURS.secondary} strokeWidth={2} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      }
    />
  );
}

export { axisProps, pct };
