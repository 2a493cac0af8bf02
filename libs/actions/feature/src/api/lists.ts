import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql, request, type ActionPlansOverdueQuery } from '@sli/shared/data-access';
import type { ServerExport } from '@sli/shared/ui';
import type { Scope } from '../lib/scope';

/** One action in any list of the action plans pages (overdue, a review's actions, the register). */
export const ActionPlansItem = graphql(`
  fragment ActionPlansItem on ActionMetricsItem {
    brag
    daysOverdue
    completedOnTime
    action {
      id
      ref
      title
      dueOn
      completedOn
      status
      monitoringCommittee
      ownerAgency {
        id
        name
      }
      review {
        id
        ref
      }
      audit {
        id
        ref
      }
    }
  }
`);

const ActionPlansOverdue = graphql(`
  query ActionPlansOverdue($filter: MetricFilter, $asOf: Date!, $first: Int!, $after: String) {
    overdueActions(filter: $filter, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ActionPlansItem
      }
    }
  }
`);

/** The actions of one source review (all, or only the overdue ones), as of the as-of date. */
const ActionPlansReviewActions = graphql(`
  query ActionPlansReviewActions(
    $filter: MetricFilter
    $asOf: Date!
    $reviewId: String
    $cell: ActionMetricsCell!
    $first: Int!
    $after: String
  ) {
    actionsBehind(filter: $filter, asOf: $asOf, group: { by: REVIEW, key: $reviewId }, cell: $cell, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ActionPlansItem
      }
    }
  }
`);

export type ActionPage = ActionPlansOverdueQuery['overdueActions'];
export type ActionItem = ActionPage['nodes'][number];

/**
 * Overdue actions, most overdue first: of one review when the scope names it, else every open action
 * due before the as-of date (from the start of the period only when `periodOnly`).
 */
export function useOverdueActions(scope: Scope, periodOnly: boolean, first: number, after: string | null) {
  return useQuery({
    queryKey: ['actions', 'overdue', scope, periodOnly, first, after],
    queryFn: async (): Promise<ActionPage> => {
      if (scope.reviewId) {
        const vars = { filter: scope.filter, asOf: scope.asOf, reviewId: scope.reviewId, cell: 'OVERDUE' as const, first, after };
        return (await request(ActionPlansReviewActions, vars)).actionsBehind;
      }
      const filter = periodOnly ? scope.filter : { ...scope.filter, from: null, to: null };
      return (await request(ActionPlansOverdue, { filter, asOf: scope.asOf, first, after })).overdueActions;
    },
    placeholderData: keepPreviousData,
  });
}

/** The whole overdue list as the API downloads it: the same query and variables as the screen, every page. */
export function overdueExport(scope: Scope, periodOnly: boolean, columns: string[]): ServerExport {
  if (scope.reviewId) {
    return { list: 'review-actions', variables: { filter: scope.filter, asOf: scope.asOf, group: { by: 'REVIEW', key: scope.reviewId }, cell: 'OVERDUE' }, columns };
  }
  const filter = periodOnly ? scope.filter : { ...scope.filter, from: null, to: null };
  return { list: 'overdue-actions', variables: { filter, asOf: scope.asOf }, columns };
}

/** Every action of the chosen review as the API downloads it. */
export function reviewActionsExport(scope: Scope, columns: string[]): ServerExport {
  return { list: 'review-actions', variables: { filter: scope.filter, asOf: scope.asOf, group: { by: 'REVIEW', key: scope.reviewId }, cell: 'ALL' }, columns };
}

/** Every action of the chosen review, by due date. */
export function useReviewActions(scope: Scope, first: number, after: string | null) {
  return useQuery({
    queryKey: ['actions', 'review-actions', scope, first, after],
    enabled: scope.reviewId !== null,
    queryFn: async (): Promise<ActionPage> =>
      (await request(ActionPlansReviewActions, { filter: scope.filter, asOf: scope.asOf, reviewId: scope.reviewId, cell: 'ALL', first, after }))
        .actionsBehind,
    placeholderData: keepPreviousData,
  });
}
