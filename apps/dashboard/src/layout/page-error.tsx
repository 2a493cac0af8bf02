import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { isNetworkError } from '@sli/shared/data-access';
import { chunkUrl, isChunkLoadError, reloadOnce, serverAnswers } from './chunk-reload';
import { NotFound } from './not-found';

type Kind = 'checking' | 'reloading' | 'offline' | 'updated' | 'problem';

/**
 * What a page that failed to load or to render shows, inside the layout (header, navigation and
 * filters stay): plain words and "Try again", never React Router's developer page.
 *
 * - Its code could not be downloaded (a chunk): if the server answers, a new version was deployed, so
 *   the page reloads once; if it does not, the server or the connection is down: "Try again" checks
 *   again and reloads once it answers (a failed chunk cannot be fetched again without a reload).
 * - Anything else (the API down, an error while drawing the page): "Try again" fetches the page's
 *   failed answers again and draws the page again.
 */
export function PageError() {
  const error = useRouteError();
  const chunk = isChunkLoadError(error);
  const [kind, setKind] = useState<Kind>(chunk ? 'checking' : isNetworkError(error) ? 'offline' : 'problem');
  const [attempts, setAttempts] = useState(0);
  const queryClient = useQueryClient();
  const revalidator = useRevalidator();

  useEffect(() => {
    if (!chunk) return;
    let live = true;
    void serverAnswers(chunkUrl(error) ?? '/').then((answers) => {
      if (!live) return;
      if (!answers) setKind('offline');
      else setKind(reloadOnce() ? 'reloading' : 'updated');
    });
    return () => {
      live = false;
    };
  }, [chunk, error]);

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;

  const tryAgain = async () => {
    setAttempts((n) => n + 1);
    if (chunk) {
      setKind('checking');
      if (await serverAnswers(chunkUrl(error) ?? '/')) window.location.reload();
      else setKind('offline');
      return;
    }
    await queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' });
    void revalidator.revalidate();
  };

  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);

  if (kind === 'checking' || kind === 'reloading') {
    return (
      <p className="state" role="status">
        {kind === 'reloading' ? 'Loading the new version of the dashboard…' : 'Loading…'}
      </p>
    );
  }

  return (
    <section className="page-error" aria-labelledby="page-error-heading">
      {kind === 'offline' ? (
        <>
          <h1 id="page-error-heading">This page could not be loaded</h1>
          <p>The dashboard could not reach its server. Check your internet connection, then try again.</p>
        </>
      ) : kind === 'updated' ? (
        <>
          <h1 id="page-error-heading">The dashboard has been updated</h1>
          <p>This page could not be opened because a new version of the dashboard is available. Try again to load it.</p>
        </>
      ) : (
        <>
          <h1 id="page-error-heading">Sorry, there is a problem with this page</h1>
          <p>Try again. If it keeps happening, tell your partnership&apos;s business unit what you were doing, with the detail below.</p>
        </>
      )}
      {attempts > 0 ? (
        <p role="status">{kind === 'offline' ? 'Still no answer from the server.' : 'That did not work either.'}</p>
      ) : null}
      <p>
        <button type="button" className="primary" onClick={() => void tryAgain()}>
          Try again
        </button>
      </p>
      {kind === 'problem' ? (
        <details>
          <summary>Detail of the problem</summary>
          <pre className="secret">{detail}</pre>
        </details>
      ) : null}
    </section>
  );
}
