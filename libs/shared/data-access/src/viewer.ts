import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { graphql } from './gql';
import type { ViewerQuery } from './gql/graphql';
import { readResponse, request } from './client';

declare global {
  interface Window {
    /** The viewer request index.html's early script started (apps/dashboard/src/early-viewer-script.ts), until read. */
    __sliEarlyViewer?: Promise<Response>;
  }
}

/** The answer to the request index.html started before the entry loaded, once; later asks go out afresh. */
async function earlyViewer(): Promise<ViewerQuery | null> {
  const early = typeof window === 'undefined' ? undefined : window.__sliEarlyViewer;
  if (!early) return null;
  window.__sliEarlyViewer = undefined;
  return readResponse<ViewerQuery>(await early);
}

const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      id
      email
      name
      role
      roleLabel
      partnerships {
        id
        name
        kind
      }
      agency {
        id
        name
      }
      operations
      sessionExpiresAt
    }
  }
`);

export type CurrentUser = NonNullable<ViewerQuery['viewer']>;

export const VIEWER_KEY = ['viewer'] as const;

/** Who is signed in (null when nobody is), with the operations the role allows. Loaded before any page. */
export const viewerQueryOptions = queryOptions({
  queryKey: VIEWER_KEY,
  queryFn: async () => ((await earlyViewer()) ?? (await request(ViewerDocument))).viewer ?? null,
  staleTime: 5 * 60_000,
});

/** The signed-in user. Only for pages behind the sign-in guard, which has already loaded it. */
export function useViewer(): CurrentUser {
  const { data } = useSuspenseQuery(viewerQueryOptions);
  if (!data) throw new Error('useViewer needs a signed-in user: the page is outside the sign-in guard');
  return data;
}

/** The signed-in user, or null (sign-in page, or before the guard has loaded it). */
export function useOptionalViewer(): CurrentUser | null {
  return useQuery(viewerQueryOptions).data ?? null;
}

/** Whether the user may call every one of these root Query/Mutation fields (or pseudo-operations such as annualReportExact). */
export function canDo(viewer: Pick<CurrentUser, 'operations'> | null, ...operations: string[]): boolean {
  return !!viewer && operations.every((op) => viewer.operations.includes(op));
}

/** `can('changeActionStatus')`: what the dashboard shows is decided by the viewer's operations, never by role names. */
export function useCan(): (...operations: string[]) => boolean {
  const viewer = useOptionalViewer();
  return useCallback((...operations: string[]) => canDo(viewer, ...operations), [viewer]);
}

/**
 * Whether the user may change a record owned by an agency: the operation is allowed and, for someone
 * acting for one agency (an agency lead), the record is that agency's.
 */
export function canChangeOwned(viewer: CurrentUser | null, operation: string, ownerAgencyId: string | null | undefined): boolean {
  if (!canDo(viewer, operation)) return false;
  return !viewer?.agency || viewer.agency.id === ownerAgencyId;
}

