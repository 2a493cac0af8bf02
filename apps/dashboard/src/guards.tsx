import type { ComponentType, ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { canDo, signInPath, useViewer, viewerQueryOptions, type CurrentUser } from '@sli/shared/data-access';
import { NoAccess } from '@sli/shared/ui';
import { PAGES, pageNeeds } from './pages';

/**
 * Every page but sign-in: who is signed in is loaded first; nobody is → sign in, then come back here.
 * A component rather than a route loader, so that filter changes (search params) stay synchronous.
 */
export function SignedIn({ children }: { children: ReactNode }) {
  const viewer = useQuery(viewerQueryOptions);
  const location = useLocation();
  if (viewer.isPending) {
    return (
      <p className="state" role="status">
        Loading…
      </p>
    );
  }
  if (viewer.error) throw viewer.error;
  if (!viewer.data) return <Navigate to={signInPath(`${location.pathname}${location.search}${location.hash}`)} replace />;
  return <>{children}</>;
}

/** The first page of the navigation this user may open: where "Go to your start page" leads. */
export function startPage(viewer: CurrentUser): string {
  return PAGES.find((p) => p.nav && canDo(viewer, ...p.needs))?.path ?? '/account/tokens';
}

/** A page component shown only when the user may call what it needs; otherwise a plain "no access" page. */
export function guarded<P extends object>(path: string, Page: ComponentType<P>): ComponentType<P> {
  const needs = pageNeeds(path);
  function Guarded(props: P) {
    const viewer = useViewer();
    if (canDo(viewer, ...needs)) return <Page {...props} />;
    return <NoAccess roleLabel={viewer.roleLabel} home={startPage(viewer)} />;
  }
  Guarded.displayName = `Guarded(${Page.displayName ?? Page.name})`;
  return Guarded;
}

/** The overview, or for a role that may not see it (a national analyst), their first page. */
export function guardedHome<P extends object>(Overview: ComponentType<P>): ComponentType<P> {
  const Page = guarded('/', Overview);
  function Home(props: P) {
    const viewer = useViewer();
    if (!canDo(viewer, ...pageNeeds('/'))) {
      const start = startPage(viewer);
      if (start !== '/') return <Navigate to={{ pathname: start, search: window.location.search }} replace />;
    }
    return <Page {...props} />;
  }
  return Home;
}
