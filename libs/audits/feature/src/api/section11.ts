import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql, metricFilter, request, useFilters, type AuditsPageSection11GridsQuery } from '@sli/shared/data-access';

/** Section 11 audits as agency × standard grids, with counts by final rating and moderation. */
const AuditsPageSection11Grids = graphql(`
  query AuditsPageSection11Grids($filter: MetricFilter) {
    section11Grids(filter: $filter) {
      auditId
      audit {
        id
        ref
        title
        round
        startedOn
        completedOn
        partnership {
          id
          name
        }
        tool {
          id
          toolKey
          name
          version
          standards {
            code
          }
        }
      }
      cells {
        assessmentId
        agencyId
        standard
        selfRating
        moderatedRating
        finalRating
        moderation
      }
      byStandard {
        standard
        title
        counts {
          total
          red
          amber
          green
          moderated
          up
          down
          changed
        }
      }
      byAgency {
        agencyId
        agency {
          id
          name
          sector
        }
        counts {
          total
          red
          amber
          green
          moderated
          up
          down
          changed
        }
      }
      overall {
        total
        red
        amber
        green
        moderated
        up
        down
        changed
      }
    }
  }
`);

export type Section11Grid = AuditsPageSection11GridsQuery['section11Grids'][number];
export type Section11Cell = Section11Grid['cells'][number];

/**
 * Section 11 audits run every two years or so: every one started by the end of the period is
 * listed (not only those started in it), so a year without one still shows the current position.
 */
export function useSection11Grids() {
  const { filters, range } = useFilters();
  const filter = { ...metricFilter(filters, range), from: null };
  return useQuery(
    queryOptions({
      queryKey: ['audits-page', 'section11', filter],
      queryFn: () => request(AuditsPageSection11Grids, { filter }),
    }),
  );
}
