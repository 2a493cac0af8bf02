import { isRouteErrorResponse, useRouteError } from 'react-router';

/** A page's code could not be downloaded: usually a new version was deployed since this tab opened. */
function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|Importing a module script failed|error loading dynamically imported/i.test(error.message);
}

/**
 * The root route's error page, in place of React Router's default: plain words, a way on, and the
 * detail for the service desk. Shown when a page fails to load or to render.
 */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const chunk = isChunkLoadError(error);
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);
  return (
    <main id="main" className="narrow">
      <p className="brand-plain">Safeguarding Learning &amp; Impact</p>
      {notFound ? (
        <>
          <h1>Page not found</h1>
          <p>If you typed the web address, check it is correct.</p>
        </>
      ) : chunk ? (
        <>
          <h1>The dashboard has been updated</h1>
          <p>This page could not be opened because a new version of the dashboard is available. Reload the page to carry on.</p>
          <p>
            <button type="button" className="primary" onClick={() => window.location.reload()}>
              Reload the page
            </button>
          </p>
        </>
      ) : (
        <>
          <h1>Sorry, there is a problem with this page</h1>
          <p>Try again in a few minutes. If it keeps happening, tell your partnership&apos;s business unit what you were doing, with the detail below.</p>
          <details>
            <summary>Detail of the problem</summary>
            <pre className="secret">{detail}</pre>
          </details>
        </>
      )}
      <p>
        <a href="/">Go to the start page</a>
      </p>
    </main>
  );
}
