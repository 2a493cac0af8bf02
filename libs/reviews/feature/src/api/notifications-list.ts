import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql, request, type NotificationsPageListQueryVariables } from '@sli/shared/data-access';

const NotificationsPageListQuery = graphql(`
  query NotificationsPageList(
    $filter: NotificationFilter
    $first: Int!
    $after: String
    $sort: NotificationSortField
    $direction: SortDirection
  ) {
    notifications(filter: $filter, first: $first, after: $after, sort: $sort, direction: $direction) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ref
        dateAware
        dateNotified
        harm
        ageBand
        decision
      }
    }
  }
`);

/**
 * One page of serious incident notifications in the server's sort; the previous page stays on screen while
 * the next loads. `enabled` false (a partnership that does not work with children) asks for nothing.
 */
export function useNotificationsList(variables: NotificationsPageListQueryVariables, enabled = true) {
  return useQuery({
    queryKey: ['notifications-page-list', variables],
    queryFn: () => request(NotificationsPageListQuery, variables),
    enabled,
    placeholderData: keepPreviousData,
  });
}
