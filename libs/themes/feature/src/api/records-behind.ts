import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql, request, type ThemesPageRecordsBehindQueryVariables } from '@sli/shared/data-access';

const ThemesPageRecordsBehindQuery = graphql(`
  query ThemesPageRecordsBehind($filter: MetricFilter, $source: ThemeRecordSource!, $themeCodes: [String!], $after: String) {
    themeRecordsBehind(filter: $filter, source: $source, themeCodes: $themeCodes, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        ref
        title
        type
        date
        partnershipId
        themeCodes
        review {
          id
          status
        }
      }
    }
    partnerships(first: 200) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The reviews and audits behind a figure, 50 at a time. */
export function useRecordsBehind(variables: Omit<ThemesPageRecordsBehindQueryVariables, 'after'> | null) {
  return useInfiniteQuery({
    queryKey: ['themes-page-records-behind', variables],
    queryFn: ({ pageParam }) => request(ThemesPageRecordsBehindQuery, { ...variables, source: variables?.source ?? 'BOTH', after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.themeRecordsBehind.pageInfo.hasNextPage ? last.themeRecordsBehind.pageInfo.endCursor : null),
    enabled: variables !== null,
  });
}
