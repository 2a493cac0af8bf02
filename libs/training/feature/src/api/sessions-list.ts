import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql, request, type TrainingPageSessionsQuery, type TrainingPageSessionsQueryVariables } from '@sli/shared/data-access';

/** A page of training sessions with their course and attendance, in the server's sort. */
const TrainingPageSessions = graphql(`
  query TrainingPageSessions(
    $filter: TrainingSessionFilter
    $sort: TrainingSessionSortField
    $direction: SortDirection
    $first: Int!
    $after: String
  ) {
    trainingSessions(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ref
        sessionDate
        delivery
        capacity
        booked
        attended
        didNotAttend
        course {
          id
          title
          multiAgency
        }
      }
    }
  }
`);

export type SessionRow = TrainingPageSessionsQuery['trainingSessions']['nodes'][number];

/** One page of the session list; the previous page stays on screen while the next loads. */
export function useSessionList(variables: TrainingPageSessionsQueryVariables) {
  return useQuery({
    queryKey: ['training-page', 'sessions', variables],
    queryFn: () => request(TrainingPageSessions, variables),
    placeholderData: keepPreviousData,
  });
}
