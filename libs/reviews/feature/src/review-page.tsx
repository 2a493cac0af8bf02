import { useCan, useFilters } from '@sli/shared/data-access';
import { FlashMessage, formatDate, PageHeader, QueryState, RecordControls } from '@sli/shared/ui';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useReviewDetail, type ReviewDetail } from './api/review-detail';
import { useDeleteReview } from './api/review-records';
import { withParams } from './notification-page';
import { Findings, Recommendations } from './components/findings';
import { LearningShared } from './components/learning-shared';
import { InformationRequests } from './components/information-requests';
import { MergedChronology } from './components/merged-chronology';
import { MilestoneTimeline } from './components/milestone-timeline';
import { ReviewActions } from './components/review-actions';
import { ReviewDetails } from './components/review-details';
import { StatusHistory } from './components/status-history';
import { TimescaleTimeline } from './components/timescale-timeline';
import { EngagementLog } from './components/engagement-log';
import { reviewTypeLabel } from './lib/review-types';

const SECTIONS = [
  ['review-details', 'Details'],
  ['review-status-history', 'Status history'],
  ['review-timeline', 'Statutory milestones'],
  ['review-timescale', 'Pauses and extensions'],
  ['review-engagement', 'Engagement'],
  ['review-findings', 'Findings'],
  ['review-recommendations', 'Recommendations'],
  ['review-actions', 'Actions'],
  ['review-learning', 'Learning shared'],
] as const;

/** One review: its record, status history, statutory milestones due against actual, findings, recommendations, actions and the learning shared. */
export function ReviewPage() {
  const { id = '' } = useParams();
  const { asOf, search } = useFilters();
  const query = useReviewDetail(id, asOf);
  /** Back to the list as it was left: its page, status and search travel with the link. */
  const listSearch = useLocation().search;
  const review = query.data?.review;
  const can = useCan();
  const back = (
    <Link to={`/reviews${listSearch}`} className="no-print">
      Back to reviews
    </Link>
  );

  if (!query.isLoading && !query.error && !review) {
    return (
      <>
        <PageHeader title="Review not found" actions={back} />
        <p className="state">There is no review with this address, or you may not see it.</p>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={review ? `${review.ref}: ${review.title}` : 'Review'}
        lead={review ? `${reviewTypeLabel(review.type)}, initiated ${formatDate(review.initiatedOn)}. Timeliness and BRAG as of ${formatDate(asOf)}.` : undefined}
        actions={back}
      />
      <FlashMessage />
      <QueryState isLoading={query.isLoading} error={query.error}>
        {review ? (
          <>
            <ReviewRecordActions review={review} search={search} />
            <nav className="section-nav" aria-label="Sections of this review">
              {SECTIONS.filter(([anchor]) => anchor !== 'review-timescale' || review.type !== 'RAPID_REVIEW').map(([anchor, label]) => (
                <a key={anchor} href={`#${anchor}`}>
                  {label}
                </a>
              ))}
            </nav>
            <section aria-labelledby="review-details">
              <h2 id="review-details">Details</h2>
              <ReviewDetails review={review} search={search} />
              {review.type !== 'RAPID_REVIEW' && can('updateReview') ? (
                <p className="no-print">
                  <Link to={{ pathname: `/reviews/${review.id}/plan`, search }}>Edit reviewer, method and publication</Link>
                </p>
              ) : null}
            </section>
            <section aria-labelledby="review-status-history">
              <h2 id="review-status-history">Status history</h2>
              <StatusHistory review={review} />
            </section>
            <section aria-labelledby="review-timeline">
              <h2 id="review-timeline">Statutory milestones</h2>
              <MilestoneTimeline review={review} asOf={asOf} />
              {review.informationRequests.length || can('createInformationRequest') ? <h3>Information from agencies</h3> : null}
              {can('createInformationRequest') ? (
                <p className="no-print">
                  <Link className="button secondary" to={{ pathname: `/reviews/${review.id}/requests/new`, search }}>
                    Ask an agency for information
                  </Link>
                </p>
              ) : null}
              {review.informationRequests.length ? <InformationRequests review={review} asOf={asOf} /> : null}
              {review.informationRequests.length ? (
                <>
                  <h3 id="review-chronology">Merged chronology</h3>
                  <MergedChronology review={review} />
                </>
              ) : null}
            </section>
            {review.type !== 'RAPID_REVIEW' ? (
              <section aria-labelledby="review-timescale">
                <h2 id="review-timescale">Pauses and extensions</h2>
                {can('createReviewTimescaleChange') ? (
                  <p className="no-print">
                    <Link className="button secondary" to={{ pathname: `/reviews/${review.id}/timescale/new`, search }}>
                      Record a pause or extension
                    </Link>
                  </p>
                ) : null}
                <TimescaleTimeline review={review} asOf={asOf} search={search} />
              </section>
            ) : null}
            <section aria-labelledby="review-engagement">
              <h2 id="review-engagement">Family and practitioner engagement</h2>
              {can('createReviewEngagement') ? (
                <p className="no-print">
                  <Link className="button secondary" to={{ pathname: `/reviews/${review.id}/engagement/new`, search }}>
                    Record engagement
                  </Link>
                </p>
              ) : null}
              <EngagementLog review={review} search={search} />
            </section>
            <section aria-labelledby="review-findings">
              <h2 id="review-findings">Findings</h2>
              {can('createFinding') ? (
                <p className="no-print">
                  <Link className="button secondary" to={{ pathname: `/reviews/${review.id}/findings/new`, search }}>
                    Add a finding
                  </Link>
                </p>
              ) : null}
              <Findings review={review} search={search} />
            </section>
            <section aria-labelledby="review-recommendations">
              <h2 id="review-recommendations">Recommendations</h2>
              {can('createRecommendation') ? (
                <p className="no-print">
                  <Link className="button secondary" to={{ pathname: `/reviews/${review.id}/recommendations/new`, search }}>
                    Add a recommendation
                  </Link>
                </p>
              ) : null}
              <Recommendations review={review} search={search} />
            </section>
            <section aria-labelledby="review-actions">
              <h2 id="review-actions">Actions</h2>
              {can('createAction') ? (
                <p className="no-print">
                  <Link className="button secondary" to={{ pathname: '/actions/new', search: withParams(search, { reviewId: review.id }) }}>
                    Add an action
                  </Link>
                </p>
              ) : null}
              <ReviewActions review={review} asOf={asOf} search={search} />
            </section>
            <section aria-labelledby="review-learning">
              <h2 id="review-learning">Learning shared</h2>
              {can('createLearningProduct') ? (
                <p className="no-print">
                  <Link className="button secondary" to={{ pathname: `/reviews/${review.id}/learning/new`, search }}>
                    Record learning shared
                  </Link>
                </p>
              ) : null}
              <LearningShared review={review} search={search} />
            </section>
          </>
        ) : null}
      </QueryState>
    </>
  );
}

/** For admins: open the LCSPR a rapid review led to, edit the review, delete it. */
function ReviewRecordActions({ review, search }: { review: ReviewDetail; search: string }) {
  const can = useCan();
  const navigate = useNavigate();
  const remove = useDeleteReview();
  const lcspr = review.type === 'RAPID_REVIEW' && review.rapidReviewOutcome === 'LCSPR';
  return (
    <>
      {lcspr && can('createReview') ? (
        <p className="no-print">
          <Link
            className="button"
            to={{
              pathname: '/reviews/new',
              search: withParams(search, { type: 'LCSPR', sourceReviewId: review.id, ...(review.notification ? { notificationId: review.notification.id } : {}) }),
            }}
          >
            Open an LCSPR
          </Link>
        </p>
      ) : null}
      <RecordControls
        what={`review ${review.ref}`}
        id={review.id}
        editTo={can('updateReview') ? { pathname: `/reviews/${review.id}/edit`, search } : null}
        remove={can('deleteReview') ? remove : null}
        onDeleted={(ref) => navigate({ pathname: '/reviews', search }, { state: { flash: `Review ${ref} deleted.` } })}
      />
    </>
  );
}
