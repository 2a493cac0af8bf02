import type { ObaResultsMeasureLineFragment } from '@sli/shared/data-access';
import { ARROWS, formatValue, STATUS_WORDS, trendWords } from '../lib/words';

/** One measure on a line that wraps: name, latest value and its period, target status, trend. */
export function ResultsMeasureLine({ measure }: { measure: ObaResultsMeasureLineFragment }) {
  const { latest, status, trend } = measure.analysis;
  return (
    <li className="oba-line">
      <span className="oba-line-name">
        {measure.name}
        {measure.headline ? <span className="oba-sub-inline"> (headline)</span> : null}
      </span>
      <span className="oba-line-figures">
        {latest?.value != null ? (
          <>
            <strong>{formatValue(latest.value, measure.unit)}</strong> in {latest.label}
          </>
        ) : (
          'No data yet'
        )}
        {' · '}
        {STATUS_WORDS[status]}
        {trend ? (
          <>
            {' · '}
            <span aria-hidden="true">{ARROWS[trend.direction]} </span>
            {trendWords(trend.judgement, trend.periods)}
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
