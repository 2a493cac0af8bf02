import { useQuery } from '@tanstack/react-query';
import { graphql, request, type ObaResultsMeasureLineFragment, type ObaResultsViewQuery } from '@sli/shared/data-access';

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
        id
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
          id
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
    measures(filter: { partnershipId: $partnershipId }, first: 200) {
      totalCount
      nodes {
        ...ObaResultsMeasureLine
        resultId
        strategyId
      }
    }
  }
`);

type RawResult = ObaResultsViewQuery['obaResults'][number];
type RawStrategy = RawResult['strategies'][number];
export type ObaStrategyAction = RawStrategy['actions'][number];
export type ObaStrategyItem = Omit<RawStrategy, 'measures'> & { measures: ObaResultsMeasureLineFragment[] };
export type ObaResultItem = Omit<RawResult, 'indicators' | 'strategies'> & { indicators: ObaResultsMeasureLineFragment[]; strategies: ObaStrategyItem[] };
export interface ObaResultsView {
  obaResults: ObaResultItem[];
  /** Measures not linked to a result yet. */
  unlinked: ObaResultsMeasureLineFragment[];
  /** Measures beyond the 200 read (a partnership with more is told so). */
  unread: number;
}

/**
 * The hierarchy names its measures by id and the partnership's measures come once, flat, with their
 * analysis: nesting the analysis under results and strategies costs more than the API's query limit.
 */
function assemble(data: ObaResultsViewQuery): ObaResultsView {
  const byId = new Map(data.measures.nodes.map((m) => [m.id, m]));
  const lines = (refs: readonly { id: string }[]) => refs.flatMap((r) => byId.get(r.id) ?? []);
  return {
    obaResults: data.obaResults.map((r) => ({
      ...r,
      indicators: lines(r.indicators),
      strategies: r.strategies.map((s) => ({ ...s, measures: lines(s.measures) })),
    })),
    unlinked: data.measures.nodes.filter((m) => !m.resultId && !m.strategyId),
    unread: data.measures.totalCount - data.measures.nodes.length,
  };
}

/** One partnership's results, strategies, actions and measures as of a date. */
export function useObaResults(partnershipId: string, asOf: string) {
  return useQuery({
    queryKey: ['oba-results', partnershipId, asOf],
    queryFn: async () => assemble(await request(ObaResultsViewDocument, { partnershipId, asOf })),
    enabled: !!partnershipId,
  });
}
