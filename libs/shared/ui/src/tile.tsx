import { Line, LineChart, ResponsiveContainer } from 'recharts';
import { Link } from 'react-router';
import { COLOURS } from './palette';

interface Props {
  label: string;
  value: string;
  previous?: string;
  /** e.g. "+12% on 2024/25"; the tone says whether that is good news. */
  change?: string;
  tone?: 'good' | 'bad' | 'neutral';
  spark?: number[];
  to: string;
  testId?: string;
}

/** A headline figure with last year's beside it, a sparkline, and a link to its page. */
export function Tile({ label, value, previous, change, tone = 'neutral', spark, to, testId }: Props) {
  return (
    <article className="tile" data-testid={testId}>
      <h3>
        <Link to={to}>{label}</Link>
      </h3>
      <p className="tile-value">{value}</p>
      {previous !== undefined ? <p className="hint">Previous year: {previous}</p> : null}
      {change ? <p className={`change ${tone}`}>{change}</p> : null}
      {spark && spark.length > 1 ? (
        <div className="spark" aria-hidden="true" inert>
          <ResponsiveContainer width="100%" height={36}>
            <LineChart data={spark.map((v, i) => ({ i, v }))} accessibilityLayer={false}>
              <Line type="linear" dataKey="v" stroke={COLOURS.primary} strokeWidth={2} dot={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
      ) : null}
    </article>
  );
}
