import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql, metricFilter, request, useFilters, type AuditsPageByAuditQuery, type AuditsPageRoundsQuery } from '@sli/shared/data-access';

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

export type Round = AuditsPageRoundsQuery['auditQualityRounds'][number];
export type AuditRow = AuditsPageByAuditQuery['auditQualityByAudit'][number];

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
