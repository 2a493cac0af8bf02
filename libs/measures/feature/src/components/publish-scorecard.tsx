import { useId, useState } from 'react';
import { useCan } from '@sli/shared/data-access';
import { ConfirmButton, ErrorSummary, formatDate, formatDateTime, QueryState, useFieldProblems } from '@sli/shared/ui';
import { usePublication, usePublish, useWithdraw } from '../api/publication';

/** The HTML a web editor pastes into the partnership's website. */
function embedCode(src: string, title: string): string {
  return `<iframe src="${src}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="900" style="border:0" loading="lazy"></iframe>`;
}

/**
 * "On your website": the scorecard as the partnership last published it (a frozen copy, never live
 * figures), the code to embed it, and for admins publishing again as of the page's date, or withdrawing.
 */
export function PublishScorecard({ partnershipId, partnershipName, asOf }: { partnershipId: string; partnershipName: string; asOf: string }) {
  const can = useCan();
  const id = useId();
  const query = usePublication(partnershipId);
  const publish = usePublish(partnershipId);
  const withdraw = useWithdraw(partnershipId);
  const [headlineOnly, setHeadlineOnly] = useState(true);
  const [message, setMessage] = useState('');
  const problems = useFieldProblems(publish.error ?? withdraw.error, { asOf: 'As of', headlineOnly: 'Measures', partnershipId: 'Partnership' }, 'oba-publish');
  const p = query.data?.obaPublication ?? null;
  const live = p && !p.withdrawnAt ? p : null;
  const src = live ? `${window.location.origin}${live.embedPath}` : '';

  return (
    <section className="oba-publish no-print" aria-labelledby={`${id}-h`} data-testid="oba-publish">
      <h2 id={`${id}-h`}>On your website</h2>
      <QueryState isLoading={query.isLoading} error={query.error}>
        {live ? (
          <>
            <p>
              Published {formatDateTime(live.publishedAt)} by {live.publishedBy}: {live.measureCount} {live.headlineOnly ? 'headline ' : ''}
              {live.measureCount === 1 ? 'measure' : 'measures'} as of {formatDate(live.asOf)}. The website shows this copy until you publish again.
            </p>
            <p>
              <a href={live.embedPath} target="_blank" rel="noreferrer">
                Open the published scorecard
              </a>{' '}
              · <a href={live.dataPath}>its figures as data (JSON)</a>
            </p>
            <label htmlFor={`${id}-code`}>Code to paste into a web page</label>
            <textarea id={`${id}-code`} readOnly rows={3} value={embedCode(src, `${partnershipName}: OBA scorecard`)} onFocus={(e) => e.currentTarget.select()} />
          </>
        ) : (
          <p>{p ? `Withdrawn ${formatDateTime(p.withdrawnAt ?? '')}: the website shows “Scorecard not available”.` : 'Not published: nothing of this scorecard is on a website.'}</p>
        )}
      </QueryState>
      <p role="status" className="hint">
        {message}
      </p>
      {can('publishObaScorecard') ? (
        <>
          <ErrorSummary items={problems.summary} title="The scorecard was not published" />
          <form
            className="oba-publish-form"
            onSubmit={(e) => {
              e.preventDefault();
              publish.mutate(
                { asOf, headlineOnly },
                { onSuccess: (d) => setMessage(`Published: ${d.publishObaScorecard.measureCount} measures as of ${formatDate(d.publishObaScorecard.asOf)}.`) },
              );
            }}
          >
            <div className="checkbox">
              <input id={`${id}-headline`} type="checkbox" checked={headlineOnly} onChange={(e) => setHeadlineOnly(e.target.checked)} />
              <label htmlFor={`${id}-headline`}>Headline measures only</label>
            </div>
            <button type="submit" className="primary" disabled={publish.isPending}>
              {publish.isPending ? 'Publishing…' : `${live ? 'Publish again' : 'Publish'} as of ${formatDate(asOf)}`}
            </button>
          </form>
          {live && can('withdrawObaScorecard') ? (
            <ConfirmButton
              label="Withdraw from the website"
              question="Withdraw the published scorecard? The website will show “Scorecard not available” until you publish again."
              confirmLabel="Yes, withdraw it"
              pending={withdraw.isPending}
              onConfirm={() => withdraw.mutate(undefined, { onSuccess: () => setMessage('Withdrawn from the website.') })}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
