import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql, request } from '@sli/shared/data-access';

const SetValueDocument = graphql(`
  mutation ObaSetMeasureValue($measureId: ID!, $values: [MeasureValueInput!]!) {
    setMeasureValues(measureId: $measureId, values: $values) {
      id
    }
  }
`);

const RemoveValueDocument = graphql(`
  mutation ObaRemoveMeasureValue($measureId: ID!, $periodStart: Date!) {
    removeMeasureValue(measureId: $measureId, periodStart: $periodStart) {
      id
    }
  }
`);

export interface ValueEntry {
  periodStart: string;
  value: number;
}

/** A value changes the curve, the analysis and every scorecard view: refresh them all. */
function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('oba-') });
}

/** Adds the value of one period, or replaces the one it had. */
export function useSetMeasureValue(measureId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: ValueEntry) => request(SetValueDocument, { measureId, values: [v] }),
    onSuccess: refresh,
  });
}

export function useRemoveMeasureValue(measureId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (periodStart: string) => request(RemoveValueDocument, { measureId, periodStart }),
    onSuccess: refresh,
  });
}
