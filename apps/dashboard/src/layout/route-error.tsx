import { useState } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { isNetworkError } from '@sli/shared/data-access';
import { isChunkLoadError, serverAnswers } from './chunk-reload';

/**
 * The root route's error page, in place of React Router's default: plain words, "Try again", a way on,
 * and the detail for the service desk. Shown when what every page needs fails (who is signed in, the
 * sign-in page); a page's own failure is shown inside the layout by PageError.
 */
export function RouteError() {
  const error = useRouteError();
  const [noAnswer, setNoAnswer] = useState(false);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const chunk = isChunkLoadError(error);
  const offline = isNetworkError(error);
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);
  // A reload while the server does not answer would show only the browser's own error page.
  const tryAgain = async () => {
    if (await serverAnswers('/')) window.location.reload();
    else setNoAnswer(true);
  };
  return (
    <main id="main" className="narrow">
      <p className="brand-plain">Safeguarding Learning &amp; Impact</p>
      {notFound ? (
        <>
          <h1>Page not found</h1>
          <p>If you typed the web address, check it is correct.</p>
        </>
      ) : (
        <>
          <h1>{chunk ? 'The dashboard has been updated' : offline ? 'The dashboard could not be loaded' : 'Sorry, there is a problem with this page'}</h1>
          <p>
            {chunk
              ? 'This page could not be opened because a new version of the dashboard is available. Try again to load it.'
              : offline
                ? 'The dashboard could not reach its server. Check your internet connection, then try again.'
                : "Try again in a few minutes. If it keeps happening, tell your partnership's business unit what you were doing, with the detail below."}
          </p>
          {noAnswer ? <p role="status">Still no answer from the server.</p> : null}
          <p>
            <button type="button" className="primary" onClick={() => void tryAgain()}>
              Try again
            </button>
          </p>
          {chunk || offline ? null : (
            <details>
              <summary>Detail of the problem</summary>
              <pre className="secret">{detail}</pre>
            </details>
          )}
        </>
      )}
      <p>
        <a href="/">Go to the start page</a>
      </p>
    </main>
  );
}
