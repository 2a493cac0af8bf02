import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure, COLOURS, QueryState, formatCount, formatShare, type Column } from '@sli/shared/ui';
import { legendProps } from './legend';
import { GROUPINGS, useReachByGroup, useTrainingView } from '../api/training';

interface GroupRow {
  key: string;
  label: string;
  sessions: number;
  places: number;
  bookings: number;
  attendances: number;
  didNotAttend: number;
  rate: number | null;
}

/** At most this many groups are drawn; the table lists them all. */
const CHART_LIMIT = 12;

const columns = (groupHeader: string): Column<GroupRow>[] => [
  { key: 'label', header: groupHeader },
  { key: 'sessions', header: 'Sessions booked on', align: 'right' },
  { key: 'places', header: 'Places on those sessions', align: 'right' },
  { key: 'bookings', header: 'Bookings', align: 'right' },
  { key: 'attendances', header: 'Attended', align: 'right' },
  { key: 'didNotAttend', header: 'Did not attend', align: 'right' },
  {
    key: 'rate',
    header: 'Did-not-attend rate',
    align: 'right',
    value: (r) => (r.rate == null ? null : Math.round(r.rate * 1000) / 10),
    render: (r) => formatShare(r.rate),
  },
];

const shorten = (s: string) => (s.length > 26 ? `${s.slice(0, 25)}…` : s);

/** Bookings, attendance and did-not-attend by the sector or agency that booked, or by course. */
export function ReachSection() {
  const id = useId();
  const { grouping, setGrouping } = useTrainingView();
  const query = useReachByGroup(grouping.groupBy);

  // One row per group over the whole range: the counts of its periods add up.
  const byKey = new Map<string, GroupRow>();
  for (const r of query.data?.trainingReach ?? []) {
    if (!r.group) continue;
    const row = byKey.get(r.group.key) ?? { key: r.group.key, label: r.group.label, sessions: 0, places: 0, bookings: 0, attendances: 0, didNotAttend: 0, rate: null };
    row.sessions += r.sessions;
    row.places += r.places;
    row.bookings += r.bookings;
    row.attendances += r.attendances;
    row.didNotAttend += r.didNotAttend;
    row.rate = row.bookings ? row.didNotAttend / row.bookings : null;
    byKey.set(r.group.key, row);
  }
  const rows = [...byKey.values()].sort((a, b) => b.bookings - a.bookings || a.label.localeCompare(b.label, 'en-GB'));
  const drawn = rows.slice(0, CHART_LIMIT).map((r) => ({ ...r, name: shorten(r.label) }));
  const groupWord = grouping.label.toLowerCase();

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Reach by {groupWord}</h2>
      <div className="field" style={{ maxWidth: '20rem', marginBottom: '0.75rem' }}>
        <label htmlFor={`${id}-by`}>Break reach down by</label>
        <select id={`${id}-by`} value={grouping.value} onChange={(e) => setGrouping(e.target.value)}>
          {GROUPINGS.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </select>
      </div>
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={rows.length === 0} empty="No training sessions in this period.">
        <ChartFigure
          title={`Bookings by ${groupWord}: attended and did not attend`}
          n={{ count: rows.reduce((s, r) => s + r.bookings, 0), of: 'places booked' }}
          description={
            (grouping.value === 'course'
              ? 'Sessions and places are those of the course.'
              : `A session counts for every ${groupWord} that booked on it, so sessions and places do not add up across rows; bookings do.`) +
            (rows.length > CHART_LIMIT ? ` The chart shows the ${CHART_LIMIT} with most bookings; the table lists all ${rows.length}.` : '')
          }
          exportName={`training-reach-by-${grouping.value}`}
          columns={columns(grouping.label)}
          rows={rows}
          rowKey={(r) => r.key}
          chart={
            <ResponsiveContainer width="100%" height="100%">
              <BarChart accessibilityLayer={false} data={drawn} layout="vertical" margin={{ top: 12, right: 16, bottom: 0, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12 }} interval={0} />
                <Tooltip />
                <Legend {...legendProps} />
                <Bar dataKey="attendances" name="Attended" stackId="b" fill={COLOURS.primary} isAnimationActive={false} />
                <Bar dataKey="didNotAttend" name="Did not attend" stackId="b" fill={COLOURS.secondary} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          }
        />
      </QueryState>
      {rows.length > 0 ? <p className="hint">Total bookings: {formatCount(rows.reduce((n, r) => n + r.bookings, 0))}.</p> : null}
    </section>
  );
}
