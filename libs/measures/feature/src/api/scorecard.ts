import { useQuery } from '@tanstack/react-query';
import { graphql, request, type ObaScorecardPageQuery } from '@sli/shared/data-access';

const ObaScorecardPageQueryDocument = graphql(`
  query ObaScorecardPage($partnershipId: ID!, $asOf: Date!, $forecastPeriods: Int!) {
    obaScorecard(partnershipId: $partnershipId, asOf: $asOf, forecastPeriods: $forecastPeriods) {
      asOf
      partnership {
        id
        name
      }
      quadrants {
        quadrant
        question
        measures {
          measure {
            id
            name
            description
            headline
            unit
            polarity
            periodicity
            source
            metric
            target
            agency {
              name
            }
            series(asOf: $asOf) {
              periodStart
              label
              value
              numerator
              denominator
            }
          }
          analysis {
            latest {
              label
              value
            }
            status
            variance
            percentOfTarget
            trend {
              direction
              periods
              judgement
              since {
                label
                value
              }
            }
            baseline
            changeSinceBaseline
            forecast {
              slope
              judgement
              points {
                periodStart
                label
                value
              }
            }
            valueCount
            onDataDevelopmentAgenda
            dataDevelopment
            note
          }
          latestNote {
            id
            writtenOn
            author
            text
          }
        }
      }
    }
  }
`);

const ObaScorecardPageSummaryDocument = graphql(`
  query ObaScorecardPageSummary($asOf: Date!) {
    obaScorecards(asOf: $asOf, forecastPeriods: 0) {
      partnership {
        id
        name
      }
      quadrants {
        quadrant
        measures {
          measure {
            id
            headline
          }
          analysis {
            status
            onDataDevelopmentAgenda
            trend {
              judgement
            }
          }
        }
      }
    }
  }
`);

export type Scorecard = ObaScorecardPageQuery['obaScorecard'];
export type ScorecardQuadrant = Scorecard['quadrants'][number];
export type ScorecardEntry = ScorecardQuadrant['measures'][number];

/** One partnership's scorecard as of a date: every measure with its curve, analysis and latest story. */
export function useScorecard(partnershipId: string | null, asOf: string, forecastPeriods: number) {
  return useQuery({
    queryKey: ['oba-scorecard-page', partnershipId, asOf, forecastPeriods],
    queryFn: () => request(ObaScorecardPageQueryDocument, { partnershipId: partnershipId as string, asOf, forecastPeriods }),
    enabled: !!partnershipId,
  });
}

/** Every partnership's scorecard in brief (status and trend only), to choose one from. */
export function useScorecardSummaries(asOf: string, enabled: boolean) {
  return useQuery({
    queryKey: ['oba-scorecard-page-summary', asOf],
    queryFn: () => request(ObaScorecardPageSummaryDocument, { asOf }),
    enabled,
  });
}
