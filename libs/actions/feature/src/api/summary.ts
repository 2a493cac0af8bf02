import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql, request, type ActionPlanGroupBy, type ActionPlansSummaryQuery } from '@sli/shared/data-access';
import type { Scope } from '../lib/scope';

const ActionPlansSummary = graphql(`
  query ActionPlansSummary($filter: MetricFilter, $asOf: Date!, $groupBy: ActionPlanGroupBy!) {
    actionPlanSummary(filter: $filter, asOf: $asOf, groupBy: $groupBy) {
      key
      label
      total
      open
      completed
      overdue
      byStatus {
        notStarted
        inProgress
        completed
        impactEvidenced
        cancelled
      }
      byBrag {
        blue
        red
        amber
        green
      }
      completedOnTime {
        numerator
        denominator
        value
      }
      impactEvidenced {
        numerator
        denominator
        value
      }
    }
  }
`);

export type SummaryRow = ActionPlansSummaryQuery['actionPlanSummary'][number];

/** Committee summaries: one row per review, owner agency, committee, theme… */
export function useSummary(scope: Scope, groupBy: ActionPlanGroupBy) {
  return useQuery({
    queryKey: ['actions', 'summary', scope, groupBy],
    queryFn: async () => (await request(ActionPlansSummary, { filter: scope.filter, asOf: scope.asOf, groupBy })).actionPlanSummary,
    // The previous rows stay while new filters load, but never under another grouping: owner agencies
    // shown as "source reviews" would link to reviews that do not exist.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[3] === groupBy ? keepPreviousData(previous) : undefined),
  });
}
