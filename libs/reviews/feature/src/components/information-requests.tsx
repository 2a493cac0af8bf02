import { Link } from 'react-router';
import { canChangeOwned, useFilters, useViewer, type CurrentUser } from '@sli/shared/data-access';
import { DataTable, formatDate, humanise, type Column } from '@sli/shared/ui';
import type { ReviewDetail } from '../api/review-detail';
import { describeDifference, TIMELINESS_WORDS } from '../lib/timeliness';
import { TimelinessBadge } from './timeliness-badge';

type Row = ReviewDetail['informationRequests'][number];

/** The link to change a request: an agency lead records its own agency's return; the business unit changes the request. */
function changeLink(viewer: CurrentUser, r: Row, reviewId: string, search: string) {
  if (!canChangeOwned(viewer, 'updateInformationRequest', r.agency.id)) return null;
  const to = { pathname: `/reviews/${reviewId}/requests/${r.id}/edit`, search };
  if (viewer.agency) {
    return r.returnedOn ? null : (
      <Link to={to}>
        Record the return<span className="visually-hidden"> of {r.ref}</span>
      </Link>
    );
  }
  return (
    <Link to={to}>
      Change<span className="visually-hidden"> {r.ref}</span>
    </Link>
  );
}

const columns = (asOf: string, change?: (r: Row) => React.ReactNode): Column<Row>[] => [
  { key: 'agency', header: 'Agency', value: (r) => r.agency.name },
  { key: 'kind', header: 'Information', value: (r) => humanise(r.kind) },
  { key: 'sentOn', header: 'Asked', render: (r) => formatDate(r.sentOn) },
  { key: 'dueOn', header: 'Due', render: (r) => formatDate(r.dueOn) },
  { key: 'returnedOn', header: 'Returned', render: (r) => (r.returnedOn ? formatDate(r.returnedOn) : 'Not yet') },
  { key: 'difference', header: 'Against due', value: (r) => describeDifference(r.dueOn, r.returnedOn) },
  {
    key: 'timeliness',
    header: `Status at ${formatDate(asOf)}`,
    value: (r) => TIMELINESS_WORDS[r.timeliness],
    render: (r) => <TimelinessBadge value={r.timeliness} />,
  },
  ...(change ? [{ key: 'change', header: 'Change', value: () => null, render: change }] : []),
];

/** Each agency's information for the review, against its due date. */
export function InformationRequests({ review, asOf }: { review: ReviewDetail; asOf: string }) {
  const viewer = useViewer();
  const { search } = useFilters();
  const canChange = review.informationRequests.some((r) => canChangeOwned(viewer, 'updateInformationRequest', r.agency.id));
  return (
    <DataTable
      caption={`Information asked of agencies for ${review.ref}`}
      columns={columns(asOf, canChange ? (r) => changeLink(viewer, r, review.id, search) : undefined)}
      rows={review.informationRequests}
      exportFilters="partnership"
        exportDetails={[{ label: 'Review', value: `${review.ref} ${review.title}` }]}
        exportAsOf={asOf}
        exportName={`${review.ref}-information-requests`}
      rowKey={(r) => r.id}
    />
  );
}
