import { useState } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { canDo, graphql, request, signOut, useFilters, useViewer, SIGN_IN_PATH } from '@sli/shared/data-access';
import { PAGES } from '../pages';

/** Partnership names, shortened when a role sees many. */
function scopeWords(names: string[]): string {
  if (names.length === 0) return 'No partnership';
  if (names.length <= 2) return names.join(' and ');
  return `${names.length} partnerships`;
}

const UnreadNoticesDocument = graphql(`
  query UnreadNotices {
    myNotices(first: 1) {
      unread
    }
  }
`);

/** How many of the signed-in user's reminders are unread; checked at most once a minute (the reminders page refreshes it). */
function useUnreadNotices(enabled: boolean) {
  return useQuery({
    queryKey: ['account', 'notices', 'unread'],
    queryFn: async () => (await request(UnreadNoticesDocument)).myNotices.unread,
    enabled,
    staleTime: 60_000,
  });
}

/** Site header: who is signed in (name, role, partnerships), their tokens, sign out, and the pages their role may open. */
export function Header() {
  const viewer = useViewer();
  const { search } = useFilters();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);
  const pages = PAGES.filter((p) => p.nav && canDo(viewer, ...p.needs));
  const unread = useUnreadNotices(canDo(viewer, 'myNotices')).data ?? 0;

  const leave = async () => {
    setSigningOut(true);
    try {
      await signOut(client);
    } finally {
      await navigate(SIGN_IN_PATH, { replace: true });
    }
  };

  return (
    <header className="site-header">
      <div className="site-header-top">
        <p className="brand">Safeguarding Learning &amp; Impact</p>
        <div className="account" aria-label="Your account" role="group">
          <p className="who" data-testid="signed-in-as">
            {viewer.name} <span className="scope">– {viewer.roleLabel}</span>
          </p>
          <p className="scope" data-testid="signed-in-partnerships" title={viewer.partnerships.map((p) => p.name).join(', ')}>
            {scopeWords(viewer.partnerships.map((p) => p.name))}
            {viewer.agency ? ` · ${viewer.agency.name}` : ''}
          </p>
          {canDo(viewer, 'myNotices') ? (
            <NavLink to="/account/reminders">
              Your reminders{unread > 0 ? <span className="count"> ({unread} unread)</span> : null}
            </NavLink>
          ) : null}
          <NavLink to="/account/tokens">Your access tokens</NavLink>
          <button type="button" className="sign-out" onClick={() => void leave()} disabled={signingOut}>
            {signingOut ? 'Signing out…' : 'Sign out'}
          </button>
        </div>
      </div>
      <nav aria-label="Main">
        <ul>
          {pages.map((p) => (
            <li key={p.path}>
              <NavLink to={{ pathname: p.path, search: p.filters ? search : '' }} end={p.path === '/'}>
                {p.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {pages.length === 0 ? (
        <p>
          Your role has no pages here yet. <Link to="/account/tokens">Manage your access tokens</Link>.
        </p>
      ) : null}
    </header>
  );
}
