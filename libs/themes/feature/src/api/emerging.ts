import { useQuery } from '@tanstack/react-query';
import { graphql, request, type ThemesPageEmergingQueryVariables } from '@sli/shared/data-access';

const ThemesPageEmergingQuery = graphql(`
  query ThemesPageEmerging($filter: MetricFilter, $financialYear: String, $source: ThemeRecordSource!, $minCount: Int!) {
    emergingThemes(filter: $filter, financialYear: $financialYear, source: $source, minCount: $minCount, limit: 10) {
      current {
        from
        to
      }
      previous {
        from
        to
      }
      currentRecords
      previousRecords
      themes {
        theme {
          code
          name
        }
        current {
          count
          share {
            numerator
            denominator
            value
          }
        }
        previous {
          count
          share {
            numerator
            denominator
            value
          }
        }
        shareChange
        shareRatio
      }
    }
  }
`);

/** Themes whose share grew most in the chosen period against the one before. */
export function useEmergingThemes(variables: ThemesPageEmergingQueryVariables) {
  return useQuery({
    queryKey: ['themes-page-emerging', variables],
    queryFn: () => request(ThemesPageEmergingQuery, variables),
  });
}
