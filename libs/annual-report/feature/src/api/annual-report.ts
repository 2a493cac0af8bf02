import { useQuery } from '@tanstack/react-query';
import { graphql, request, type AnnualReportPageQuery, type ReportMode } from '@sli/shared/data-access';

const AnnualReportPageDocument = graphql(`
  query AnnualReportPage($partnershipId: ID!, $financialYear: String!, $mode: ReportMode!) {
    annualReport(partnershipId: $partnershipId, financialYear: $financialYear, mode: $mode) {
      partnership {
        id
        name
      }
      financialYear
      mode
      suppressionThreshold
      asOf
      year {
        label
        start
        end
      }
      previousYear {
        label
      }
      headlines {
        key
        label
        unit
        quadrant
        polarity
        disclosure
        current
        previous
        change
        currentNumerator
        currentDenominator
        previousNumerator
        previousDenominator
        suppressed
      }
      tables {
        key
        title
        rowHeading
        description
        disclosure
        rowHeaders
        rowKeys
        columnHeaders
        cells
        rowTotals
        columnTotals
        grandTotal
        suppressed
        previousRowTotals
        previousColumnTotals
        previousGrandTotal
      }
      narratives {
        section
        title
        guidance
        status
        text
        textIsDraft
        versionCount
        approved {
          version
          savedBy
          savedAt
          approvedBy
          approvedAt
        }
        latest {
          version
          text
          savedBy
          savedAt
          approvedBy
          approvedAt
        }
      }
      oba {
        quadrant
        measure {
          id
          name
          unit
          polarity
          periodicity
        }
        analysis {
          latest {
            label
            value
            numerator
            denominator
          }
          target
          status
          trendJudgement
          words {
            latest
            target
            trend
          }
        }
        previous {
          latest {
            label
            value
          }
          status
          words {
            latest
          }
        }
      }
    }
  }
`);

const AnnualReportPagePartnershipsDocument = graphql(`
  query AnnualReportPagePartnerships {
    partnerships(first: 200) {
      nodes {
        id
        name
      }
    }
  }
`);

export type AnnualReport = AnnualReportPageQuery['annualReport'];
export type ReportFigure = AnnualReport['headlines'][number];
export type ReportTable = AnnualReport['tables'][number];
export type ReportNarrative = AnnualReport['narratives'][number];
export type ReportObaMeasure = AnnualReport['oba'][number];

/** A partnership's annual report for a financial year, published (suppressed) or exact. */
export function useAnnualReport(partnershipId: string | null, financialYear: string, mode: ReportMode) {
  return useQuery({
    queryKey: ['annual-report-page', partnershipId, financialYear, mode],
    queryFn: () => request(AnnualReportPageDocument, { partnershipId: partnershipId as string, financialYear, mode }),
    enabled: !!partnershipId,
  });
}

/** The partnerships the user can report on, to choose one from. */
export function useReportPartnerships(enabled: boolean) {
  return useQuery({
    queryKey: ['annual-report-page-partnerships'],
    queryFn: () => request(AnnualReportPagePartnershipsDocument),
    enabled,
  });
}
