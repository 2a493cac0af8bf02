import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { graphql } from './gql';
import { isForbidden, isUnauthenticated, request } from './client';
import { keepAllValues } from './kept-values';
import { VIEWER_KEY, type CurrentUser } from './viewer';

export const SIGN_IN_PATH = '/sign-in';

/** Only a path on this site: never another origin (`//host`, `/\host`, `https:`), never the sign-in page itself. */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === SIGN_IN_PATH || value.startsWith(`${SIGN_IN_PATH}?`) || value.startsWith(`${SIGN_IN_PATH}/`)) return '/';
  return value;
}

/** The sign-in page, coming back to `returnTo` afterwards; `expired` says the session ended mid-visit. */
export function signInPath(returnTo: string, expired = false): string {
  const params = new URLSearchParams();
  const back = safeReturnTo(returnTo);
  if (back !== '/') params.set('returnTo', back);
  if (expired) params.set('expired', '1');
  const s = params.toString();
  return s ? `${SIGN_IN_PATH}?${s}` : SIGN_IN_PATH;
}

/** Mutations that handle UNAUTHENTICATED themselves (signing in) set `meta: { ownAuthErrors: true }`. */
export interface AppMutationMeta extends Record<string, unknown> {
  ownAuthErrors?: boolean;
}

/**
 * The dashboard's one QueryClient. Any query or mutation failing with UNAUTHENTICATED (no session,
 * expired, user disabled) keeps what open forms hold, forgets every cached answer and goes to the
 * sign-in page with the current page as returnTo: handled here once, not on every page.
 */
export function createAppQueryClient(goToSignIn: (path: string) => void): QueryClient {
  const signedOut = () => {
    const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (window.location.pathname === SIGN_IN_PATH) return;
    // Several requests can fail at once: only the first, while the user is still known, keeps the forms.
    const viewer = client.getQueryData<CurrentUser | null>(VIEWER_KEY);
    if (viewer) keepAllValues(viewer.id);
    client.clear();
    goToSignIn(signInPath(here, true));
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => (isUnauthenticated(error) ? signedOut() : undefined) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        const meta = mutation.meta as AppMutationMeta | undefined;
        if (isUnauthenticated(error) && !meta?.ownAuthErrors) signedOut();
      },
    }),
    defaultOptions: {
      // A minute of freshness, one retry, no refetch on focus (figures change rarely); never retry a refusal.
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => count < 1 && !isUnauthenticated(error) && !isForbidden(error),
      },
    },
  });
  return client;
}

const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Ends the session on the server, then forgets every cached answer. */
export async function signOut(client: QueryClient): Promise<void> {
  try {
    await request(SignOutDocument);
  } catch (error) {
    // A session that has already ended is as good as signed out.
    if (!isUnauthenticated(error)) throw error;
  } finally {
    client.clear();
    client.setQueryData(VIEWER_KEY, null);
  }
}
