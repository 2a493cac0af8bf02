import { useQuery } from '@tanstack/react-query';
import { graphql, request, type ThemesPageHeatmapQueryVariables } from '@sli/shared/data-access';

const ThemesPageHeatmapQuery = graphql(`
  query ThemesPageHeatmap($filter: MetricFilter, $source: ThemeRecordSource!) {
    themeHeatmap(filter: $filter, grain: FINANCIAL_YEAR, source: $source) {
      periods {
        label
        start
        end
      }
      totals
      rows {
        theme {
          code
          name
          themeGroup
        }
        counts
        shares
      }
    }
  }
`);

/** Every theme × financial year of the window: counts, shares and the records in scope per year. */
export function useThemeHeatmap(variables: ThemesPageHeatmapQueryVariables) {
  return useQuery({
    queryKey: ['themes-page-heatmap', variables],
    queryFn: () => request(ThemesPageHeatmapQuery, variables),
  });
}
