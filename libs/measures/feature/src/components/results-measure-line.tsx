import type { ObaResultsMeasureLineFragment } from '@sli/shared/data-access';
import { Link, useLocation } from 'react-router';
import { STATUS_WORDS } from '../lib/words';

/** One measure on a line that wraps: name, latest value and its period, target status, trend. */
export function ResultsMeasureLine({ measure }: { measure: ObaResultsMeasureLineFragment }) {
  const { latest, status, words, trendJudgement } = measure.analysis;
  const { search } = useLocation();
  return (
    <li className="oba-line">
      <span className="oba-line-name">
        <Link to={`/oba/measures/${measure.id}${search}`}>{measure.name}</Link>
        {measure.headline ? <span className="oba-sub-inline"> (headline)</span> : null}
      </span>
      <span className="oba-line-figures">
        {latest?.value != null ? (
          <>
            <strong>{words.latest}</strong> in {latest.label}
          </>
        ) : (
          'No data yet'
        )}
        {' · '}
        {STATUS_WORDS[status]}
        {trendJudgement ? (
          <>
            {' · '}
            <span className={`oba-trend ${trendJudgement.toLowerCase()}`}>
              <span aria-hidden="true">{words.trendShort.split(' ')[0]} </span>
              {words.trend}
            </span>
          </>
        ) : null}
      </span>
    </li>
  );
}

/** The measures of a result or strategy, or a sentence saying there are none. */
export function ResultsMeasureList({ measures, label, none }: { measures: readonly ObaResultsMeasureLineFragment[]; label: string; none: string }) {
  if (measures.length === 0) return <p className="oba-none">{none}</p>;
  return (
    <ul className="oba-lines" aria-label={label}>
      {measures.map((m) => (
        <ResultsMeasureLine key={m.id} measure={m} />
      ))}
    </ul>
  );
}
