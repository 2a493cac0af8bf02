import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql, request, type ThemeGroup, type ThemeListPageQuery } from '@sli/shared/data-access';

const ThemeListPageDocument = graphql(`
  query ThemeListPage($partnershipId: ID!) {
    themes(filter: { partnershipId: $partnershipId }, first: 500) {
      totalCount
      nodes {
        id
        code
        name
        description
        themeGroup
        isDefault
      }
    }
  }
`);

const CreateThemeDocument = graphql(`
  mutation ThemeListCreate($input: CreateThemeInput!) {
    createTheme(input: $input) {
      id
      name
    }
  }
`);

const UpdateThemeDocument = graphql(`
  mutation ThemeListUpdate($id: ID!, $input: UpdateThemeInput!) {
    updateTheme(id: $id, input: $input) {
      id
      name
    }
  }
`);

const DeleteThemeDocument = graphql(`
  mutation ThemeListDelete($id: ID!) {
    deleteTheme(id: $id) {
      id
      name
    }
  }
`);

export type ThemeRow = ThemeListPageQuery['themes']['nodes'][number];

export interface ThemeValues {
  name: string;
  themeGroup: ThemeGroup;
  description: string | null;
}

/** A partnership's themes: the shipped taxonomy and its own (a partnership has tens). */
export function useThemeList(partnershipId: string | null) {
  return useQuery({
    queryKey: ['theme-list', partnershipId],
    queryFn: async () => (await request(ThemeListPageDocument, { partnershipId: partnershipId as string })).themes,
    enabled: Boolean(partnershipId),
  });
}

/** Themes appear in every filter, picker and chart: after a change, every query is asked again. */
function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}

export function useCreateTheme(partnershipId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: ThemeValues & { code: string }) => request(CreateThemeDocument, { input: { partnershipId, ...v } }),
    onSuccess: refresh,
  });
}

export function useUpdateTheme(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: ThemeValues) => request(UpdateThemeDocument, { id, input: v }),
    onSuccess: refresh,
  });
}

/** Deletes a partnership's own theme that tags nothing; the API refuses, naming the records, while any is tagged. */
export function useDeleteTheme() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (id: string) => (await request(DeleteThemeDocument, { id })).deleteTheme,
    onSuccess: refresh,
  });
}
