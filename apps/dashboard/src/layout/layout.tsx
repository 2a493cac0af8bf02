import { useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { pageFor } from '../pages';
import { FilterBar } from './filter-bar';
import { Header } from './header';

/** Skip link, site header with the account and navigation, the shared filters where they apply, and the page. */
export function Layout() {
  const location = useLocation();
  const page = pageFor(location.pathname);
  const printable = location.pathname === '/annual-report';

  // Each page has its own title (WCAG 2.4.2), read out when the page changes.
  useEffect(() => {
    document.title = page ? `${page.label} – Safeguarding Learning & Impact` : 'Safeguarding Learning & Impact';
  }, [page]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <Header />
      {page?.filters ? (
        <div className={printable ? 'filters no-print' : 'filters'}>
          <FilterBar showAsOf={Boolean(page.asOf)} />
        </div>
      ) : null}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
