import { useQuery } from '@tanstack/react-query';
import { graphql, request, type ActionPlansMetricsQuery } from '@sli/shared/data-access';
import type { Scope } from '../lib/scope';

const ActionPlansMetrics = graphql(`
  query ActionPlansMetrics($filter: MetricFilter, $asOf: Date!) {
    actionMetrics(filter: $filter, asOf: $asOf) {
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

/** One review's figures: its row of the summary by source review. */
const ActionPlansReviewFigures = graphql(`
  query ActionPlansReviewFigures($filter: MetricFilter, $asOf: Date!) {
    actionPlanSummary(filter: $filter, asOf: $asOf, groupBy: REVIEW) {
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

export type Figures = ActionPlansMetricsQuery['actionMetrics'];

/** Headline figures and BRAG counts for the actions in scope; a review's own row when one is chosen (null if it has none). */
export function useFigures(scope: Scope) {
  return useQuery({
    queryKey: ['actions', 'figures', scope],
    queryFn: async (): Promise<Figures | null> => {
      if (!scope.reviewId) return (await request(ActionPlansMetrics, { filter: scope.filter, asOf: scope.asOf })).actionMetrics;
      const rows = (await request(ActionPlansReviewFigures, { filter: scope.filter, asOf: scope.asOf })).actionPlanSummary;
      return rows.find((r) => r.key === scope.reviewId) ?? null;
    },
  });
}
