import { useQuery } from '@tanstack/react-query';
import { graphql, isRecordId, request } from '@sli/shared/data-access';

const ActionPlansReview = graphql(`
  query ActionPlansReview($id: ID!) {
    review(id: $id) {
      id
      ref
      title
    }
  }
`);

/** The review whose action plan is shown (reviewId in the URL). */
export function useReview(id: string | null) {
  return useQuery({
    queryKey: ['actions', 'review', id],
    enabled: isRecordId(id),
    queryFn: async () => (await request(ActionPlansReview, { id: id ?? '' })).review,
  });
}
