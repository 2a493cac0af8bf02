import type { Brag } from '@sli/shared/data-access';
import { formatDate, humanise } from '@sli/shared/ui';
import { Link, useLocation } from 'react-router';
import type { ObaStrategyAction, ObaStrategyItem } from '../api/results';
import { ResultsMeasureList } from './results-measure-line';

const BRAG_WORDS: Record<Brag, string> = {
  BLUE: 'Blue: complete',
  RED: 'Red: overdue',
  AMBER: 'Amber: due within 30 days',
  GREEN: 'Green: on track',
};

/** Agencies as a sentence: "Police, NHS ICB and Children's Services". */
export function agencyList(agencies: readonly { name: string }[]): string {
  const names = agencies.map((a) => a.name);
  if (names.length <= 1) return names[0] ?? 'none named yet';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The action plan, with its review's plan and this action open, keeping the page's filters. */
function actionLink(search: string, action: ObaStrategyAction): { pathname: string; search: string } {
  const params = new URLSearchParams(search);
  params.delete('view');
  if (action.reviewId) params.set('reviewId', action.reviewId);
  else params.delete('reviewId');
  params.set('action', action.id);
  return { pathname: '/actions', search: `?${params.toString()}` };
}

/** One strategy: who partners it, how it is measured, and the actions of the action plan that serve it. */
export function ResultsStrategy({ strategy }: { strategy: ObaStrategyItem }) {
  const { search } = useLocation();
  return (
    <li className="oba-strategy">
      <h4>
        {strategy.title} <span className="oba-sub-inline">({strategy.ref})</span>
      </h4>
      {strategy.description ? <p>{strategy.description}</p> : null}
      <p>
        <strong>Partners:</strong> {agencyList(strategy.partners)}
      </p>
      <h5>Performance measures</h5>
      <ResultsMeasureList measures={strategy.measures} label={`Performance measures of ${strategy.title}`} none="No performance measure linked yet." />
      <h5>Actions</h5>
      {strategy.actions.length === 0 ? (
        <p className="oba-none">No action of the action plan linked yet.</p>
      ) : (
        <ul className="oba-lines" aria-label={`Actions serving ${strategy.title}`}>
          {strategy.actions.map((a) => (
            <li key={a.id} className="oba-line">
              <span className="oba-line-name">
                <Link to={actionLink(search, a)}>{a.ref}</Link> {a.title}
              </span>
              <span className="oba-line-figures">
                {a.ownerAgency.name} · due {formatDate(a.dueOn)} · {humanise(a.status)} · {a.brag ? BRAG_WORDS[a.brag] : 'Cancelled'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
