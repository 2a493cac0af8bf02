import { useQuery } from '@tanstack/react-query';
import { graphql, request, type ObaResultsViewQuery } from '@sli/shared/data-access';

/*
 * The results hierarchy of one partnership in one round trip: results → indicators and strategies →
 * partners, performance measures and actions, then the measures not linked to a result yet. Each
 * measure carries its latest value, status and trend as of the date.
 */

graphql(`
  fragment ObaResultsMeasureLine on Measure {
    id
    name
    unit
    headline
    analysis(asOf: $asOf, forecastPeriods: 0) {
      latest {
        label
        value
      }
      status
      trendJudgement
      words {
        latest
        trend
        trendShort
      }
    }
  }
`);

const ObaResultsViewDocument = graphql(`
  query ObaResultsView($partnershipId: ID!, $asOf: Date!) {
    obaResults(partnershipId: $partnershipId) {
      id
      ref
      title
      population
      description
      partners {
        id
        name
      }
      indicators {
        ...ObaResultsMeasureLine
      }
      strategies {
        id
        ref
        title
        description
        partners {
          id
          name
        }
        measures {
          ...ObaResultsMeasureLine
        }
        actions {
          id
          ref
          title
          dueOn
          status
          brag(asOf: $asOf)
          reviewId
          ownerAgency {
            name
          }
        }
      }
    }
    measures(filter: { partnershipId: $partnershipId, placed: false }, first: 500) {
      totalCount
      nodes {
        ...ObaResultsMeasureLine
      }
    }
  }
`);

export type ObaResultsView = ObaResultsViewQuery;
export type ObaResultItem = ObaResultsViewQuery['obaResults'][number];
export type ObaStrategyItem = ObaResultItem['strategies'][number];
export type ObaStrategyAction = ObaStrategyItem['actions'][number];

/** One partnership's results, strategies, actions and measures as of a date. */
export function useObaResults(partnershipId: string, asOf: string) {
  return useQuery({
    queryKey: ['oba-results', partnershipId, asOf],
    queryFn: () => request(ObaResultsViewDocument, { partnershipId, asOf }),
    enabled: !!partnershipId,
  });
}
