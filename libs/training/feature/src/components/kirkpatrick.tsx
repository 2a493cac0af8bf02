import { Link } from 'react-router';
import { kindOf, kindScope, peopleWords, useFilters, useViewer } from '@sli/shared/data-access';
import { formatCount, formatNumber, formatShare } from '@sli/shared/ui';
import type { KirkpatrickLevel } from '../api/training';

const NAMES: Record<KirkpatrickLevel['level'], { name: string; question: string }> = {
  REACTION: { name: 'Reaction', question: 'Did they value it?' },
  LEARNING: { name: 'Learning', question: 'Did their confidence grow?' },
  BEHAVIOUR: { name: 'Behaviour', question: 'Did their practice change?' },
  // The people are the partnership's own (children and families, adults at risk…): see `question`.
  RESULTS: { name: 'Results', question: 'Are {people} better off?' },
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
  const { filters, search } = useFilters();
  const people = peopleWords(kindScope(kindOf(useViewer().partnerships, filters.partnershipId)));
  const question = (level: KirkpatrickLevel['level']) => NAMES[level].question.replace('{people}', people);
  return (
    <div className="tiles" data-testid="kirkpatrick">
      {levels.map((l) => (
        <article className="tile" key={l.level}>
          <h3>
            {NAMES[l.level].name}: {question(l.level)}
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
