import { useQuery } from '@tanstack/react-query';
import { graphql, request, type ReviewsPageRapidTimelinessQueryVariables } from '@sli/shared/data-access';

const ReviewsPageRapidTimelinessQuery = graphql(`
  query ReviewsPageRapidTimeliness($filter: MetricFilter, $asOf: Date!) {
    rapidReviewMetrics(filter: $filter, grain: QUARTER, asOf: $asOf) {
      period {
        label
        start
      }
      rapidReviews
      sent
      onTime
      late
      overdue
      due
      onTimeRate {
        numerator
        denominator
        value
      }
    }
  }
`);

/**
 * Rapid reviews sent to the panel within 15 working days, per financial-year quarter of the range.
 * `enabled` false (a partnership that does not work with children) asks for nothing.
 */
export function useRapidReviewTimeliness(variables: ReviewsPageRapidTimelinessQueryVariables, enabled = true) {
  return useQuery({
    queryKey: ['reviews-page-rapid-timeliness', variables],
    queryFn: () => request(ReviewsPageRapidTimelinessQuery, variables),
    enabled,
  });
}
