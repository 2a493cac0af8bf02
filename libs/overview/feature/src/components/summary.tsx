import { formatFigure, type Headline } from '../lib/headlines';

interface Props {
  headlines: Headline[];
  /** "2024/25", or "the same period a year earlier". */
  against: string;
  /** The partnership works with children, so has notifications among its counts. */
  withChildren: boolean;
}

function list(items: Headline[]) {
  return items
    .map((h) => `${h.def.title.toLowerCase()} (${formatFigure(h.figure.unit, h.figure.current)}, was ${formatFigure(h.figure.unit, h.figure.previous)})`)
    .join('; ');
}

const verdictOf = (h: Headline) => h.change?.comparison.verdict;

/**
 * "How are we doing?": which measures with a polarity got better or worse than the period before.
 * Activity counts are not judged, and changes on too few records are counted apart, not judged.
 */
export function Summary({ headlines, against, withChildren }: Props) {
  const judged = headlines.filter((h) => ['better', 'worse', 'no-change'].includes(verdictOf(h) ?? ''));
  const better = judged.filter((h) => verdictOf(h) === 'better');
  const worse = judged.filter((h) => verdictOf(h) === 'worse');
  // Activity counts are never judged, so only measures with a direction are "too few to compare" here.
  const tooFew = headlines.filter((h) => verdictOf(h) === 'too-few' && h.figure.polarity);
  const same = judged.length - better.length - worse.length;
  const tooFewNote =
    tooFew.length > 0 ? ` ${tooFew.length} ${tooFew.length === 1 ? 'rests' : 'rest'} on too few records to compare: ${tooFew.map((h) => h.def.title.toLowerCase()).join('; ')}.` : '';
  return (
    <section aria-labelledby="overview-summary" className="overview-summary">
      <h2 id="overview-summary">How are we doing?</h2>
      {judged.length === 0 ? (
        <p data-testid="overview-verdict">There is not enough data to compare with {against}.{tooFewNote}</p>
      ) : (
        <>
          <p data-testid="overview-verdict">
            Against {against}, {better.length} of {judged.length} measures with a direction got better, {worse.length} got worse
            {same > 0 ? ` and ${same} did not change` : ''}.{tooFewNote}
          </p>
          <ul>
            {better.length > 0 ? (
              <li>
                <strong>Better:</strong> {list(better)}.
              </li>
            ) : null}
            {worse.length > 0 ? (
              <li>
                <strong>Worse:</strong> {list(worse)}.
              </li>
            ) : null}
          </ul>
          <p className="hint">Counts of activity ({withChildren ? 'notifications, reviews, training' : 'reviews, training'}) are shown as they are: more is neither better nor worse.</p>
        </>
      )}
    </section>
  );
}
