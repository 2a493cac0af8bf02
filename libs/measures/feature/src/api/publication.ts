import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql, request } from '@sli/shared/data-access';

const PublicationFields = graphql(`
  fragment ObaPublicationFields on ObaPublication {
    id
    token
    embedPath
    dataPath
    asOf
    headlineOnly
    measureCount
    publishedAt
    publishedBy
    withdrawnAt
  }
`);

const PublicationDocument = graphql(`
  query ObaPublicationPanel($partnershipId: ID!) {
    obaPublication(partnershipId: $partnershipId) {
      ...ObaPublicationFields
    }
  }
`);

const PublishDocument = graphql(`
  mutation ObaPublish($partnershipId: ID!, $asOf: Date!, $headlineOnly: Boolean!) {
    publishObaScorecard(partnershipId: $partnershipId, asOf: $asOf, headlineOnly: $headlineOnly) {
      ...ObaPublicationFields
    }
  }
`);

const WithdrawDocument = graphql(`
  mutation ObaWithdraw($partnershipId: ID!) {
    withdrawObaScorecard(partnershipId: $partnershipId) {
      ...ObaPublicationFields
    }
  }
`);

export { PublicationFields };

/** The partnership's latest published scorecard (live or withdrawn), or null. */
export function usePublication(partnershipId: string) {
  return useQuery({
    queryKey: ['oba-publication', partnershipId],
    queryFn: () => request(PublicationDocument, { partnershipId }),
  });
}

export function usePublish(partnershipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { asOf: string; headlineOnly: boolean }) => request(PublishDocument, { partnershipId, ...v }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['oba-publication', partnershipId] }),
  });
}

export function useWithdraw(partnershipId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request(WithdrawDocument, { partnershipId }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['oba-publication', partnershipId] }),
  });
}
