import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  graphql,
  request,
  type ThemesPageCoOccurrenceMatrixQueryVariables,
  type ThemesPageCoOccurrenceQueryVariables,
} from '@sli/shared/data-access';

const ThemesPageCoOccurrenceQuery = graphql(`
  query ThemesPageCoOccurrence($filter: MetricFilter, $source: ThemeRecordSource!, $limit: Int!, $minCount: Int!) {
    themeCoOccurrence(filter: $filter, source: $source, limit: $limit, minCount: $minCount) {
      themeA {
        code
        name
      }
      themeB {
        code
        name
      }
      count
      countA
      countB
      jaccard
    }
  }
`);

const ThemesPageCoOccurrenceMatrixQuery = graphql(`
  query ThemesPageCoOccurrenceMatrix($filter: MetricFilter, $source: ThemeRecordSource!, $themeCodes: [String!]) {
    themeCoOccurrenceMatrix(filter: $filter, source: $source, themeCodes: $themeCodes) {
      themes {
        code
        name
      }
      counts
      records
    }
  }
`);

/** The pairs of themes most often found on the same record. */
export function useThemeCoOccurrence(variables: ThemesPageCoOccurrenceQueryVariables) {
  return useQuery({
    queryKey: ['themes-page-co-occurrence', variables],
    queryFn: () => request(ThemesPageCoOccurrenceQuery, variables),
  });
}

/** The chosen themes × themes: records tagged with both. */
export function useThemeCoOccurrenceMatrix(variables: ThemesPageCoOccurrenceMatrixQueryVariables, enabled: boolean) {
  return useQuery({
    queryKey: ['themes-page-co-occurrence-matrix', variables],
    queryFn: () => request(ThemesPageCoOccurrenceMatrixQuery, variables),
    enabled,
    placeholderData: keepPreviousData,
  });
}
