import { useNavigate } from 'react-router';
import { useCan } from '@sli/shared/data-access';
import { formatDate, RecordControls } from '@sli/shared/ui';
import type { ReviewDetail } from '../api/review-detail';
import { useDeleteLearningProduct } from '../api/review-records';
import { LEARNING_KINDS } from '../forms/learning-product-form';

type Product = ReviewDetail['learningProducts'][number];

function ProductItem({ p, review, search }: { p: Product; review: ReviewDetail; search: string }) {
  const can = useCan();
  const navigate = useNavigate();
  const remove = useDeleteLearningProduct();
  return (
    <li style={{ marginBottom: '0.5rem' }} data-testid="learning-product">
      <strong>{p.title}</strong>{' '}
      <span className="hint">
        ({LEARNING_KINDS[p.kind]}, {formatDate(p.publishedOn)}
        {p.reach != null ? `; reached ${p.reach.toLocaleString('en-GB')}` : ''}
        {p.themes.length ? `; themes: ${p.themes.map((t) => t.name).join(', ')}` : ''})
      </span>
      <RecordControls
        what={`learning product “${p.title}”`}
        id={p.id}
        editTo={can('updateLearningProduct') ? { pathname: `/reviews/${review.id}/learning/${p.id}/edit`, search } : null}
        remove={can('deleteLearningProduct') ? remove : null}
        // The page stays, with the confirmation at the top; named by its title (its ref may be one the API made up).
        onDeleted={() => navigate({ hash: 'review-learning' }, { replace: true, state: { flash: `Learning product “${p.title}” deleted.` } })}
      />
    </li>
  );
}

/** How the review's learning was shared (briefings, events, webinars), newest first, each editable and deletable by those who may. */
export function LearningShared({ review, search }: { review: ReviewDetail; search: string }) {
  if (review.learningProducts.length === 0) return <p className="state">No learning shared from this review yet.</p>;
  return (
    <ul data-testid="learning-products">
      {review.learningProducts.map((p) => (
        <ProductItem key={p.id} p={p} review={review} search={search} />
      ))}
    </ul>
  );
}
