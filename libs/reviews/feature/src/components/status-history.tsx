import { DataTable, formatLongDate, type Column } from '@sli/shared/ui';
import type { ReviewDetail } from '../api/review-detail';
import { REVIEW_STATUSES } from '../lib/review-types';

type Row = ReviewDetail['statusHistory'][number];

const statusLabel = (status: Row['status']) => REVIEW_STATUSES.find(([s]) => s === status)?.[1] ?? status;

const DERIVED = "derived from the review's dates";

const columns: Column<Row>[] = [
  { key: 'changedOn', header: 'Date', value: (r) => r.changedOn, render: (r) => formatLongDate(r.changedOn) },
  { key: 'status', header: 'Status', value: (r) => statusLabel(r.status) },
  { key: 'recordedBy', header: 'Recorded by', value: (r) => (r.derived ? DERIVED : r.recordedBy) },
];

/** Every status the review has had and the day it took effect, oldest first, so year-end tables can be checked. */
export function StatusHistory({ review }: { review: ReviewDetail }) {
  const rows = [...review.statusHistory].sort((a, b) => a.changedOn.localeCompare(b.changedOn));
  return (
    <DataTable
      caption={`Status history of ${review.ref}`}
      columns={columns}
      rows={rows}
      exportName={`${review.ref}-status-history`}
      rowKey={(r) => `${r.changedOn}|${r.status}`}
      empty="No status has been recorded for this review."
    />
  );
}
