import { useId, useState } from 'react';
import { QueryState, formatCount, Pager } from '@sli/shared/ui';
import { overdueExport, useOverdueActions } from '../api/lists';
import type { Scope } from '../lib/scope';
import { ActionTable } from './action-table';

const PAGE_SIZE = 20;

/** Open actions past their due date, most overdue first, with days overdue; a page at a time. */
export function OverdueList({
  scope,
  periodOnly,
  periodLabel,
  asOfLabel,
  onPeriodOnly,
  openSearch,
}: {
  scope: Scope;
  periodOnly: boolean;
  periodLabel: string;
  asOfLabel: string;
  onPeriodOnly: (value: boolean) => void;
  openSearch: (id: string) => string;
}) {
  const id = useId();
  // Cursors of the pages seen so far; the page restarts whenever the scope changes (the parent keys this component).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const query = useOverdueActions(scope, periodOnly, PAGE_SIZE, cursors[page] ?? null);
  const data = query.data;
  return (
    <>
      {scope.reviewId ? null : (
        <div className="field ap-inline-field">
          <label htmlFor={`${id}-scope`}>Overdue actions due</label>
          <select id={`${id}-scope`} value={periodOnly ? 'period' : 'all'} onChange={(e) => onPeriodOnly(e.target.value === 'period')}>
            <option value="all">At any time before {asOfLabel}</option>
            <option value="period">In {periodLabel} only</option>
          </select>
        </div>
      )}
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={data?.totalCount === 0} empty={`No action is overdue as of ${asOfLabel}.`}>
        {data ? (
          <>
            <p className="hint" data-testid="overdue-count">
              {formatCount(data.totalCount)} {data.totalCount === 1 ? 'action is' : 'actions are'} overdue as of {asOfLabel}
              {scope.reviewId ? '' : periodOnly ? `, of those due in ${periodLabel}` : ', whatever year they were due'}. Choose a ref to see the
              action and update its status.
            </p>
            <ActionTable
              items={data.nodes}
              caption={`Overdue actions as of ${asOfLabel}`}
              exportName="overdue-actions"
              kind="overdue"
              openSearch={openSearch}
              serverExport={(columns) => overdueExport(scope, periodOnly, columns)}
            />
            <Pager
              page={page}
              pageSize={PAGE_SIZE}
              total={data.totalCount}
              hasNext={data.pageInfo.hasNextPage}
              label="overdue actions"
              onPrevious={() => setCursors((c) => c.slice(0, -1))}
              onNext={() => setCursors((c) => [...c, data.pageInfo.endCursor ?? null])}
            />
          </>
        ) : null}
      </QueryState>
    </>
  );
}
