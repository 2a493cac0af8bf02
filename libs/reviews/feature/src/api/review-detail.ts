import { useQuery } from '@tanstack/react-query';
import { graphql, isRecordId, request, type ReviewPageDetailQuery } from '@sli/shared/data-access';

const ReviewPageDetailQuery = graphql(`
  query ReviewPageDetail($id: ID!, $asOf: Date!) {
    review(id: $id) {
      id
      partnershipId
      ref
      title
      type
      status
      initiatedOn
      termsAgreedOn
      completedOn
      publishedOn
      publishedUntilEarliest
      unpublishedReason
      completionDueOn(asOf: $asOf)
      completionTimeliness(asOf: $asOf)
      completionClock(asOf: $asOf) {
        originalDueOn
        dueOn
        pausedDays
        onPause
        extensionAgreedOn
      }
      reviewers
      method
      methodDetails
      reportSharedOn
      plannedPublicationOn
      reportShareDueOn
      reportShareTimeliness(asOf: $asOf)
      engagements {
        id
        ref
        engagedOn
        party
        familyRole
        outcome
        agency {
          id
          name
        }
      }
      timescaleChanges {
        id
        kind
        reason
        reasonDetails
        startsOn
        endsOn
        agreedDueOn
        agreedBy
      }
      rapidReviewDueOn
      rapidReviewTimeliness(asOf: $asOf)
      infoRequestedOn
      meetingOn
      sentToPanelOn
      rapidReviewOutcome
      nationalReviewRecommended
      statusHistory {
        changedOn
        status
        recordedAt
        recordedBy
        derived
      }
      independentReviewer
      familyParticipation
      practitionersInvolved
      notification {
        id
        ref
        dateAware
        dateNotified
        notificationDueOn
        notificationTimeliness(asOf: $asOf)
        harm
      }
      referrals {
        id
        ref
        decidedOn
      }
      sourceReview {
        id
        ref
        title
      }
      milestones(asOf: $asOf) {
        name
        earliestOn
        dueOn
        actualOn
        status
      }
      informationRequests {
        id
        ref
        kind
        agency {
          id
          name
        }
        sentOn
        dueOn
        returnedOn
        timeliness(asOf: $asOf)
        status(asOf: $asOf)
        answer {
          submittedOn
        }
      }
      agencies {
        id
        name
      }
      themes {
        id
        name
      }
      findings {
        id
        ref
        kind
        text
        themes {
          id
          name
        }
      }
      learningProducts {
        id
        ref
        title
        kind
        publishedOn
        reach
        themes {
          id
          name
        }
      }
      recommendations {
        id
        ref
        text
        response
        responseReasons
        respondedOn
        finding {
          id
          ref
        }
      }
      actions {
        id
        ref
        title
        status
        dueOn
        completedOn
        brag(asOf: $asOf)
        daysOverdue(asOf: $asOf)
        monitoringCommittee
        ownerAgency {
          id
          name
        }
      }
    }
  }
`);

export type ReviewDetail = NonNullable<ReviewPageDetailQuery['review']>;

export function useReviewDetail(id: string, asOf: string) {
  return useQuery({
    queryKey: ['review-page-detail', id, asOf],
    // A malformed id names no review: the page says "not found" without asking.
    enabled: isRecordId(id),
    queryFn: () => request(ReviewPageDetailQuery, { id, asOf }),
  });
}
