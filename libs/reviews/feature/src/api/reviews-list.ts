import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql, request, type ReviewsPageListQueryVariables } from '@sli/shared/data-access';

export const PAGE_SIZE = 25;

const ReviewsPageListQuery = graphql(`
  query ReviewsPageList(
    $filter: ReviewFilter
    $first: Int!
    $after: String
    $asOf: Date!
    $sort: ReviewSortField
    $direction: SortDirection
  ) {
    reviews(filter: $filter, first: $first, after: $after, sort: $sort, direction: $direction) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ref
        title
        type
        status
        initiatedOn
        completedOn
        publishedOn
        completionDueOn(asOf: $asOf)
        completionTimeliness(asOf: $asOf)
        rapidReviewDueOn
        rapidReviewTimeliness(asOf: $asOf)
      }
    }
  }
`);

/** One page of reviews in the server's sort (most recently initiated first by default); the previous page stays on screen while the next loads. */
export function useReviewsList(variables: ReviewsPageListQueryVariables) {
  return useQuery({
    queryKey: ['reviews-page-list', variables],
    queryFn: () => request(ReviewsPageListQuery, variables),
    placeholderData: keepPreviousData,
  });
}
