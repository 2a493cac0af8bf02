import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql, request } from '@sli/shared/data-access';

const WriteStoryDocument = graphql(`
  mutation ObaWriteStory($input: WriteMeasureStoryInput!) {
    writeMeasureStory(input: $input) {
      id
      writtenOn
    }
  }
`);

const EditStoryDocument = graphql(`
  mutation ObaEditStory($input: EditMeasureStoryInput!) {
    editMeasureStory(input: $input) {
      id
    }
  }
`);

const DeleteStoryDocument = graphql(`
  mutation ObaDeleteStory($id: ID!) {
    deleteMeasureStory(id: $id) {
      id
    }
  }
`);

export interface StoryValues {
  periodStart: string | null;
  text: string;
}

/** Every scorecard view shows stories: a change refreshes them all. */
function useRefresh() {
  const client = useQueryClient();
  return () =>
    client.invalidateQueries({
      predicate: (q) => String(q.queryKey[0]).startsWith('oba-'),
    });
}

export function useWriteStory(measureId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: StoryValues) => request(WriteStoryDocument, { input: { measureId, ...v } }),
    onSuccess: refresh,
  });
}

export function useEditStory(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: StoryValues) => request(EditStoryDocument, { input: { id, ...v } }),
    onSuccess: refresh,
  });
}

export function useDeleteStory() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => request(DeleteStoryDocument, { id }),
    onSuccess: refresh,
  });
}
