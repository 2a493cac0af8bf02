import { useQuery } from '@tanstack/react-query';
import { graphql, isRecordId, request, type AssuranceToolPageQuery, type AssuranceToolsPageQuery } from '@sli/shared/data-access';

/** A partnership's assurance tools, every version, with their standards and rating scales. */
const AssuranceToolsPage = graphql(`
  query AssuranceToolsPage($partnershipId: ID!) {
    assuranceTools(partnershipIds: [$partnershipId]) {
      id
      toolKey
      name
      kind
      version
      status
      publishedOn
      isDefault
      standards {
        id
        code
        title
        position
      }
      ratingScale {
        code
        label
        met
      }
    }
  }
`);

const AssuranceToolPage = graphql(`
  query AssuranceToolPage($id: ID!) {
    assuranceTool(id: $id) {
      id
      partnershipId
      toolKey
      name
      kind
      version
      status
      publishedOn
      description
      isDefault
      standards {
        id
        code
        title
        description
        position
        groupName
      }
      ratingScale {
        code
        label
        position
        met
      }
    }
  }
`);

export type AssuranceToolRow = AssuranceToolsPageQuery['assuranceTools'][number];
export type AssuranceToolDetail = NonNullable<AssuranceToolPageQuery['assuranceTool']>;

export function useAssuranceTools(partnershipId: string | null | undefined) {
  return useQuery({
    queryKey: ['assurance-tools', partnershipId],
    enabled: Boolean(partnershipId),
    queryFn: async () => (await request(AssuranceToolsPage, { partnershipId: partnershipId ?? '' })).assuranceTools,
  });
}

export function useAssuranceTool(id: string) {
  return useQuery({
    queryKey: ['assurance-tool', id],
    enabled: isRecordId(id),
    queryFn: async () => (await request(AssuranceToolPage, { id })).assuranceTool ?? null,
  });
}
