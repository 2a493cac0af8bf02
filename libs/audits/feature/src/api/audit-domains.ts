import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  graphql,
  isRecordId,
  request,
  type AuditAgencyGradesQuery,
  type AuditDomainsQuery,
  type CreateAuditDomainInput,
  type UpdateAuditDomainInput,
} from '@sli/shared/data-access';

/** The partnership's case-audit domains in reading order, retired ones included (issue 10). */
const AuditDomains = graphql(`
  query AuditDomains($partnershipId: ID!) {
    auditDomains(partnershipId: $partnershipId) {
      id
      code
      name
      position
      retired
      isDefault
    }
  }
`);

/** Each agency's own grades by domain over an audit's cases, or a round's. */
const AuditAgencyGrades = graphql(`
  query AuditAgencyGrades($partnershipId: ID!, $auditId: ID, $round: String) {
    auditAgencyGrades(filter: { partnershipIds: [$partnershipId] }, auditId: $auditId, round: $round) {
      agencyId
      agencyName
      domain
      label
      distribution {
        total
        goodOrBetter {
          numerator
          denominator
          value
        }
      }
    }
  }
`);

const CreateAuditDomain = graphql(`
  mutation CreateAuditDomain($input: CreateAuditDomainInput!) {
    createAuditDomain(input: $input) {
      id
      code
      name
    }
  }
`);
const UpdateAuditDomain = graphql(`
  mutation UpdateAuditDomain($id: ID!, $input: UpdateAuditDomainInput!) {
    updateAuditDomain(id: $id, input: $input) {
      id
      code
      name
      retired
    }
  }
`);
const ReorderAuditDomains = graphql(`
  mutation ReorderAuditDomains($partnershipId: ID!, $domainIds: [ID!]!) {
    reorderAuditDomains(input: { partnershipId: $partnershipId, domainIds: $domainIds }) {
      id
      position
    }
  }
`);

export type AuditDomainRow = AuditDomainsQuery['auditDomains'][number];
export type AgencyDomainGrades = AuditAgencyGradesQuery['auditAgencyGrades'][number];

export function useAuditDomains(partnershipId: string | null | undefined) {
  return useQuery({
    queryKey: ['audit-domains', partnershipId],
    enabled: isRecordId(partnershipId ?? ''),
    queryFn: async () => (await request(AuditDomains, { partnershipId: partnershipId ?? '' })).auditDomains,
  });
}

export function useAuditAgencyGrades(partnershipId: string, scope: { auditId?: string; round?: string }) {
  return useQuery({
    queryKey: ['audit-agency-grades', partnershipId, scope.auditId ?? null, scope.round ?? null],
    enabled: Boolean(scope.auditId || scope.round),
    queryFn: async () => (await request(AuditAgencyGrades, { partnershipId, ...scope })).auditAgencyGrades,
  });
}

function useDomainChange<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['audit-domains'] }) });
}

export const useCreateAuditDomain = () => useDomainChange(async (input: CreateAuditDomainInput) => (await request(CreateAuditDomain, { input })).createAuditDomain);
export const useUpdateAuditDomain = () =>
  useDomainChange(async (v: { id: string; input: UpdateAuditDomainInput }) => (await request(UpdateAuditDomain, v)).updateAuditDomain);
export const useReorderAuditDomains = () =>
  useDomainChange(async (v: { partnershipId: string; domainIds: string[] }) => (await request(ReorderAuditDomains, v)).reorderAuditDomains);
