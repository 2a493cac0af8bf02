import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql, request, viewerQueryOptions, type AppMutationMeta, type SignInInput } from '@sli/shared/data-access';

const SignInOptionsDocument = graphql(`
  query SignInOptions {
    signInOptions {
      local
      sso {
        id
        label
        startUrl
      }
    }
  }
`);

const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
    }
  }
`);

/** How this service lets people sign in: email and password, and any single sign-on providers. */
export function useSignInOptions() {
  return useQuery({
    queryKey: ['sign-in-options'],
    queryFn: async () => (await request(SignInOptionsDocument)).signInOptions,
    staleTime: Infinity,
  });
}

/**
 * Signs in (the API sets the session cookie), then starts the cache afresh and loads who is signed in
 * with the new session, partnerships and operations included, before any page asks.
 */
export function useSignIn() {
  const client = useQueryClient();
  const meta: AppMutationMeta = { ownAuthErrors: true };
  return useMutation({
    mutationFn: async (input: SignInInput) => {
      await request(SignInDocument, { input });
      client.clear();
      return client.fetchQuery(viewerQueryOptions);
    },
    meta,
  });
}

/** A single sign-on start address that comes back to `returnTo` afterwards. */
export function ssoHref(startUrl: string, returnTo: string): string {
  return `${startUrl}${startUrl.includes('?') ? '&' : '?'}returnTo=${encodeURIComponent(returnTo)}`;
}
