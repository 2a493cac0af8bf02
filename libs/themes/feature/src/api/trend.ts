import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql, request, type ThemesPageTrendQueryVariables } from '@sli/shared/data-access';

const ThemesPageTrendQuery = graphql(`
  query ThemesPageTrend($filter: MetricFilter, $grain: PeriodGrain!, $source: ThemeRecordSource!, $themeCodes: [String!]) {
    themeTrend(filter: $filter, grain: $grain, source: $source, themeCodes: $themeCodes) {
      theme {
        code
        name
      }
      total
      points {
        period {
          label
          start
          end
        }
        count
        reviews
        audits
        share {
          numerator
          denominator
          value
        }
      }
    }
  }
`);

/** One series per chosen theme, one point per period of the window. */
export function useThemeTrend(variables: ThemesPageTrendQueryVariables, enabled: boolean) {
  return useQuery({
    queryKey: ['themes-page-trend', variables],
    queryFn: () => request(ThemesPageTrendQuery, variables),
    enabled,
    placeholderData: keepPreviousData,
  });
}
