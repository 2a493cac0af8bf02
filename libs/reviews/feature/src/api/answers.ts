import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql, isRecordId, request, type InformationRequestAnswerInput, type InformationRequestToAnswerQuery, type ReviewChronologyQuery } from '@sli/shared/data-access';

const AnswerRequest = graphql(`
  query InformationRequestToAnswer($id: ID!, $asOf: Date!) {
    informationRequest(id: $id) {
      id
      ref
      kind
      sentOn
      dueOn
      returnedOn
      status(asOf: $asOf)
      agency {
        id
        name
      }
      review {
        id
        ref
        title
        partnershipId
      }
      answer {
        knownToAgency
        involvedFrom
        involvedTo
        involvement
        analysis
        notes
        submittedOn
        submittedBy
        updatedAt
        chronology {
          position
          occurredOn
          agencyId
          event
          source
        }
      }
    }
  }
`);

const SaveAnswer = graphql(`
  mutation SaveInformationRequestAnswer($id: ID!, $input: InformationRequestAnswerInput!, $submit: Boolean) {
    saveInformationRequestAnswer(requestId: $id, input: $input, submit: $submit) {
      id
      ref
      returnedOn
    }
  }
`);

const ReviewChronology = graphql(`
  query ReviewChronology($reviewId: ID!, $first: Int) {
    reviewChronology(reviewId: $reviewId, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        occurredOn
        event
        source
        agency {
          id
          name
        }
        informationRequest {
          id
          ref
          agency {
            id
            name
          }
        }
      }
    }
  }
`);

export type RequestToAnswer = NonNullable<InformationRequestToAnswerQuery['informationRequest']>;
export type ChronologyRow = ReviewChronologyQuery['reviewChronology']['nodes'][number];

export function useRequestToAnswer(id: string, asOf: string) {
  return useQuery({ queryKey: ['information-request-answer', id, asOf], enabled: isRecordId(id), queryFn: () => request(AnswerRequest, { id, asOf }) });
}

/** The rows shown on the review's page; the download holds every row. */
export const CHRONOLOGY_SHOWN = 200;

export function useReviewChronology(reviewId: string) {
  return useQuery({
    queryKey: ['review-chronology', reviewId],
    queryFn: () => request(ReviewChronology, { reviewId, first: CHRONOLOGY_SHOWN }),
    placeholderData: keepPreviousData,
  });
}

export function useSaveAnswer(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: { input: InformationRequestAnswerInput; submit: boolean }) =>
      (await request(SaveAnswer, { id, input: v.input, submit: v.submit })).saveInformationRequestAnswer,
    onSuccess: () => void client.invalidateQueries(),
  });
}

const MyWorkQuery = graphql(`
  query MyWork($asOf: Date!) {
    myWork {
      actions {
        id
        ref
        title
        dueOn
        status
        brag(asOf: $asOf)
        reviewId
        auditId
      }
      informationRequests {
        id
        ref
        kind
        sentOn
        dueOn
        returnedOn
        status(asOf: $asOf)
        answer {
          submittedOn
        }
        review {
          id
          ref
          title
        }
      }
    }
  }
`);

export function useMyWork(asOf: string) {
  return useQuery({ queryKey: ['my-work', asOf], queryFn: () => request(MyWorkQuery, { asOf }) });
}
