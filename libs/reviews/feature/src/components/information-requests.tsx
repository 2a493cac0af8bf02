import { Link } from 'react-router';
import { canChangeOwned, useFilters, useViewer, type CurrentUser } from '@sli/shared/data-access';
import { DataTable, formatDate, humanise, type Column } from '@sli/shared/ui';
import type { ReviewDetail } from '../api/review-detail';
import { describeDifference, TIMELINESS_WORDS } from '../lib/timeliness';
import { RequestStatusBadge, requestStatusWords } from './request-status-badge';
import { TimelinessBadge } from './timeliness-badge';

type Row = ReviewDetail['informationRequests'][number];

/**
 * What a reader may do with a request: an agency lead answers its own agency's requests, or records the day it
 * returned them another way; the business unit changes the request and may answer for the agency.
 */
function requestLinks(viewer: CurrentUser, r: Row, reviewId: string, search: string) {
  const mayAnswer = canChangeOwned(viewer, 'saveInformationRequestAnswer', r.agency.id);
  const answer = { pathname: `/reviews/${reviewId}/requests/${r.id}/answer`, search };
  const submitted = Boolean(r.answer?.submittedOn);
  const links = [];
  if (mayAnswer) {
    // The agency answers its own; the business unit mostly reads what came back, and may answer for an agency.
    const own = Boolean(viewer.agency);
    const words = submitted ? (own ? 'Change the answer' : 'See the answer') : r.answer ? (own ? 'Continue the answer' : 'See the draft') : own ? 'Answer' : 'Answer for the agency';
    links.push(
      <Link key="answer" to={answer}>
        {words}
        <span className="visually-hidden"> {r.ref}</span>
      </Link>,
    );
  }
  const edit = { pathname: `/reviews/${reviewId}/requests/${r.id}/edit`, search };
  if (!canChangeOwned(viewer, 'updateInformationRequest', r.agency.id)) {
    // Nothing to change.
  } else if (!viewer.agency) {
    links.push(
      <Link key="change" to={edit}>
        Change<span className="visually-hidden"> {r.ref}</span>
      </Link>,
    );
  } else if (!r.returnedOn) {
    // An agency that sent its information another way records the day it did.
    links.push(
      <Link key="return" to={edit}>
        Record the return<span className="visually-hidden"> of {r.ref}</span>
      </Link>,
    );
  }
  return links.length ? <span className="link-list">{links}</span> : null;
}

const columns = (asOf: string, links?: (r: Row) => React.ReactNode): Column<Row>[] => [
  { key: 'agency', header: 'Agency', value: (r) => r.agency.name },
  { key: 'kind', header: 'Information', value: (r) => humanise(r.kind) },
  { key: 'sentOn', header: 'Asked', render: (r) => formatDate(r.sentOn) },
  { key: 'dueOn', header: 'Due', render: (r) => formatDate(r.dueOn) },
  { key: 'status', header: `Status at ${formatDate(asOf)}`, value: (r) => requestStatusWords(r.status), render: (r) => <RequestStatusBadge value={r.status} /> },
  { key: 'returnedOn', header: 'Returned', render: (r) => (r.returnedOn ? formatDate(r.returnedOn) : 'Not yet') },
  { key: 'difference', header: 'Against due', value: (r) => describeDifference(r.dueOn, r.returnedOn) },
  { key: 'timeliness', header: 'Timeliness', value: (r) => TIMELINESS_WORDS[r.timeliness], render: (r) => <TimelinessBadge value={r.timeliness} /> },
  ...(links ? [{ key: 'links', header: 'Answer or change', value: () => null, render: links }] : []),
];

/** The request tracker: each agency's information for the review, its status and its return against the due date. */
export function InformationRequests({ review, asOf }: { review: ReviewDetail; asOf: string }) {
  const viewer = useViewer();
  const { search } = useFilters();
  const anyLinks = review.informationRequests.some((r) => requestLinks(viewer, r, review.id, search) !== null);
  return (
    <DataTable
      caption={`Request tracker: information asked of agencies for ${review.ref}`}
      columns={columns(asOf, anyLinks ? (r) => requestLinks(viewer, r, review.id, search) : undefined)}
      rows={review.informationRequests}
      exportFilters="partnership"
      exportDetails={[{ label: 'Review', value: `${review.ref} ${review.title}` }]}
      exportAsOf={asOf}
      exportName={`${review.ref}-information-requests`}
      rowKey={(r) => r.id}
    />
  );
}
