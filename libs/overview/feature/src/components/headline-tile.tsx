import { Link } from 'react-router';
import { describeFigure, formatFigure, type Headline } from '../lib/headlines';
import { Sparkline } from './sparkline';

interface Props {
  headline: Headline;
  /** "2024/25", or "1 Jan 2024 to 30 Jun 2024" for a custom range. */
  previousLabel: string;
  /** "2021/22 to 2025/26": what the sparkline spans. */
  trendSpan: string;
  /** The filters, carried onto the linked page. */
  search: string;
  /** A line saying a filter does not apply to this figure. */
  note?: string | null;
}

/** A headline figure for the chosen period, the period before, the change judged by polarity, and its trend. */
export function HeadlineTile({ headline, previousLabel, trendSpan, search, note }: Props) {
  const { def, current, previous, change, hint, trend } = headline;
  return (
    <article className="tile overview-tile" data-testid={`tile-${def.key}`}>
      <h3>
        <Link to={`${def.path}${search}`}>{def.label}</Link>
      </h3>
      <p className="tile-value" data-testid="tile-value">
        {formatFigure(def, current)}
      </p>
      {hint ? <p className="hint">{hint}</p> : null}
      <p className="hint">
        {previousLabel}: {describeFigure(def, previous)}
      </p>
      {change ? (
        <p className={`change ${change.tone}`} data-testid="tile-change">
          {change.text}
        </p>
      ) : null}
      <Sparkline values={trend} caption={`Trend ${trendSpan}`} />
      {note ? <p className="hint">{note}</p> : null}
    </article>
  );
}
