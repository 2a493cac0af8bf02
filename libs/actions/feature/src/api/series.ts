import { useQuery } from '@tanstack/react-query';
import { graphql, request, type ActionPlansCompletionQuery } from '@sli/shared/data-access';
import type { Scope } from '../lib/scope';

const ActionPlansCompletion = graphql(`
  query ActionPlansCompletion($filter: MetricFilter, $asOf: Date!) {
    actionCompletionSeries(filter: $filter, asOf: $asOf, grain: QUARTER) {
      period {
        label
        start
        end
      }
      due
      completedOnTime
      completedLate
      outstanding
      overdue
      cancelled
      onTimeRate {
        value
      }
    }
  }
`);

export type CompletionPeriod = ActionPlansCompletionQuery['actionCompletionSeries'][number];

/** Quarter by quarter of due date: completed on time, late, still outstanding. */
export function useCompletionSeries(scope: Scope) {
  return useQuery({
    queryKey: ['actions', 'completion', scope],
    queryFn: async () => (await request(ActionPlansCompletion, { filter: scope.filter, asOf: scope.asOf })).actionCompletionSeries,
  });
}
