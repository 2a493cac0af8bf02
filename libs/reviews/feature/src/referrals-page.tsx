import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useCan, useFilters, type ReferralsPageListQuery } from '@sli/shared/data-access';
import { DataTable, FlashMessage, formatCount, formatDate, PageHeader, QueryState, type Column } from '@sli/shared/ui';
import { useReferralsList } from './api/referrals';
import { Pager } from './components/pager';
import { CRITERIA_LABELS, DECISION_LABELS, ROUTE_LABELS } from './lib/referral-labels';

const PAGE_SIZE = 25;
type Row = ReferralsPageListQuery['referrals']['nodes'][number];

const columns = (search: string): Column<Row>[] => [
  { key: 'ref', header: 'Reference', render: (r) => <Link to={{ pathname: `/referrals/${r.id}`, search }}>{r.ref}</Link>, value: (r) => r.ref },
  { key: 'referredOn', header: 'Date referred', render: (r) => formatDate(r.referredOn), value: (r) => r.referredOn },
  { key: 'route', header: 'Referred by', value: (r) => (r.referringAgency ? r.referringAgency.name : ROUTE_LABELS[r.route]) },
  { key: 'criteria', header: 'Criteria', value: (r) => CRITERIA_LABELS[r.criteria] },
  { key: 'decision', header: 'Decision', value: (r) => (r.decision ? DECISION_LABELS[r.decision] : 'Not decided yet') },
  { key: 'decidedOn', header: 'Decided', render: (r) => formatDate(r.decidedOn), value: (r) => r.decidedOn ?? '' },
];

/**
 * Referrals received in the period, most recent first, a page at a time (the cursors of earlier pages
 * are kept so "Previous page" returns); a new selection of filters starts again from page 1.
 */
export function ReferralsPage() {
  const { filters, range, search } = useFilters();
  const can = useCan();
  const filter = { partnershipId: filters.partnershipId, referredFrom: range.from, referredTo: range.to, referringAgencyId: filters.agencyId };
  const selection = JSON.stringify(filter);
  const [cursors, setCursors] = useState<string[]>([]);
  useEffect(() => setCursors([]), [selection]);
  const list = useReferralsList({ filter, first: PAGE_SIZE, after: cursors.at(-1) ?? null });
  const data = list.data?.referrals;
  const period = `${formatDate(range.from)} to ${formatDate(range.to)}`;
  return (
    <>
      <PageHeader
        title="Referrals"
        lead={`Cases referred for consideration from ${period}, the criteria they were screened against and the decisions made. A case considered and not notified is a decision, not an overdue notification.`}
        actions={
          can('createReferral') ? (
            <Link className="button no-print" to={{ pathname: '/referrals/new', search }}>
              Record a referral
            </Link>
          ) : undefined
        }
      />
      <FlashMessage />
      <QueryState isLoading={list.isLoading} error={list.error}>
        <p role="status" data-testid="referrals-total">
          {list.isFetching ? 'Loading…' : `${formatCount(data?.totalCount ?? 0)} referral${data?.totalCount === 1 ? '' : 's'} received in the period.`}
        </p>
        <DataTable
          caption={`Referrals received from ${period}, most recent first (page ${cursors.length + 1})`}
          columns={columns(search)}
          rows={data?.nodes ?? []}
          exportName="referrals"
          serverExport={{ list: 'referrals', variables: { filter } }}
          rowKey={(r) => r.id}
          empty="No referrals match these filters."
        />
        <Pager
          noun="referrals"
          page={cursors.length + 1}
          pageSize={PAGE_SIZE}
          total={data?.totalCount ?? 0}
          hasNext={Boolean(data?.pageInfo.hasNextPage && data.pageInfo.endCursor)}
          onPrevious={() => setCursors((c) => c.slice(0, -1))}
          onNext={() => data?.pageInfo.endCursor && setCursors((c) => [...c, data.pageInfo.endCursor as string])}
        />
      </QueryState>
    </>
  );
}
