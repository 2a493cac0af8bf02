import { NavLink, Outlet, useLocation } from 'react-router';
import { useFilters } from '@sli/shared/data-access';
import { FilterBar } from './filter-bar';

const PAGES = [
  { to: '/', label: 'Overview' },
  { to: '/reviews', label: 'Reviews' },
  { to: '/actions', label: 'Action plans' },
  { to: '/audits', label: 'Audits' },
  { to: '/training', label: 'Training' },
  { to: '/themes', label: 'Themes' },
  { to: '/oba', label: 'OBA scorecard' },
  { to: '/annual-report', label: 'Annual report' },
];

/** Skip link, site header with navigation, the shared filters, and the page. */
export function Layout() {
  const { search } = useFilters();
  const location = useLocation();
  const printable = location.pathname === '/annual-report';
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <p className="brand">Safeguarding Learning &amp; Impact</p>
        <nav aria-label="Main">
          <ul>
            {PAGES.map((p) => (
              <li key={p.to}>
                <NavLink to={{ pathname: p.to, search }} end={p.to === '/'}>
                  {p.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <div className={printable ? 'filters no-print' : 'filters'}>
        <FilterBar />
      </div>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
