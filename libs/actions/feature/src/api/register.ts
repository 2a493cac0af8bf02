import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql, request, type ActionGroupInput, type ActionRegisterSort, type ActionStatus, type Brag, type MetricFilter } from '@sli/shared/data-access';
import type { ServerExport } from '@sli/shared/ui';

const ActionRegisterQuery = graphql(`
  query ActionRegister(
    $filter: MetricFilter
    $asOf: Date!
    $statuses: [ActionStatus!]
    $brags: [Brag!]
    $reviewId: ID
    $group: ActionGroupInput
    $sort: ActionRegisterSort
    $descending: Boolean
    $first: Int!
    $offset: Int
  ) {
    actionRegister(
      filter: $filter
      asOf: $asOf
      statuses: $statuses
      brags: $brags
      reviewId: $reviewId
      group: $group
      sort: $sort
      descending: $descending
      first: $first
      offset: $offset
    ) {
      totalCount
      offset
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

/** Which actions the register shows and in what order: the page filters plus the register's own. */
export interface RegisterQuery {
  filter: MetricFilter;
  asOf: string;
  statuses: ActionStatus[];
  brags: Brag[];
  reviewId: string | null;
  group: ActionGroupInput | null;
  sort: ActionRegisterSort;
  descending: boolean;
}

const variables = (q: RegisterQuery) => ({
  filter: q.filter,
  asOf: q.asOf,
  statuses: q.statuses.length ? q.statuses : null,
  brags: q.brags.length ? q.brags : null,
  reviewId: q.reviewId,
  group: q.group,
  sort: q.sort,
  descending: q.descending,
});

/** One page of the register, sorted and counted by the API. */
export function useActionRegister(q: RegisterQuery, pageSize: number, page: number) {
  return useQuery({
    queryKey: ['actions', 'register', q, pageSize, page],
    queryFn: async () => (await request(ActionRegisterQuery, { ...variables(q), first: pageSize, offset: page * pageSize })).actionRegister,
    placeholderData: keepPreviousData,
  });
}

/** The whole filtered register, in the same order, as the API downloads it. */
export function registerExport(q: RegisterQuery, columns: string[]): ServerExport {
  return { list: 'action-register', variables: variables(q), columns };
}
