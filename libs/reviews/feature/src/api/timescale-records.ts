import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql, request, type CreateReviewTimescaleChangeInput, type UpdateReviewTimescaleChangeInput } from '@sli/shared/data-access';

const CreateChange = graphql(`
  mutation RecordReviewTimescaleChange($input: CreateReviewTimescaleChangeInput!) {
    createReviewTimescaleChange(input: $input) {
      id
      kind
      startsOn
    }
  }
`);
const UpdateChange = graphql(`
  mutation EditReviewTimescaleChange($id: ID!, $input: UpdateReviewTimescaleChangeInput!) {
    updateReviewTimescaleChange(id: $id, input: $input) {
      id
      kind
      startsOn
    }
  }
`);
const DeleteChange = graphql(`
  mutation DeleteReviewTimescaleChange($id: ID!) {
    deleteReviewTimescaleChange(id: $id) {
      id
      kind
      startsOn
    }
  }
`);

/** A pause or extension has no reference of its own: it is named by what it is and when it started. */
export const changeName = (c: { kind: string; startsOn: string }, format: (iso: string) => string) =>
  c.kind === 'PAUSE' ? `pause from ${format(c.startsOn)}` : `extension agreed on ${format(c.startsOn)}`;

/** A mutation after which every list and figure is refetched (a due date moves with it). */
function useChange<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void client.invalidateQueries() });
}

export const useCreateTimescaleChange = () =>
  useChange(async (input: CreateReviewTimescaleChangeInput) => (await request(CreateChange, { input })).createReviewTimescaleChange);
export const useUpdateTimescaleChange = (id: string) =>
  useChange(async (input: UpdateReviewTimescaleChangeInput) => (await request(UpdateChange, { id, input })).updateReviewTimescaleChange);
/** Deletes one; answers with a `ref` (its name) for the shared record controls' confirmation. */
export const useDeleteTimescaleChange = (format: (iso: string) => string) =>
  useChange(async (id: string) => {
    const gone = (await request(DeleteChange, { id })).deleteReviewTimescaleChange;
    return { ref: changeName(gone, format) };
  });
