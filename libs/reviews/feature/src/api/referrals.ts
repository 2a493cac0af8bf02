import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  graphql,
  isRecordId,
  request,
  type CreateReferralInput,
  type ReferralRecordQuery,
  type ReferralsPageListQueryVariables,
  type UpdateReferralInput,
} from '@sli/shared/data-access';

const ReferralsPageList = graphql(`
  query ReferralsPageList($filter: ReferralFilter, $first: Int!, $after: String) {
    referrals(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ref
        referredOn
        route
        criteria
        decision
        decidedOn
        referringAgency {
          id
          name
        }
      }
    }
  }
`);

const ReferralRecord = graphql(`
  query ReferralRecord($id: ID!) {
    referral(id: $id) {
      id
      ref
      partnershipId
      referredOn
      route
      referringAgencyId
      criteria
      groupRecommendation
      decision
      reasons
      decidedBy
      decidedOn
      referrerToldOn
      panelResponse
      notificationId
      reviewId
      summary
      referringAgency {
        id
        name
      }
      notification {
        id
        ref
        dateAware
      }
      review {
        id
        ref
        title
        type
      }
    }
  }
`);

/** What a referral may link to: the partnership's notifications and reviews, most recent first. */
const ReferralLinkChoices = graphql(`
  query ReferralLinkChoices($partnershipId: ID!) {
    notifications(filter: { partnershipId: $partnershipId }, first: 500) {
      nodes {
        id
        ref
        dateAware
      }
    }
    reviews(filter: { partnershipId: $partnershipId }, first: 500) {
      nodes {
        id
        ref
        title
        type
      }
    }
  }
`);

const CreateReferral = graphql(`
  mutation RecordReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      id
      ref
    }
  }
`);

const UpdateReferral = graphql(`
  mutation EditReferral($id: ID!, $input: UpdateReferralInput!) {
    updateReferral(id: $id, input: $input) {
      id
      ref
    }
  }
`);

const DeleteReferral = graphql(`
  mutation DeleteReferral($id: ID!) {
    deleteReferral(id: $id) {
      id
      ref
    }
  }
`);

export type ReferralRecordData = NonNullable<ReferralRecordQuery['referral']>;

/** One page of referrals, most recently referred first; the previous page stays on screen while the next loads. */
export function useReferralsList(variables: ReferralsPageListQueryVariables, enabled = true) {
  return useQuery({
    queryKey: ['referrals-page-list', variables],
    queryFn: () => request(ReferralsPageList, variables),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useReferralRecord(id: string) {
  return useQuery({
    queryKey: ['referral-record', id],
    enabled: isRecordId(id),
    queryFn: async () => (await request(ReferralRecord, { id })).referral ?? null,
  });
}

export function useReferralLinkChoices(partnershipId: string) {
  return useQuery({
    queryKey: ['referral-link-choices', partnershipId],
    enabled: isRecordId(partnershipId),
    queryFn: async () => {
      const data = await request(ReferralLinkChoices, { partnershipId });
      return { notifications: data.notifications.nodes, reviews: data.reviews.nodes };
    },
  });
}

/** Every list and figure may count the record: refetch them all after a change. */
function useRefreshAll() {
  const client = useQueryClient();
  return () => void client.invalidateQueries();
}

export function useCreateReferral() {
  const refresh = useRefreshAll();
  return useMutation({ mutationFn: async (input: CreateReferralInput) => (await request(CreateReferral, { input })).createReferral, onSuccess: refresh });
}

export function useUpdateReferral(id: string) {
  const refresh = useRefreshAll();
  return useMutation({ mutationFn: async (input: UpdateReferralInput) => (await request(UpdateReferral, { id, input })).updateReferral, onSuccess: refresh });
}

export function useDeleteReferral() {
  const refresh = useRefreshAll();
  return useMutation({ mutationFn: async (id: string) => (await request(DeleteReferral, { id })).deleteReferral, onSuccess: refresh });
}
