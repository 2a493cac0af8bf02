import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql, request, type AgenciesPageQuery, type AgencySector } from '@sli/shared/data-access';

const AgenciesPageDocument = graphql(`
  query AgenciesPage($partnershipId: ID!) {
    agencies(filter: { partnershipId: $partnershipId }, first: 500) {
      totalCount
      nodes {
        id
        ref
        name
        sector
        isCoreMember
        updatedAt
      }
    }
  }
`);

const CreateAgencyDocument = graphql(`
  mutation AgenciesCreate($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      id
      name
    }
  }
`);

const UpdateAgencyDocument = graphql(`
  mutation AgenciesUpdate($id: ID!, $input: UpdateAgencyInput!) {
    updateAgency(id: $id, input: $input) {
      id
      name
    }
  }
`);

const DeleteAgencyDocument = graphql(`
  mutation AgenciesDelete($id: ID!) {
    deleteAgency(id: $id) {
      id
      name
    }
  }
`);

export type AgencyRow = AgenciesPageQuery['agencies']['nodes'][number];

export interface AgencyValues {
  name: string;
  sector: AgencySector;
  isCoreMember: boolean;
  ref?: string;
}

const key = (partnershipId: string | null) => ['partnership-agencies', partnershipId];

/** A partnership's agencies, by name (up to 500: a partnership has tens). */
export function useAgencies(partnershipId: string | null) {
  return useQuery({
    queryKey: key(partnershipId),
    queryFn: async () => (await request(AgenciesPageDocument, { partnershipId: partnershipId as string })).agencies,
    enabled: Boolean(partnershipId),
  });
}

/** Agencies appear in every filter bar and form: after a change, every query that lists them is asked again. */
function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}

export function useCreateAgency(partnershipId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: AgencyValues) => request(CreateAgencyDocument, { input: { partnershipId, ...v } }),
    onSuccess: refresh,
  });
}

export function useUpdateAgency(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: AgencyValues) => request(UpdateAgencyDocument, { id, input: v }),
    onSuccess: refresh,
  });
}

/** Deletes an agency no record names; the API refuses, naming them, while any does. */
export function useDeleteAgency() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (id: string) => (await request(DeleteAgencyDocument, { id })).deleteAgency,
    onSuccess: refresh,
  });
}
