import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql, request } from '@sli/shared/data-access';
import type { MeasureInputFields } from '../lib/measure-form-values';

const MeasureFormDocument = graphql(`
  query ObaMeasureForm($id: ID!) {
    measure(id: $id) {
      id
      ref
      name
      description
      quadrant
      source
      metric
      periodicity
      unit
      polarity
      target
      baseline
      baselinePeriodStart
      headline
      agencyId
      partnership {
        id
        name
      }
      values {
        periodStart
      }
    }
  }
`);

const MeasureFormChoicesDocument = graphql(`
  query ObaMeasureFormChoices($partnershipId: ID!) {
    partnership(id: $partnershipId) {
      id
      name
    }
    builtInMetrics {
      key
      label
      quadrant
      unit
      polarity
      activity
    }
    agencies(filter: { partnershipId: $partnershipId }, first: 500) {
      nodes {
        id
        name
      }
    }
  }
`);

const CreateMeasureDocument = graphql(`
  mutation ObaCreateMeasure($input: CreateMeasureInput!) {
    createMeasure(input: $input) {
      id
    }
  }
`);

const UpdateMeasureDocument = graphql(`
  mutation ObaUpdateMeasure($id: ID!, $input: UpdateMeasureInput!) {
    updateMeasure(id: $id, input: $input) {
      id
    }
  }
`);

/** The measure being edited, as stored. */
export function useMeasureForEditing(id: string | undefined) {
  return useQuery({
    queryKey: ['oba-measure-form', id],
    queryFn: () => request(MeasureFormDocument, { id: id as string }),
    enabled: id !== undefined,
  });
}

/** What the form offers: the partnership's name, the built-in metrics and the partnership's agencies. */
export function useMeasureFormChoices(partnershipId: string | undefined) {
  return useQuery({
    queryKey: ['oba-measure-form-choices', partnershipId],
    queryFn: () => request(MeasureFormChoicesDocument, { partnershipId: partnershipId as string }),
    enabled: Boolean(partnershipId),
    staleTime: 5 * 60_000,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('oba-') });
}

export function useCreateMeasure(partnershipId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: MeasureInputFields) => request(CreateMeasureDocument, { input: { ...input, partnershipId } }),
    onSuccess: refresh,
  });
}

export function useUpdateMeasure(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: MeasureInputFields) => request(UpdateMeasureDocument, { id, input }),
    onSuccess: refresh,
  });
}
