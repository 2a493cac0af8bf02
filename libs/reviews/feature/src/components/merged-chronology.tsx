import { DataTable, formatDate, QueryState, type Column } from '@sli/shared/ui';
import { CHRONOLOGY_SHOWN, useReviewChronology, type ChronologyRow } from '../api/answers';
import type { ReviewDetail } from '../api/review-detail';

const columns: Column<ChronologyRow>[] = [
  { key: 'occurredOn', header: 'Date', render: (r) => formatDate(r.occurredOn), value: (r) => r.occurredOn },
  { key: 'agency', header: 'Agency', value: (r) => r.agency.name },
  { key: 'event', header: 'Event', value: (r) => r.event },
  { key: 'source', header: 'Source', value: (r) => r.source ?? '–' },
  { key: 'givenBy', header: 'Given by', value: (r) => r.informationRequest.agency.name },
];

/** Every agency's submitted chronology rows for the review, by date of event; drafts stay with their agency. */
export function MergedChronology({ review }: { review: ReviewDetail }) {
  const query = useReviewChronology(review.id);
  const data = query.data?.reviewChronology;
  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      isEmpty={data?.totalCount === 0}
      empty="No agency has submitted chronology rows yet. Rows appear here once an agency submits its answer."
    >
      {data ? (
        <>
          {data.pageInfo.hasNextPage ? (
            <p>
              Showing the first {CHRONOLOGY_SHOWN} of {data.totalCount} rows; the download holds them all.
            </p>
          ) : null}
          <DataTable
            caption={`Merged chronology for ${review.ref}: ${data.totalCount} ${data.totalCount === 1 ? 'row' : 'rows'} from submitted answers`}
            columns={columns}
            rows={data.nodes}
            exportName={`${review.ref}-chronology`}
            exportDetails={[{ label: 'Review', value: `${review.ref} ${review.title}` }]}
            serverExport={{ list: 'review-chronology', variables: { reviewId: review.id } }}
            rowKey={(r) => r.id}
          />
        </>
      ) : null}
    </QueryState>
  );
}
