import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql, request, type CreateReviewEngagementInput, type UpdateReviewEngagementInput } from '@sli/shared/data-access';

const CreateEngagement = graphql(`
  mutation RecordReviewEngagement($input: CreateReviewEngagementInput!) {
    createReviewEngagement(input: $input) {
      id
      ref
    }
  }
`);
const UpdateEngagement = graphql(`
  mutation EditReviewEngagement($id: ID!, $input: UpdateReviewEngagementInput!) {
    updateReviewEngagement(id: $id, input: $input) {
      id
      ref
    }
  }
`);
const DeleteEngagement = graphql(`
  mutation DeleteReviewEngagement($id: ID!) {
    deleteReviewEngagement(id: $id) {
      id
      ref
    }
  }
`);

function useChange<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void client.invalidateQueries() });
}

export const useCreateEngagement = () => useChange(async (input: CreateReviewEngagementInput) => (await request(CreateEngagement, { input })).createReviewEngagement);
export const useUpdateEngagement = (id: string) =>
  useChange(async (input: UpdateReviewEngagementInput) => (await request(UpdateEngagement, { id, input })).updateReviewEngagement);
export const useDeleteEngagement = () => useChange(async (id: string) => (await request(DeleteEngagement, { id })).deleteReviewEngagement);
