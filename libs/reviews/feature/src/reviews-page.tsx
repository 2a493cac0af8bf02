import { metricFilter, useFilters } from '@sli/shared/data-access';
import { formatCount, formatDate, PageHeader, QueryState } from '@sli/shared/ui';
import { useLocation } from 'react-router';
import { useRapidReviewTimeliness } from './api/rapid-review-timeliness';
import { PAGE_SIZE, useReviewsList } from './api/reviews-list';
import { ListControls } from './components/list-controls';
import { Pager } from './components/pager';
import { RapidReviewChart } from './components/rapid-review-chart';
import { ReviewsTable } from './components/reviews-table';
import { reviewTypeFromKebab } from './lib/review-types';
import { useListParams } from './lib/use-list-params';

/** Reviews initiated in the period: a filterable, paginated list, and rapid review timeliness. */
export function ReviewsPage() {
  const { filters, range, asOf } = useFilters();
  /** Links to a review carry the whole list state, so "Back to reviews" returns to the same page of results. */
  const { search } = useLocation();
  const type = reviewTypeFromKebab(filters.reviewType);
  const selection = JSON.stringify([filters.partnershipId, range.from, range.to, filters.agencyId, type, filters.themeId]);
  const list = useListParams(selection);

  const filter = {
      partnershipId: filters.partnershipId,
      initiatedFrom: range.from,
      initiatedTo: range.to,
      agencyId: filters.agencyId,
      themeId: filters.themeId,
      types: type ? [type] : null,
      statuses: list.status ? [list.status] : null,
      search: list.q || null,
  };
  const reviews = useReviewsList({
    filter,
    first: PAGE_SIZE,
    after: list.after,
    asOf,
  });
  const rapid = useRapidReviewTimeliness({ filter: metricFilter(filters, range), asOf });
  const data = reviews.data?.reviews;
  const period = `${formatDate(range.from)} to ${formatDate(range.to)}`;

  return (
    <>
      <PageHeader
        title="Reviews"
        lead={`Rapid reviews and learning reviews initiated from ${period}, with their statutory timeliness as of ${formatDate(asOf)}.`}
      />
      <section aria-labelledby="reviews-list">
        <h2 id="reviews-list">Reviews initiated in the period</h2>
        <ListControls status={list.status} q={list.q} onStatus={list.setStatus} onSearch={list.setQ} />
        <QueryState isLoading={reviews.isLoading} error={reviews.error}>
          <p role="status" data-testid="reviews-total">
            {reviews.isFetching ? 'Loading…' : `${formatCount(data?.totalCount ?? 0)} review${data?.totalCount === 1 ? '' : 's'} match these filters.`}
          </p>
          <ReviewsTable
            rows={data?.nodes ?? []}
            search={search}
            asOf={asOf}
            serverExport={{ list: 'reviews', variables: { filter, asOf } }}
            caption={`Reviews initiated from ${period}, most recent first (page ${list.page})`}
          />
          <Pager
            page={list.page}
            pageSize={PAGE_SIZE}
            total={data?.totalCount ?? 0}
            hasNext={Boolean(data?.pageInfo.hasNextPage && data.pageInfo.endCursor)}
            onPrevious={list.previous}
            onNext={() => data?.pageInfo.endCursor && list.next(data.pageInfo.endCursor)}
          />
          <p className="hint">
            Completion due: 15 working days after the notification for rapid reviews; 6 calendar months after initiation for LCSPR, SAR,
            DHR and PLR. Sorting orders the reviews on this page.
          </p>
        </QueryState>
      </section>
      <section aria-labelledby="reviews-rapid">
        <h2 id="reviews-rapid">Rapid review timeliness</h2>
        <RapidReviewChart
          rows={rapid.data?.rapidReviewMetrics}
          isLoading={rapid.isLoading}
          error={rapid.error}
          excluded={Boolean(filters.reviewType && filters.reviewType !== 'rapid-review')}
        />
      </section>
    </>
  );
}
