import { DataTable, formatDate, type Column } from '@sli/shared/ui';
import type { ReviewDetail } from '../api/review-detail';
import { milestoneRows, type MilestoneRow } from '../lib/milestone-rows';
import { describeDifference, TIMELINESS_WORDS } from '../lib/timeliness';
import { TimelinessBadge } from './timeliness-badge';

const columns = (asOf: string): Column<MilestoneRow>[] => [
  { key: 'step', header: 'Step' },
  { key: 'rule', header: 'Deadline' },
  { key: 'dueOn', header: 'Due', render: (r) => formatDate(r.dueOn) },
  { key: 'actualOn', header: 'Done', render: (r) => (r.actualOn ? formatDate(r.actualOn) : r.dueOn && r.status ? 'Not yet' : '–') },
  { key: 'difference', header: 'Against due', value: (r) => describeDifference(r.dueOn, r.actualOn) },
  {
    key: 'status',
    header: `Status at ${formatDate(asOf)}`,
    value: (r) => (r.status ? TIMELINESS_WORDS[r.status] : null),
    render: (r) => <TimelinessBadge value={r.status} />,
  },
];

/** The statutory milestones, due against actual, in the order they fall. */
export function MilestoneTimeline({ review, asOf }: { review: ReviewDetail; asOf: string }) {
  const rows = milestoneRows(review);
  const late = rows.filter((r) => r.status === 'LATE' || r.status === 'OVERDUE').length;
  return (
    <>
      <p className="hint" data-testid="milestones-summary">
        {late === 0
          ? `No step late or overdue as of ${formatDate(asOf)}.`
          : `${late} step${late === 1 ? '' : 's'} late or overdue as of ${formatDate(asOf)}.`}
      </p>
      <DataTable
        caption={`Statutory milestones of ${review.ref}`}
        columns={columns(asOf)}
        rows={rows}
        exportFilters="partnership"
        exportDetails={[{ label: 'Review', value: `${review.ref} ${review.title}` }]}
        exportAsOf={asOf}
        exportName={`${review.ref}-milestones`}
        rowKey={(r, i) => `${i}-${r.step}`}
      />
    </>
  );
}
