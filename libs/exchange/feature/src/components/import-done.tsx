import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { SHEET_SPECS, type SpreadsheetOutcome } from '@sli/exchange-domain';
import { countWords, sourcesOf } from '../lib/import-words';
import { useReviewIds } from '../api/spreadsheet';

/** Step three (GOV.UK confirmation panel): what was written, and where it now shows. */
export function ImportDone({ outcome, partnershipId, onAgain }: { outcome: SpreadsheetOutcome; partnershipId: string | null; onAgain: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const spec = SHEET_SPECS[outcome.kind];
  const sources = sourcesOf(outcome);
  const reviews = useReviewIds(partnershipId, sources.length > 0);
  const scope = partnershipId ? `?${new URLSearchParams({ partnershipId }).toString()}` : '';
  const reviewLinks = sources.flatMap((ref) => {
    const id = reviews.data?.get(ref);
    return id ? [{ ref, to: `/actions/register?${new URLSearchParams({ ...(partnershipId ? { partnershipId } : {}), reviewId: id }).toString()}` }] : [];
  });

  return (
    <section aria-labelledby="import-done-heading">
      <div className="imp-panel" data-testid="import-done">
        <h2 id="import-done-heading" tabIndex={-1} ref={heading}>
          Import complete
        </h2>
        <p>
          {spec.label} from {outcome.fileName}: {countWords(outcome, true)}.
        </p>
      </div>
      <h3>Where they show</h3>
      <ul>
        {outcome.kind === 'action-plan' ? (
          <>
            {reviewLinks.map((l) => (
              <li key={l.ref}>
                <Link to={l.to}>The actions of {l.ref} in the action register</Link>
              </li>
            ))}
            <li>
              <Link to={`/actions${scope}`}>Action plans</Link>
            </li>
          </>
        ) : outcome.kind === 'measure-values' ? (
          <li>
            <Link to={`/oba${scope}`}>OBA scorecard</Link>
          </li>
        ) : outcome.kind === 'training-register' ? (
          <li>
            <Link to={`/training${scope}`}>Training</Link>
          </li>
        ) : outcome.kind === 'notifications' ? (
          <li>
            <Link to={{ pathname: '/reviews', search: scope, hash: 'notifications' }}>Serious incident notifications</Link>
          </li>
        ) : (
          <li>
            <Link to={`/reviews${scope}`}>Reviews</Link>
          </li>
        )}
        <li>
          <Link to="/admin/history">Change history</Link>
        </li>
      </ul>
      <div className="button-group">
        <button type="button" onClick={onAgain}>
          Import another file
        </button>
      </div>
    </section>
  );
}
