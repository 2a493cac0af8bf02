import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  graphql,
  metricFilter,
  request,
  useFilters,
  type AuditsPageByAuditQuery,
  type AuditsPageListQuery,
  type AuditsPageListQueryVariables,
  type AuditsPageRoundsQuery,
} from '@sli/shared/data-access';

/** Multi-agency case audits, each compared with its partnership's previous one. */
const AuditsPageRounds = graphql(`
  query AuditsPageRounds($filter: MetricFilter) {
    auditQualityRounds(filter: $filter, basis: AUDIT) {
      partnershipId
      partnership {
        id
        name
      }
      label
      startedOn
      audits {
        id
        ref
        title
      }
      overall {
        total
        grades {
          grade
          count
          share
        }
        goodOrBetter {
          numerator
          denominator
          value
        }
      }
      previousLabel
      previousGoodOrBetter {
        denominator
        value
      }
      change
      direction
      comparability
      comparisonNote
    }
  }
`);

/** Every case audit (all types that grade cases) started in the period, with its grades. */
const AuditsPageByAudit = graphql(`
  query AuditsPageByAudit($filter: MetricFilter) {
    auditQualityByAudit(filter: $filter) {
      auditId
      audit {
        id
        ref
        title
        type
        round
        startedOn
        completedOn
        partnership {
          id
          name
        }
      }
      overall {
        total
        grades {
          grade
          count
        }
        goodOrBetter {
          numerator
          denominator
          value
        }
      }
    }
  }
`);

/** A page of the period's case audits with their grades, in the server's sort. */
const AuditsPageList = graphql(`
  query AuditsPageList($filter: MetricFilter, $sort: AuditListSort, $direction: SortDirection, $first: Int!, $after: String) {
    auditQualityAuditList(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        auditId
        audit {
          id
          ref
          title
          type
          startedOn
          partnership {
            id
            name
          }
        }
        overall {
          total
          grades {
            grade
            count
          }
          goodOrBetter {
            numerator
            denominator
            value
          }
        }
      }
    }
  }
`);

export type Round = AuditsPageRoundsQuery['auditQualityRounds'][number];
export type AuditRow = AuditsPageByAuditQuery['auditQualityByAudit'][number];
export type AuditListRow = AuditsPageListQuery['auditQualityAuditList']['nodes'][number];

/**
 * Rounds up to the end of the period, from the first audit on record, so that the first round of
 * the period is still compared with the round before it; the page shows the ones it needs.
 */
export function useAuditRounds() {
  const { filters, range } = useFilters();
  const filter = { ...metricFilter(filters, range), from: null };
  return useQuery(
    queryOptions({
      queryKey: ['audits-page', 'rounds', filter],
      queryFn: () => request(AuditsPageRounds, { filter }),
    }),
  );
}

export function useAuditsByAudit() {
  const { filters, range } = useFilters();
  const filter = metricFilter(filters, range);
  return useQuery(
    queryOptions({
      queryKey: ['audits-page', 'by-audit', filter],
      queryFn: () => request(AuditsPageByAudit, { filter }),
    }),
  );
}

/** One page of the case-audit list; the previous page stays on screen while the next loads. */
export function useAuditList(variables: AuditsPageListQueryVariables) {
  return useQuery({
    queryKey: ['audits-page', 'list', variables],
    queryFn: () => request(AuditsPageList, variables),
    placeholderData: keepPreviousData,
  });
}
