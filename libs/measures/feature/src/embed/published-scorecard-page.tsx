import { useParams } from 'react-router';
import { PUBLISHED_STATUS_WORDS, type PublishedMeasure } from '@sli/analytics-domain';
import { formatDate, formatDateTime } from '@sli/shared/ui';
import { publishedDataPath, usePublishedScorecard } from './published-scorecard';
import '../oba.css';

const COLUMNS: [string, (m: PublishedMeasure) => React.ReactNode][] = [
  ['Period', (m) => m.period ?? 'No data yet'],
  ['Actual', (m) => <strong>{m.actual}</strong>],
  ['Target', (m) => (m.target ? `${m.target} · ${PUBLISHED_STATUS_WORDS[m.status]}` : PUBLISHED_STATUS_WORDS[m.status])],
  ['Variance', (m) => m.variance ?? '–'],
  ['Trend', (m) => (m.trendJudgement ? <span className={`oba-trend ${m.trendJudgement}`}>{`${m.trendShort.split(' ')[0]} ${m.trend}`}</span> : m.trend)],
  ['Since baseline', (m) => m.baseline ?? 'No baseline'],
  ['If nothing changes', (m) => m.forecast ?? 'No forecast'],
];

/**
 * A partnership's published OBA scorecard, made to sit in an iframe on its website: no navigation, no
 * sign-in, only the copy the partnership published (never live figures), in the scorecard's own words.
 */
export function PublishedScorecardPage() {
  const { token = '' } = useParams();
  const query = usePublishedScorecard(token);
  const s = query.data;
  if (query.isLoading) {
    return (
      <p className="state" role="status">
        Loading the scorecard…
      </p>
    );
  }
  if (query.error || !s) {
    return (
      <main className="embed">
        <h1>Scorecard not available</h1>
        <p>{query.error ? (query.error as Error).message : 'No scorecard is published at this address: it may have been withdrawn.'}</p>
      </main>
    );
  }
  return (
    <main className="embed" data-testid="published-scorecard">
      <h1>{s.partnership.name}: outcomes-based accountability scorecard</h1>
      <p className="lead">
        Figures as of {formatDate(s.asOf)}
        {s.headlineOnly ? ', headline measures' : ''}. Published {formatDateTime(s.publishedAt)}.
      </p>
      {s.quadrants
        .filter((q) => q.measures.length > 0)
        .map((q) => (
          <section key={q.question} aria-label={q.question} className="oba-quadrant">
            <h2>{q.question}</h2>
            <div className="table-scroll">
              <table className="stackable">
                <caption className="visually-hidden">{q.question}</caption>
                <thead>
                  <tr>
                    <th scope="col">Measure</th>
                    {COLUMNS.map(([h]) => (
                      <th key={h} scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {q.measures.map((m) => (
                    <tr key={m.name}>
                      <th scope="row" data-label="Measure">
                        <div className="cell">
                          {m.name}
                          <span className="oba-sub">{m.polarity}</span>
                          {m.lag ? <span className="oba-flag">{m.lag}</span> : null}
                        </div>
                      </th>
                      {COLUMNS.map(([h, cell]) => (
                        <td key={h} data-label={h}>
                          <div className="cell">{cell(m)}</div>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
      <ul className="hint">
        {s.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <p className="hint">
        <a href={publishedDataPath(token)}>The same figures as data (JSON)</a>
      </p>
    </main>
  );
}
