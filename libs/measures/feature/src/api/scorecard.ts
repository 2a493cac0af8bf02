import { useQuery } from '@tanstack/react-query';
import { graphql, request, type ObaEntryFieldsFragment, type ObaMeasurePageQuery, type ObaScorecardPageQuery } from '@sli/shared/data-access';

/** What the grid and a measure's card need of one measure, as of a date. */
export const ObaEntryFields = graphql(`
  fragment ObaEntryFields on ObaScorecardEntry {
    measure {
      id
      ref
      name
      description
      headline
      unit
      polarity
      periodicity
      source
      metric
      target
      updatedAt
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
      asOf
      latest {
        periodStart
        periodEnd
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
      trendJudgement
      baseline
      changeSinceBaseline
      changeKind
      targetGap
      baselineChange
      periodsBehind
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
      words {
        latest
        target
        variance
        baseline
        trend
        trendShort
        forecast
        lag
      }
    }
    latestNote {
      id
      writtenOn
      periodStart
      author
      text
    }
    storyCurrency {
      older
      words
    }
  }
`);

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
          ...ObaEntryFields
        }
      }
    }
  }
`);

const ObaMeasurePageQueryDocument = graphql(`
  query ObaMeasurePage($measureId: ID!, $asOf: Date!, $forecastPeriods: Int!) {
    obaMeasure(measureId: $measureId, asOf: $asOf, forecastPeriods: $forecastPeriods) {
      ...ObaEntryFields
      measure {
        partnership {
          id
          name
        }
        quadrant
        baselinePeriodStart
        values {
          periodStart
          value
        }
      }
      stories {
        id
        writtenOn
        periodStart
        author
        text
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
export type ScorecardEntry = ObaEntryFieldsFragment;
export type MeasureDetail = ObaMeasurePageQuery['obaMeasure'];

/** One partnership's scorecard as of a date: every measure with its curve, analysis and latest story. */
export function useScorecard(partnershipId: string | null, asOf: string, forecastPeriods: number, enabled = true) {
  return useQuery({
    queryKey: ['oba-scorecard-page', partnershipId, asOf, forecastPeriods],
    queryFn: () =>
      request(ObaScorecardPageQueryDocument, {
        partnershipId: partnershipId as string,
        asOf,
        forecastPeriods,
      }),
    enabled: enabled && !!partnershipId,
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

/** One measure as its scorecard shows it, with every story written by the date: the detail behind a row of the grid. */
export function useObaMeasure(measureId: string, asOf: string, forecastPeriods: number, enabled = true) {
  return useQuery({
    queryKey: ['oba-measure-page', measureId, asOf, forecastPeriods],
    enabled,
    queryFn: () =>
      request(ObaMeasurePageQueryDocument, {
        measureId,
        asOf,
        forecastPeriods,
      }),
  });
}
