import { DataTable, formatDate, humanise, type Column } from '@sli/shared/ui';
import type { ReviewDetail } from '../api/review-detail';
import { describeDifference, TIMELINESS_WORDS } from '../lib/timeliness';
import { TimelinessBadge } from './timeliness-badge';

type Row = ReviewDetail['informationRequests'][number];

const columns = (asOf: string): Column<Row>[] => [
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
];

/** Each agency's information for the review, against its due date. */
export function InformationRequests({ review, asOf }: { review: ReviewDetail; asOf: string }) {
  return (
    <DataTable
      caption={`Information asked of agencies for ${review.ref}`}
      columns={columns(asOf)}
      rows={review.informationRequests}
      exportFilters="partnership"
        exportDetails={[{ label: 'Review', value: `${review.ref} ${review.title}` }]}
        exportAsOf={asOf}
        exportName={`${review.ref}-information-requests`}
      rowKey={(r) => r.id}
    />
  );
}
