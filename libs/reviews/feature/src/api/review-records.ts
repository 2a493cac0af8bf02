import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  graphql,
  request,
  type CreateFindingInput,
  type CreateLearningProductInput,
  type CreateRecommendationInput,
  type CreateReviewInput,
  type UpdateFindingInput,
  type UpdateLearningProductInput,
  type UpdateRecommendationInput,
  type UpdateReviewInput,
} from '@sli/shared/data-access';

const CreateReview = graphql(`
  mutation RecordReview($input: CreateReviewInput!) {
    createReview(input: $input) {
      id
      ref
    }
  }
`);
const UpdateReview = graphql(`
  mutation EditReview($id: ID!, $input: UpdateReviewInput!) {
    updateReview(id: $id, input: $input) {
      id
      ref
    }
  }
`);
const DeleteReview = graphql(`
  mutation DeleteReview($id: ID!) {
    deleteReview(id: $id) {
      id
      ref
    }
  }
`);
const CreateLearningProduct = graphql(`
  mutation RecordLearningProduct($input: CreateLearningProductInput!) {
    createLearningProduct(input: $input) {
      id
      ref
      title
    }
  }
`);
const UpdateLearningProduct = graphql(`
  mutation EditLearningProduct($id: ID!, $input: UpdateLearningProductInput!) {
    updateLearningProduct(id: $id, input: $input) {
      id
      ref
      title
    }
  }
`);
const DeleteLearningProduct = graphql(`
  mutation DeleteLearningProduct($id: ID!) {
    deleteLearningProduct(id: $id) {
      id
      ref
      title
    }
  }
`);
const CreateFinding = graphql(`
  mutation RecordFinding($input: CreateFindingInput!) {
    createFinding(input: $input) {
      id
      ref
    }
  }
`);
const UpdateFinding = graphql(`
  mutation EditFinding($id: ID!, $input: UpdateFindingInput!) {
    updateFinding(id: $id, input: $input) {
      id
      ref
    }
  }
`);
const DeleteFinding = graphql(`
  mutation DeleteFinding($id: ID!) {
    deleteFinding(id: $id) {
      id
      ref
    }
  }
`);
const CreateRecommendation = graphql(`
  mutation RecordRecommendation($input: CreateRecommendationInput!) {
    createRecommendation(input: $input) {
      id
      ref
    }
  }
`);
const UpdateRecommendation = graphql(`
  mutation EditRecommendation($id: ID!, $input: UpdateRecommendationInput!) {
    updateRecommendation(id: $id, input: $input) {
      id
      ref
    }
  }
`);
const DeleteRecommendation = graphql(`
  mutation DeleteRecommendation($id: ID!) {
    deleteRecommendation(id: $id) {
      id
      ref
    }
  }
`);

/** A mutation after which every list and figure is refetched (any may count the record). */
function useChange<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void client.invalidateQueries() });
}

export const useCreateReview = () => useChange(async (input: CreateReviewInput) => (await request(CreateReview, { input })).createReview);
export const useUpdateReview = (id: string) => useChange(async (input: UpdateReviewInput) => (await request(UpdateReview, { id, input })).updateReview);
export const useDeleteReview = () => useChange(async (id: string) => (await request(DeleteReview, { id })).deleteReview);
export const useCreateFinding = () => useChange(async (input: CreateFindingInput) => (await request(CreateFinding, { input })).createFinding);
export const useUpdateFinding = (id: string) => useChange(async (input: UpdateFindingInput) => (await request(UpdateFinding, { id, input })).updateFinding);
export const useDeleteFinding = () => useChange(async (id: string) => (await request(DeleteFinding, { id })).deleteFinding);
export const useCreateRecommendation = () =>
  useChange(async (input: CreateRecommendationInput) => (await request(CreateRecommendation, { input })).createRecommendation);
export const useUpdateRecommendation = (id: string) =>
  useChange(async (input: UpdateRecommendationInput) => (await request(UpdateRecommendation, { id, input })).updateRecommendation);
export const useDeleteRecommendation = () => useChange(async (id: string) => (await request(DeleteRecommendation, { id })).deleteRecommendation);
export const useCreateLearningProduct = () =>
  useChange(async (input: CreateLearningProductInput) => (await request(CreateLearningProduct, { input })).createLearningProduct);
export const useUpdateLearningProduct = (id: string) =>
  useChange(async (input: UpdateLearningProductInput) => (await request(UpdateLearningProduct, { id, input })).updateLearningProduct);
export const useDeleteLearningProduct = () => useChange(async (id: string) => (await request(DeleteLearningProduct, { id })).deleteLearningProduct);
