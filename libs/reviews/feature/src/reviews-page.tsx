import { kindOf, kindScope, metricFilter, reviewsNoun, sixMonthReviewWords, useCan, useFilters, useViewer } from '@sli/shared/data-access';
import { FlashMessage, formatCount, formatDate, PageHeader, QueryState, useScrollToHash } from '@sli/shared/ui';
import { Link, useLocation } from 'react-router';
import { useRapidReviewTimeliness } from './api/rapid-review-timeliness';
import { useNotificationsList } from './api/notifications-list';
import { PAGE_SIZE, useReviewsList } from './api/reviews-list';
import { ListControls } from './components/list-controls';
import { NotificationsTable } from './components/notifications-table';
import { Pager } from './components/pager';
import { RapidReviewChart } from './components/rapid-review-chart';
import { ReviewsTable } from './components/reviews-table';
import { reviewTypeFromKebab } from './lib/review-types';
import { NOTIFICATION_SORTS, NOTIFICATION_WORDS, notificationSortWords, REVIEW_SORTS, REVIEW_WORDS, reviewSortWords } from './lib/list-sorts';
import { useListParams } from './lib/use-list-params';

/**
 * Reviews initiated in the period (a filterable list the server sorts and pages, kept in the URL), the
 * serious incident notifications of the period (likewise), and rapid review timeliness. Drill-down links
 * end in `#reviews-list` or `#notifications` and the page scrolls to that list once it has loaded.
 */
export function ReviewsPage() {
  const { filters, range, asOf, search: filterSearch } = useFilters();
  const viewer = useViewer();
  const can = useCan();
  // Notifications and rapid reviews are a children's partnership's work: an adults board or a community safety
  // partnership has neither, so the page neither shows nor asks for them.
  const works = kindScope(kindOf(viewer.partnerships, filters.partnershipId));
  /** Links to a review carry the whole list state, so "Back to reviews" returns to the same page of results. */
  const { search } = useLocation();
  const type = reviewTypeFromKebab(filters.reviewType);
  const selection = JSON.stringify([filters.partnershipId, range.from, range.to, filters.agencyId, type, filters.themeId]);
  const list = useListParams(selection, REVIEW_SORTS);
  const notes = useListParams(JSON.stringify([filters.partnershipId, range.from, range.to, filters.themeId]), NOTIFICATION_SORTS, 'n');

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
    ...list.sortVariables,
  });
  const data = reviews.data?.reviews;
  const notificationFilter = {
    partnershipId: filters.partnershipId,
    dateAwareFrom: range.from,
    dateAwareTo: range.to,
    themeId: filters.themeId,
  };
  const notifications = useNotificationsList({ filter: notificationFilter, first: PAGE_SIZE, after: notes.after, ...notes.sortVariables }, works.children);
  const noteData = notifications.data?.notifications;
  useScrollToHash('reviews-list', Boolean(data));
  useScrollToHash('notifications', Boolean(noteData));
  const rapid = useRapidReviewTimeliness({ filter: metricFilter(filters, range), asOf }, works.children);
  const period = `${formatDate(range.from)} to ${formatDate(range.to)}`;

  return (
    <>
      <PageHeader
        title="Reviews"
        lead={`${reviewsNoun(works)} initiated from ${period}, with their statutory timeliness as of ${formatDate(asOf)}.`}
        actions={
          can('createNotification') || can('createReview') ? (
            <div className="button-group no-print">
              {works.children && can('createNotification') ? (
                <Link className="button" to={{ pathname: '/reviews/notifications/new', search: filterSearch }}>
                  Record a notification
                </Link>
              ) : null}
              {can('createReview') ? (
                <Link className="button secondary" to={{ pathname: '/reviews/new', search: filterSearch }}>
                  Open a review
                </Link>
              ) : null}
            </div>
          ) : undefined
        }
      />
      <FlashMessage />
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
            serverExport={{ list: 'reviews', variables: { filter, asOf, ...list.sortVariables } }}
            serverSort={{ columns: REVIEW_SORTS.columns, key: list.sort.key, dir: list.sort.dir, onSort: list.setSort, words: REVIEW_WORDS }}
            caption={`Reviews initiated from ${period}, ${reviewSortWords(list.sort.key, list.sort.dir)} (page ${list.page})`}
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
            Completion due: {works.children ? '15 working days after the notification for rapid reviews; ' : ''}6 calendar months after
            initiation for {sixMonthReviewWords(works)}. Sorting orders the whole list; downloads follow the same order.
          </p>
        </QueryState>
      </section>
      {works.children ? (
        <>
          <section aria-labelledby="notifications">
            <h2 id="notifications">Serious incident notifications in the period</h2>
            <QueryState isLoading={notifications.isLoading} error={notifications.error}>
              <p role="status" data-testid="notifications-total">
                {notifications.isFetching
                  ? 'Loading…'
                  : `${formatCount(noteData?.totalCount ?? 0)} notification${noteData?.totalCount === 1 ? '' : 's'} with the date aware in the period.`}
              </p>
              <NotificationsTable
                search={filterSearch}
                rows={noteData?.nodes ?? []}
                serverSort={{ columns: NOTIFICATION_SORTS.columns, key: notes.sort.key, dir: notes.sort.dir, onSort: notes.setSort, words: NOTIFICATION_WORDS }}
                serverExport={{ list: 'notifications', variables: { filter: notificationFilter, ...notes.sortVariables } }}
                caption={`Serious incident notifications with the date aware from ${period}, ${notificationSortWords(notes.sort.key, notes.sort.dir)} (page ${notes.page})`}
              />
              <Pager
                noun="notifications"
                page={notes.page}
                pageSize={PAGE_SIZE}
                total={noteData?.totalCount ?? 0}
                hasNext={Boolean(noteData?.pageInfo.hasNextPage && noteData.pageInfo.endCursor)}
                onPrevious={notes.previous}
                onNext={() => noteData?.pageInfo.endCursor && notes.next(noteData.pageInfo.endCursor)}
              />
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
      ) : null}
    </>
  );
}
