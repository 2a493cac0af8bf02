import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql, isRecordId, request, type CreateActionInput, type UpdateActionInput } from '@sli/shared/data-access';

const ActionSource = graphql(`
  query ActionFormSource($id: ID!) {
    review(id: $id) {
      id
      partnershipId
      ref
      title
      recommendations {
        id
        ref
        text
      }
    }
  }
`);

const ActionToEdit = graphql(`
  query ActionFormRecord($id: ID!) {
    action(id: $id) {
      id
      ref
      title
      partnershipId
      reviewId
      recommendationId
      dueOn
      groupId
      impactAuditId
      impactMeasureId
      ownerAgency {
        id
      }
      themes {
        id
      }
    }
  }
`);

const ImpactSources = graphql(`
  query ActionImpactSources($partnershipId: ID!) {
    audits(filter: { partnershipId: $partnershipId }, first: 500) {
      nodes {
        id
        ref
        title
        startedOn
      }
    }
    measures(filter: { partnershipId: $partnershipId }, first: 500) {
      nodes {
        id
        ref
        name
      }
    }
  }
`);

const MonitoringGroups = graphql(`
  query ActionMonitoringGroups($partnershipId: ID!) {
    groups(partnershipIds: [$partnershipId]) {
      id
      name
    }
  }
`);

const CreateAction = graphql(`
  mutation RecordAction($input: CreateActionInput!) {
    createAction(input: $input) {
      id
      ref
      reviewId
    }
  }
`);
const UpdateAction = graphql(`
  mutation EditAction($id: ID!, $input: UpdateActionInput!) {
    updateAction(id: $id, input: $input) {
      id
      ref
      reviewId
    }
  }
`);
const DeleteAction = graphql(`
  mutation DeleteAction($id: ID!) {
    deleteAction(id: $id) {
      id
      ref
      reviewId
    }
  }
`);

/** The review an action comes from, with its recommendations to answer. */
export function useActionSource(reviewId: string | null) {
  return useQuery({
    queryKey: ['actions', 'source', reviewId],
    enabled: isRecordId(reviewId),
    queryFn: async () => (await request(ActionSource, { id: reviewId ?? '' })).review ?? null,
  });
}

export function useActionToEdit(id: string) {
  return useQuery({
    queryKey: ['actions', 'edit', id],
    enabled: isRecordId(id),
    queryFn: async () => (await request(ActionToEdit, { id })).action ?? null,
  });
}

/** The partnership's audit rounds and OBA measures, as choices of what will show an action's impact. */
export function useImpactSources(partnershipId: string) {
  return useQuery({
    queryKey: ['actions', 'impact-sources', partnershipId],
    queryFn: async () => {
      const { audits, measures } = await request(ImpactSources, { partnershipId });
      return {
        audits: audits.nodes.map((a) => ({ value: a.id, label: `${a.ref}: ${a.title} (from ${a.startedOn})` })),
        measures: measures.nodes.map((m) => ({ value: m.id, label: `${m.ref}: ${m.name}` })),
      };
    },
  });
}

/** The partnership's groups (board, executive, subgroups), to choose the one that monitors an action. */
export function useMonitoringGroups(partnershipId: string) {
  return useQuery({
    queryKey: ['actions', 'monitoring-groups', partnershipId],
    queryFn: async () => (await request(MonitoringGroups, { partnershipId })).groups,
  });
}

function useChange<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void client.invalidateQueries() });
}

export const useCreateAction = () => useChange(async (input: CreateActionInput) => (await request(CreateAction, { input })).createAction);
export const useUpdateAction = (id: string) => useChange(async (input: UpdateActionInput) => (await request(UpdateAction, { id, input })).updateAction);
export const useDeleteAction = () => useChange(async (id: string) => (await request(DeleteAction, { id })).deleteAction);
