import { formatCount, formatDate } from '@sli/shared/ui';
import { Link } from 'react-router';
import { describeFigure, formatFigure, NO_DATA, type Headline } from '../lib/headlines';
import { Sparkline } from './sparkline';

interface Props {
  headline: Headline;
  /** "2024/25", or "1 Jan 2025 to 30 Jun 2025" for a custom range. */
  currentLabel: string;
  /** "2024/25", or "1 Jan 2024 to 30 Jun 2024" for a custom range. */
  previousLabel: string;
  /** "2021/22 to 2025/26": what the sparkline spans. */
  trendSpan: string;
  /** The filters, carried onto the linked page. */
  search: string;
  /** A line saying a filter does not apply to this figure. */
  note?: string | null;
}

function linkTo(path: string, search: string, extra: Record<string, string> | undefined, anchor?: string): string {
  const params = new URLSearchParams(search);
  for (const [k, v] of Object.entries(extra ?? {})) params.set(k, v);
  const s = params.toString();
  return `${path}${s ? `?${s}` : ''}${anchor ? `#${anchor}` : ''}`;
}

/**
 * A headline figure from the metric catalogue: the chosen period with what it was computed from and
 * the date it was judged on, the period before, the change (judged only when the measure has a
 * polarity and enough records), its trend and its definition.
 */
export function HeadlineTile({ headline, currentLabel, previousLabel, trendSpan, search, note }: Props) {
  const { def, figure, change, hint, noData } = headline;
  const { current, previous, unit } = figure;
  const rate = unit === 'percent';
  return (
    <article className="tile overview-tile" data-testid={`tile-${def.key}`}>
      <h3>
        <Link to={linkTo(def.path, search, def.linkParams, def.anchor)}>{def.title}</Link>
      </h3>
      <p className="tile-value" data-testid="tile-value">
        {noData.current ? NO_DATA : formatFigure(unit, current)}
      </p>
      <p className="hint" data-testid="tile-scope">
        {rate && !noData.current ? (current.denominator ? `${formatCount(current.numerator ?? 0)} of ${formatCount(current.denominator)}; ` : 'None to measure; ') : ''}
        {currentLabel}, as of {formatDate(current.asOf)}
      </p>
      {hint ? <p className="hint">{hint}</p> : null}
      <p className="hint" data-testid="tile-previous">
        {previousLabel}: {noData.previous ? NO_DATA : describeFigure(unit, previous)}
        {!noData.previous && previous.asOf !== previous.to ? `, as of ${formatDate(previous.asOf)}` : ''}
      </p>
      {change ? (
        <p className={`change ${change.tone}`} data-testid="tile-change">
          {change.text}
        </p>
      ) : null}
      <Sparkline values={figure.trend.map((t, i) => (noData.trend[i] ? null : t.value))} caption={`Trend ${trendSpan}, past years as of their end`} />
      <details className="overview-definition">
        <summary>Definition</summary>
        <p className="hint" data-testid="tile-definition">
          {figure.label}. Metric <code>{figure.key}</code>: records dated {formatDate(current.from)} to {formatDate(current.to)}, judged on{' '}
          {formatDate(current.asOf)}.
        </p>
      </details>
      {note ? <p className="hint">{note}</p> : null}
    </article>
  );
}
