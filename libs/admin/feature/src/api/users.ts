import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql, request, type CreateUserInput, type UpdateUserInput, type UsersPageQuery } from '@sli/shared/data-access';

const UsersPageDocument = graphql(`
  query UsersPage($partnershipId: ID) {
    users(partnershipId: $partnershipId) {
      id
      email
      name
      role
      disabled
      lastSignInAt
      createdAt
      agency {
        id
        name
      }
    }
  }
`);

const UsersPageAgenciesDocument = graphql(`
  query UsersPageAgencies($partnershipId: ID) {
    agencies(filter: { partnershipId: $partnershipId }, first: 500) {
      nodes {
        id
        name
      }
    }
  }
`);

const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      name
      email
    }
  }
`);

const UpdateUserDocument = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      disabled
    }
  }
`);

export type UserRow = UsersPageQuery['users'][number];

const key = (partnershipId: string | null) => ['admin', 'users', partnershipId];

/** The users of one partnership. */
export function useUsers(partnershipId: string | null) {
  return useQuery({
    queryKey: key(partnershipId),
    queryFn: async () => (await request(UsersPageDocument, { partnershipId })).users,
    enabled: !!partnershipId,
  });
}

/** The partnership's agencies, for the agency an agency lead acts for. */
export function useAgencies(partnershipId: string | null) {
  return useQuery({
    queryKey: ['admin', 'agencies', partnershipId],
    queryFn: async () => (await request(UsersPageAgenciesDocument, { partnershipId })).agencies.nodes,
    enabled: !!partnershipId,
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateUserInput) => (await request(CreateUserDocument, { input })).createUser,
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin'] }),
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: UpdateUserInput }) => (await request(UpdateUserDocument, { id, input })).updateUser,
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin'] }),
  });
}
