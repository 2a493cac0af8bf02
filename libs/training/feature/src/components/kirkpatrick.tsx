import { Link } from 'react-router';
import { useFilters } from '@sli/shared/data-access';
import { formatCount, formatNumber, formatShare } from '@sli/shared/ui';
import type { KirkpatrickLevel } from '../api/training';

const NAMES: Record<KirkpatrickLevel['level'], { name: string; question: string }> = {
  REACTION: { name: 'Reaction', question: 'Did they value it?' },
  LEARNING: { name: 'Learning', question: 'Did their confidence grow?' },
  BEHAVIOUR: { name: 'Behaviour', question: 'Did their practice change?' },
  RESULTS: { name: 'Results', question: 'Are children and adults better off?' },
};

/** The level's figure and, in smaller type, its unit. */
function value(l: KirkpatrickLevel): [string, string] {
  if (l.value == null) return ['–', ' not measured here'];
  switch (l.level) {
    case 'REACTION':
      return [formatNumber(l.value), ' out of 5'];
    case 'LEARNING':
      return [`${l.value > 0 ? '+' : l.value < 0 ? '−' : ''}${formatNumber(Math.abs(l.value))}`, ' points'];
    case 'BEHAVIOUR':
      return [formatShare(l.value), ''];
    case 'RESULTS':
      return [formatNumber(l.value), ''];
  }
}

/** Kirkpatrick's four levels of evaluation for the training held in the period. */
export function Kirkpatrick({ levels }: { levels: KirkpatrickLevel[] }) {
  const { search } = useFilters();
  return (
    <div className="tiles" data-testid="kirkpatrick">
      {levels.map((l) => (
        <article className="tile" key={l.level}>
          <h3>
            {NAMES[l.level].name}: {NAMES[l.level].question}
          </h3>
          <p className="tile-value">
            {value(l)[0]}
            <span style={{ fontSize: '1rem', fontWeight: 400 }}>{value(l)[1]}</span>
          </p>
          <p className="hint">
            {l.measure.charAt(0).toUpperCase() + l.measure.slice(1)}
            {l.n ? ` (n = ${formatCount(l.n)})` : ''}.
          </p>
          {l.level === 'RESULTS' ? (
            <p>
              <Link to={{ pathname: '/oba', search }}>See the OBA scorecard</Link>
            </p>
          ) : null}
        </article>
      ))}
    </div>
  );
}
