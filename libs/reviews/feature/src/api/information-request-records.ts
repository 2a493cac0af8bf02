import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql, request, type CreateInformationRequestInput, type UpdateInformationRequestInput } from '@sli/shared/data-access';

const CreateRequest = graphql(`
  mutation AskAgencyForInformation($input: CreateInformationRequestInput!) {
    createInformationRequest(input: $input) {
      id
      ref
    }
  }
`);
const UpdateRequest = graphql(`
  mutation ChangeInformationRequest($id: ID!, $input: UpdateInformationRequestInput!) {
    updateInformationRequest(id: $id, input: $input) {
      id
      ref
    }
  }
`);

function useChange<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void client.invalidateQueries() });
}

export const useCreateInformationRequest = () =>
  useChange(async (input: CreateInformationRequestInput) => (await request(CreateRequest, { input })).createInformationRequest);
export const useUpdateInformationRequest = (id: string) =>
  useChange(async (input: UpdateInformationRequestInput) => (await request(UpdateRequest, { id, input })).updateInformationRequest);
