import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  graphql,
  isRecordId,
  request,
  type AssuranceToolPageQuery,
  type AssuranceToolsPageQuery,
  type CreateAssuranceToolInput,
  type UpdateAssuranceToolDraftInput,
} from '@sli/shared/data-access';

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

const CreateTool = graphql(`
  mutation CreateAssuranceTool($input: CreateAssuranceToolInput!) {
    createAssuranceTool(input: $input) {
      id
      version
    }
  }
`);

const DraftVersion = graphql(`
  mutation DraftAssuranceToolVersion($fromId: ID!) {
    draftAssuranceToolVersion(fromId: $fromId) {
      id
      version
    }
  }
`);

const UpdateDraft = graphql(`
  mutation UpdateAssuranceToolDraft($id: ID!, $input: UpdateAssuranceToolDraftInput!) {
    updateAssuranceToolDraft(id: $id, input: $input) {
      id
      version
    }
  }
`);

const PublishTool = graphql(`
  mutation PublishAssuranceTool($id: ID!) {
    publishAssuranceTool(id: $id) {
      id
      version
      publishedOn
    }
  }
`);

const RetireTool = graphql(`
  mutation RetireAssuranceTool($id: ID!) {
    retireAssuranceTool(id: $id) {
      id
      version
    }
  }
`);

const DiscardDraft = graphql(`
  mutation DiscardAssuranceToolDraft($id: ID!) {
    discardAssuranceToolDraft(id: $id) {
      id
      version
    }
  }
`);

/** A change to a tool; every tool list and page is read again (a publication retires another version). */
function useToolChange<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['assurance-tools'] }), client.invalidateQueries({ queryKey: ['assurance-tool'] })]),
  });
}

export const useCreateTool = () => useToolChange(async (input: CreateAssuranceToolInput) => (await request(CreateTool, { input })).createAssuranceTool);
export const useDraftToolVersion = () => useToolChange(async (fromId: string) => (await request(DraftVersion, { fromId })).draftAssuranceToolVersion);
export const useUpdateToolDraft = (id: string) =>
  useToolChange(async (input: UpdateAssuranceToolDraftInput) => (await request(UpdateDraft, { id, input })).updateAssuranceToolDraft);
export const usePublishTool = () => useToolChange(async (id: string) => (await request(PublishTool, { id })).publishAssuranceTool);
export const useRetireTool = () => useToolChange(async (id: string) => (await request(RetireTool, { id })).retireAssuranceTool);
export const useDiscardToolDraft = () => useToolChange(async (id: string) => (await request(DiscardDraft, { id })).discardAssuranceToolDraft);
