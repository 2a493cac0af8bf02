import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql, request, type KindScope, type OverviewHeadlinesQuery, type OverviewHeadlinesQueryVariables } from '@sli/shared/data-access';
import { TREND_YEARS } from '../lib/headline-keys';
import { keysFor } from '../lib/measures';
import type { Scope } from '../lib/scope';

/*
 * Every headline in one round trip, straight from the metric catalogue (the definitions the annual
 * report's headlines use): the chosen period judged on the as-of date, the same dates a year
 * earlier judged at their end, and a trend by financial year, each judged at its own end. The
 * `details` are the figures the tiles' hint lines quote, for the chosen period only.
 */
export const OverviewHeadlineValue = graphql(`
  fragment OverviewHeadlineValue on HeadlineValue {
    label
    from
    to
    asOf
    value
    numerator
    denominator
  }
`);

const OverviewHeadlines = graphql(`
  query OverviewHeadlines($filter: MetricFilter!, $asOf: Date, $tileKeys: [String!]!, $detailKeys: [String!]!, $trendYears: Int!) {
    tiles: headlineFigures(filter: $filter, asOf: $asOf, keys: $tileKeys, trendYears: $trendYears) {
      key
      label
      unit
      polarity
      current {
        ...OverviewHeadlineValue
      }
      previous {
        ...OverviewHeadlineValue
      }
      trend {
        ...OverviewHeadlineValue
      }
    }
    details: headlineFigures(filter: $filter, asOf: $asOf, keys: $detailKeys) {
      key
      label
      unit
      current {
        ...OverviewHeadlineValue
      }
    }
  }
`);

export type Headlines = OverviewHeadlinesQuery;
export type HeadlineFigure = Headlines['tiles'][number];
export type HeadlineValue = HeadlineFigure['current'];

/** The figures of the tiles the partnership's kind shows, and the details their hints quote: nothing it never shows. */
export function headlineVariables(scope: Scope, works: KindScope): OverviewHeadlinesQueryVariables {
  return {
    filter: scope.current,
    asOf: scope.asOf,
    ...keysFor(works),
    trendYears: TREND_YEARS,
  };
}

/** The overview's request for these variables: the page's query and the prefetch started before the page loads share it. */
export function headlinesQueryOptions(variables: OverviewHeadlinesQueryVariables) {
  return queryOptions({
    queryKey: ['overview', 'headlines', variables],
    queryFn: () => request(OverviewHeadlines, variables),
  });
}

/** The overview's figures for the filters in the URL and the partnership's kind: one request. */
export function useHeadlines(scope: Scope, works: KindScope) {
  return useQuery(headlinesQueryOptions(headlineVariables(scope, works)));
}
