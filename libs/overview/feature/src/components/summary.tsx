import { formatFigure, type Headline } from '../lib/headlines';

interface Props {
  headlines: Headline[];
  /** "2024/25", or "the same period a year earlier". */
  against: string;
}

function list(items: Headline[]) {
  return items
    .map((h) => `${h.def.label.toLowerCase()} (${formatFigure(h.def, h.current)}, was ${formatFigure(h.def, h.previous)})`)
    .join('; ');
}

/** "How are we doing?": which measures with a direction got better or worse than the period before. */
export function Summary({ headlines, against }: Props) {
  const judged = headlines.filter((h) => h.change?.judgement);
  const better = judged.filter((h) => h.change?.judgement === 'better');
  const worse = judged.filter((h) => h.change?.judgement === 'worse');
  const same = judged.length - better.length - worse.length;
  return (
    <section aria-labelledby="overview-summary" className="overview-summary">
      <h2 id="overview-summary">How are we doing?</h2>
      {judged.length === 0 ? (
        <p data-testid="overview-verdict">There is not enough data to compare with {against}.</p>
      ) : (
        <>
          <p data-testid="overview-verdict">
            Against {against}, {better.length} of {judged.length} measures got better, {worse.length} got worse
            {same > 0 ? ` and ${same} did not change` : ''}.
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
        </>
      )}
    </section>
  );
}
