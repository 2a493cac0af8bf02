import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useFilters, useViewer, type MyWorkQuery } from '@sli/shared/data-access';
import { DataTable, formatDate, humanise, PageHeader, QueryState, type Column } from '@sli/shared/ui';
import { useMyWork } from './api/answers';
import { RequestStatusBadge, requestStatusWords } from './components/request-status-badge';
import { REQUEST_KINDS } from './forms/information-request-form';

type ActionRow = MyWorkQuery['myWork']['actions'][number];
type RequestRow = MyWorkQuery['myWork']['informationRequests'][number];

function answerWords(r: RequestRow): string {
  if (r.answer?.submittedOn) return `Submitted ${formatDate(r.answer.submittedOn)}`;
  if (r.answer) return 'Draft, not submitted';
  return r.returnedOn ? 'Returned outside the product' : 'Not started';
}

const requestColumns = (search: string): Column<RequestRow>[] => [
  {
    key: 'ref',
    header: 'Request',
    value: (r) => r.ref,
    render: (r) => <Link to={{ pathname: `/reviews/${r.review.id}/requests/${r.id}/answer`, search }}>{r.ref}</Link>,
  },
  { key: 'review', header: 'Review', value: (r) => `${r.review.ref}: ${r.review.title}` },
  { key: 'kind', header: 'Information', value: (r) => REQUEST_KINDS[r.kind].label },
  { key: 'dueOn', header: 'Due', render: (r) => formatDate(r.dueOn), value: (r) => r.dueOn },
  { key: 'status', header: 'Status', value: (r) => requestStatusWords(r.status), render: (r) => <RequestStatusBadge value={r.status} /> },
  { key: 'returnedOn', header: 'Returned', render: (r) => (r.returnedOn ? formatDate(r.returnedOn) : 'Not yet'), value: (r) => r.returnedOn },
  { key: 'answer', header: 'Your answer', value: answerWords },
];

const actionColumns = (search: string): Column<ActionRow>[] => [
  {
    key: 'ref',
    header: 'Action',
    value: (a) => `${a.ref} ${a.title}`,
    render: (a) => <Link to={{ pathname: `/actions/${a.id}/edit`, search }}>{`${a.ref}: ${a.title}`}</Link>,
  },
  { key: 'dueOn', header: 'Due', render: (a) => formatDate(a.dueOn), value: (a) => a.dueOn },
  { key: 'status', header: 'Status', value: (a) => humanise(a.status) },
  { key: 'brag', header: 'BRAG', value: (a) => (a.brag ? humanise(a.brag) : '–') },
];

/**
 * `/my-work`: the actions and information requests the agency lead's agency owns, open first, each by due date.
 * `extra`: what other domains add after the requests (the audit returns owed), composed by the router.
 */
export function MyWorkPage({ extra }: { extra?: ReactNode } = {}) {
  // What is owed now: judged as of today, whatever year the filters last chose.
  const { today: asOf, search } = useFilters();
  const viewer = useViewer();
  const query = useMyWork(asOf);
  const work = query.data?.myWork;
  const openRequests = work?.informationRequests.filter((r) => !r.returnedOn).length ?? 0;
  const openActions = work?.actions.filter((a) => a.status === 'NOT_STARTED' || a.status === 'IN_PROGRESS').length ?? 0;
  return (
    <>
      <PageHeader
        title="My actions and requests"
        lead={`What ${viewer.agency?.name ?? 'your agency'} owes the partnership: open items first, each by due date. Status as of today, ${formatDate(asOf)}. Choose a request to answer it.`}
      />
      <QueryState isLoading={query.isLoading} error={query.error}>
        {work ? (
          <>
            <section aria-labelledby="my-requests">
              <h2 id="my-requests">Information requests ({openRequests} open)</h2>
              <DataTable
                caption="Information requests to your agency"
                columns={requestColumns(search)}
                rows={work.informationRequests}
                exportName="my-information-requests"
                exportAsOf={asOf}
                rowKey={(r) => r.id}
                empty="Your agency has no information requests."
              />
            </section>
            {extra}
            <section aria-labelledby="my-actions">
              <h2 id="my-actions">Actions ({openActions} open)</h2>
              <DataTable
                caption="Actions your agency owns"
                columns={actionColumns(search)}
                rows={work.actions}
                exportName="my-actions"
                exportAsOf={asOf}
                rowKey={(a) => a.id}
                empty="Your agency owns no actions."
              />
            </section>
          </>
        ) : null}
      </QueryState>
    </>
  );
}
