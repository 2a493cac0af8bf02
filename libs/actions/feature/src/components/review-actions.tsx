import { useState } from 'react';
import { QueryState, Pager } from '@sli/shared/ui';
import { reviewActionsExport, useReviewActions } from '../api/lists';
import type { Scope } from '../lib/scope';
import { ActionTable } from './action-table';

const PAGE_SIZE = 50;

/** Every action of one review's action plan, by due date, with its BRAG as of the as-of date. */
export function ReviewActions({ scope, asOfLabel, openSearch }: { scope: Scope; asOfLabel: string; openSearch: (id: string) => string }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const query = useReviewActions(scope, PAGE_SIZE, cursors[page] ?? null);
  const data = query.data;
  return (
    <QueryState isLoading={query.isLoading} error={query.error} isEmpty={data?.totalCount === 0} empty="This review has no actions for these filters.">
      {data ? (
        <>
          <ActionTable
            items={data.nodes}
            caption={`The review's actions, BRAG as of ${asOfLabel}`}
            exportName="review-actions"
            kind="all"
            openSearch={openSearch}
            serverExport={(columns) => reviewActionsExport(scope, columns)}
          />
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={data.totalCount}
            hasNext={data.pageInfo.hasNextPage}
            label="the review's actions"
            onPrevious={() => setCursors((c) => c.slice(0, -1))}
            onNext={() => setCursors((c) => [...c, data.pageInfo.endCursor ?? null])}
          />
        </>
      ) : null}
    </QueryState>
  );
}
