import { formatDate, humanise } from '@sli/shared/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ReviewDetail } from '../api/review-detail';
import { REVIEW_STATUSES, reviewTypeLabel } from '../lib/review-types';

const FAMILY: Record<ReviewDetail['familyParticipation'], string> = {
  NOT_YET_OFFERED: 'Not yet offered',
  OFFERED: 'Offered',
  TOOK_PART: 'Took part',
  DECLINED: 'Declined',
  NOT_APPROPRIATE: 'Not appropriate',
};

const OUTCOMES: Record<NonNullable<ReviewDetail['rapidReviewOutcome']>, string> = {
  LCSPR: 'Local child safeguarding practice review',
  OTHER_LEARNING_REVIEW: 'Other learning review',
  NO_FURTHER_REVIEW: 'No further review',
};

const yesNo = (v: boolean | null | undefined) => (v == null ? '–' : v ? 'Yes' : 'No');

/** The review's record: type, status, dates, reviewer, family, agencies and themes. */
export function ReviewDetails({ review, search }: { review: ReviewDetail; search: string }) {
  const items: [string, ReactNode][] = [
    ['Reference', review.ref],
    ['Type', reviewTypeLabel(review.type)],
    ['Status', REVIEW_STATUSES.find(([s]) => s === review.status)?.[1] ?? humanise(review.status)],
    ['Initiated', formatDate(review.initiatedOn)],
    ['Completed', formatDate(review.completedOn)],
    ['Published', formatDate(review.publishedOn)],
    ['Independent reviewer', yesNo(review.independentReviewer)],
    ['Family participation', FAMILY[review.familyParticipation]],
    ['Practitioners involved', review.practitionersInvolved ?? '–'],
  ];
  if (review.type === 'RAPID_REVIEW') {
    items.push(['Outcome', review.rapidReviewOutcome ? OUTCOMES[review.rapidReviewOutcome] : 'Not yet decided']);
    items.push(['National review recommended', yesNo(review.nationalReviewRecommended)]);
  }
  if (review.sourceReview) {
    items.push([
      'Arose from',
      <Link key="source" to={`/reviews/${review.sourceReview.id}${search}`}>
        {review.sourceReview.ref}: {review.sourceReview.title}
      </Link>,
    ]);
  }
  if (review.referrals.length > 0) {
    items.push([
      'Decided on referral',
      review.referrals.map((r, i) => (
        <span key={r.id}>
          {i > 0 ? ', ' : ''}
          <Link to={`/referrals/${r.id}${search}`}>{r.ref}</Link>
          {r.decidedOn ? ` (${formatDate(r.decidedOn)})` : ''}
        </span>
      )),
    ]);
  }
  if (review.unpublishedReason) items.push(['Closed unpublished because', review.unpublishedReason]);
  items.push(['Agencies involved', review.agencies.length ? review.agencies.map((a) => a.name).join(', ') : 'None recorded']);
  items.push(['Themes', review.themes.length ? review.themes.map((t) => t.name).join(', ') : 'None recorded']);

  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'minmax(9rem, max-content) 1fr', gap: '0.35rem 1.25rem', margin: 0 }}>
      {items.map(([term, detail]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt style={{ fontWeight: 600 }}>{term}</dt>
          <dd style={{ margin: 0 }}>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
