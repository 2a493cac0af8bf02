import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql, request, type CreateTokenInput, type MyTokensQuery } from '@sli/shared/data-access';

const MyTokensDocument = graphql(`
  query MyTokens {
    myTokens {
      id
      name
      prefix
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateTokenDocument = graphql(`
  mutation CreateToken($input: CreateTokenInput!) {
    createToken(input: $input) {
      token
      apiToken {
        id
        name
        prefix
        expiresAt
      }
    }
  }
`);

const RevokeTokenDocument = graphql(`
  mutation RevokeToken($id: ID!) {
    revokeToken(id: $id) {
      id
      revokedAt
    }
  }
`);

export type TokenRow = MyTokensQuery['myTokens'][number];

const KEY = ['account', 'tokens'];

/** The signed-in user's own API tokens, revoked ones included. */
export function useMyTokens() {
  return useQuery({ queryKey: KEY, queryFn: async () => (await request(MyTokensDocument)).myTokens });
}

/** Creates a token; the secret is in the answer once and never again. */
export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateTokenInput) => (await request(CreateTokenDocument, { input })).createToken,
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => (await request(RevokeTokenDocument, { id })).revokeToken,
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
