import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure, formatCount, formatDate, formatRate, formatShare, humanise, type Column } from '@sli/shared/ui';
import { legendProps } from './legend';
import type { Round } from '../api/audit-quality';
import { changeInWords, changePoints, GRADES } from '../labels';

const DIRECTION_WORDS = { IMPROVED: 'improved', WORSENED: 'worsened', UNCHANGED: 'unchanged' } as const;

interface ChartRow {
  key: string;
  label: string;
  goodOrBetter: number | null;
  [grade: string]: string | number | null;
}

/**
 * The API calls a change only between comparable rounds (same tool or topic, at least ten graded cases
 * each: audits-domain compareRounds); otherwise it says why not, and that is what is shown.
 */
const directionText = (r: Round) => (r.comparisonNote ? upperFirst(r.comparisonNote) : r.direction ? humanise(r.direction) : null);

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const gradeCount = (round: Round, grade: string) => round.overall.grades.find((g) => g.grade === grade)?.count ?? 0;

const columns: Column<Round>[] = [
  { key: 'label', header: 'Round' },
  { key: 'audits', header: 'Audit', value: (r) => r.audits.map((a) => a.ref).join(', ') },
  { key: 'startedOn', header: 'Started', value: (r) => r.startedOn, render: (r) => formatDate(r.startedOn) },
  { key: 'total', header: 'Graded cases', align: 'right', value: (r) => r.overall.total },
  ...GRADES.map<Column<Round>>((g) => ({ key: g.grade, header: g.label, align: 'right', value: (r) => gradeCount(r, g.grade) })),
  {
    key: 'goodOrBetter',
    header: '% good or better',
    align: 'right',
    value: (r) => (r.overall.goodOrBetter.value == null ? null : Math.round(r.overall.goodOrBetter.value * 1000) / 10),
    render: (r) => formatRate(r.overall.goodOrBetter),
  },
  {
    key: 'change',
    header: 'Change (percentage points, comparable rounds only)',
    align: 'right',
    value: (r) => changePoints(r.change),
    render: (r) => {
      const p = changePoints(r.change);
      return p == null ? '–' : `${p > 0 ? '+' : p < 0 ? '−' : ''}${Math.abs(p).toLocaleString('en-GB')}`;
    },
  },
  { key: 'direction', header: 'Direction', value: directionText },
];

/** The latest round against the one before, and the movement across the rounds shown, in words. */
export function trendInWords(rounds: Round[]): string {
  const last = rounds[rounds.length - 1];
  const first = rounds[0];
  if (!last || !first) return '';
  const latest = `Latest round ${last.label} (started ${formatDate(last.startedOn)}): ${formatShare(last.overall.goodOrBetter.value)} of ${formatCount(last.overall.total)} cases good or better`;
  const against = !last.previousLabel
    ? ', the first round on record.'
    : last.comparisonNote
      ? `; no change called against ${last.previousLabel} (${last.comparisonNote}).`
      : `, ${changeInWords(last.change)} on ${last.previousLabel} (${last.direction ? DIRECTION_WORDS[last.direction] : 'no comparison'}).`;
  const span =
    rounds.length > 1
      ? ` Across the ${rounds.length} rounds shown it went from ${formatShare(first.overall.goodOrBetter.value)} to ${formatShare(last.overall.goodOrBetter.value)}.`
      : '';
  return latest + against + span;
}

/** One partnership's rounds: each round's grades as shares of 100%, with the good-or-better line along the top of "good". */
export function RoundFigure({ partnership, rounds }: { partnership: string; rounds: Round[] }) {
  const data: ChartRow[] = rounds.map((r) => {
    const row: ChartRow = {
      key: r.audits[0]?.id ?? r.label,
      label: r.label,
      goodOrBetter: r.overall.goodOrBetter.value == null ? null : r.overall.goodOrBetter.value * 100,
    };
    for (const g of r.overall.grades) row[g.grade] = (g.share ?? 0) * 100;
    return row;
  });
  const crowded = rounds.length > 5;
  return (
    <ChartFigure
      title={`${partnership}: grades by audit round`}
      n={{ count: rounds.reduce((s, r) => s + r.overall.total, 0), of: 'graded cases' }}
      description={trendInWords(rounds)}
      exportName={`audit-rounds-${partnership.toLowerCase().replace(/[^a-z]+/g, '-')}`}
      columns={columns}
      rows={rounds}
      rowKey={(r) => `${r.partnershipId}-${r.label}-${r.startedOn}`}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 8, bottom: crowded ? 24 : 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="label"
              interval={0}
              tick={{ fontSize: 12 }}
              angle={crowded ? -30 : 0}
              textAnchor={crowded ? 'end' : 'middle'}
              height={crowded ? 60 : 30}
            />
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} width={44} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? `${v.toFixed(1)}%` : String(v))} />
            <Legend {...legendProps} />
            {GRADES.map((g) => (
              <Bar key={g.grade} dataKey={g.grade} name={g.label} stackId="grades" fill={g.colour} stroke="#fff" isAnimationActive={false} />
            ))}
            <Line
              type="linear"
              dataKey="goodOrBetter"
              name="% good or better"
              stroke="#0b0c0c"
              strokeWidth={2}
              dot={{ r: 4, fill: '#fff', stroke: '#0b0c0c', strokeWidth: 2 }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      }
    />
  );
}
