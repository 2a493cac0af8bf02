import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql, request, type AuditEventFilter, type ChangeHistoryQuery } from '@sli/shared/data-access';

const ChangeHistoryDocument = graphql(`
  query ChangeHistory($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        occurredAt
        actorName
        action
        entity
        entityId
        requestId
        before
        after
      }
    }
  }
`);

export type HistoryEvent = ChangeHistoryQuery['auditEvents']['nodes'][number];

/** One page of the change history, newest first. */
export function useHistory(filter: AuditEventFilter, first: number, after: string | null) {
  return useQuery({
    queryKey: ['admin', 'history', filter, first, after],
    queryFn: async () => (await request(ChangeHistoryDocument, { filter, first, after })).auditEvents,
    placeholderData: keepPreviousData,
  });
}

/** Every event the filter selects, page after page, up to `limit`: for the download. */
export async function fetchAllHistory(filter: AuditEventFilter, limit: number): Promise<{ events: HistoryEvent[]; total: number }> {
  const events: HistoryEvent[] = [];
  let after: string | null = null;
  let total = 0;
  do {
    const page: ChangeHistoryQuery['auditEvents'] = (await request(ChangeHistoryDocument, { filter, first: 500, after })).auditEvents;
    total = page.totalCount;
    events.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
  } while (after && events.length < limit);
  return { events: events.slice(0, limit), total };
}
