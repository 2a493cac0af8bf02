import { Link } from 'react-router';
import { useCan } from '@sli/shared/data-access';
import { formatDate } from '@sli/shared/ui';
import type { ReviewDetail } from '../api/review-detail';
import { LEARNING_KINDS } from '../forms/learning-product-form';

/** How the review's learning was shared (briefings, events, webinars), newest first, each editable by those who may. */
export function LearningShared({ review, search }: { review: ReviewDetail; search: string }) {
  const can = useCan();
  if (review.learningProducts.length === 0) return <p className="state">No learning shared from this review yet.</p>;
  return (
    <ul data-testid="learning-products">
      {review.learningProducts.map((p) => (
        <li key={p.id} style={{ marginBottom: '0.5rem' }}>
          <strong>{p.title}</strong>{' '}
          <span className="hint">
            ({LEARNING_KINDS[p.kind]}, {formatDate(p.publishedOn)}
            {p.reach != null ? `; reached ${p.reach.toLocaleString('en-GB')}` : ''}
            {p.themes.length ? `; themes: ${p.themes.map((t) => t.name).join(', ')}` : ''})
          </span>{' '}
          {can('updateLearningProduct') ? (
            <Link className="no-print" to={{ pathname: `/reviews/${review.id}/learning/${p.id}/edit`, search }}>
              Edit<span className="visually-hidden"> {p.title}</span>
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
