import { canChangeOwned, useViewer, type Brag } from '@sli/shared/data-access';
import { BRAG_COLOURS, DataTable, formatDate, humanise, type Column } from '@sli/shared/ui';
import { Link } from 'react-router';
import type { ReviewDetail } from '../api/review-detail';

type Row = ReviewDetail['actions'][number];

const BRAG_WORDS: Record<Brag, string> = {
  BLUE: 'Blue: complete',
  RED: 'Red: overdue',
  AMBER: 'Amber: due within 30 days',
  GREEN: 'Green: on track',
};

const columns = (asOf: string): Column<Row>[] => [
  { key: 'ref', header: 'Reference' },
  { key: 'title', header: 'Action' },
  { key: 'owner', header: 'Owner agency', value: (r) => r.ownerAgency.name },
  { key: 'dueOn', header: 'Due', render: (r) => formatDate(r.dueOn) },
  { key: 'status', header: 'Status', value: (r) => humanise(r.status) },
  { key: 'completedOn', header: 'Completed', render: (r) => formatDate(r.completedOn) },
  {
    key: 'brag',
    header: `BRAG at ${formatDate(asOf)}`,
    value: (r) => (r.brag ? BRAG_WORDS[r.brag] : 'Cancelled'),
    render: (r) =>
      r.brag ? (
        <span className="badge" style={{ background: BRAG_COLOURS[r.brag] }}>
          {BRAG_WORDS[r.brag]}
        </span>
      ) : (
        'Cancelled'
      ),
  },
  { key: 'daysOverdue', header: 'Days overdue', align: 'right' },
];

/** An "Update" link on the actions this user may change (an agency lead: its agency's), to the action plan's panel. */
const updateColumn = (planSearch: (id: string) => string, may: (r: Row) => boolean): Column<Row> => ({
  key: 'update',
  header: 'Update',
  value: () => '',
  render: (r) =>
    may(r) ? (
      <Link to={{ pathname: '/actions', search: planSearch(r.id), hash: 'action' }}>
        Update<span className="visually-hidden"> {r.ref}</span>
      </Link>
    ) : null,
});

/** The review's actions with their status and BRAG as of the date. */
export function ReviewActions({ review, asOf, search }: { review: ReviewDetail; asOf: string; search: string }) {
  const viewer = useViewer();
  if (review.actions.length === 0) return <p className="state">No actions recorded yet.</p>;
  const plan = new URLSearchParams(search);
  plan.set('reviewId', review.id);
  const planSearch = (id: string) => {
    const p = new URLSearchParams(plan);
    p.set('action', id);
    return `?${p.toString()}`;
  };
  const may = (r: Row) => canChangeOwned(viewer, 'changeActionStatus', r.ownerAgency.id);
  const cols = review.actions.some(may) ? [...columns(asOf), updateColumn(planSearch, may)] : columns(asOf);
  return (
    <>
      <p>
        <Link to={`/actions?${plan.toString()}`}>Open the action plan for {review.ref}</Link> to follow up overdue actions or update a
        status.
      </p>
      <DataTable
      caption={`Actions arising from ${review.ref}`}
      columns={cols}
      rows={review.actions}
      exportFilters="partnership"
        exportDetails={[{ label: 'Review', value: `${review.ref} ${review.title}` }]}
        exportAsOf={asOf}
        exportName={`${review.ref}-actions`}
        rowKey={(r) => r.id}
      />
    </>
  );
}
