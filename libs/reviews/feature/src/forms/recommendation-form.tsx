import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useFilters, useKeptValues } from '@sli/shared/data-access';
import { CheckAnswers, ErrorSummary, Field, KeptNotice, PageHeader, QueryState, useCheckStep, useFieldProblems } from '@sli/shared/ui';
import { useReviewDetail, type ReviewDetail } from '../api/review-detail';
import { useCreateRecommendation, useUpdateRecommendation } from '../api/review-records';

const LABELS = { text: 'Recommendation', findingId: 'Finding it answers', ref: 'Reference' };
type F = keyof typeof LABELS;
type Recommendation = ReviewDetail['recommendations'][number];

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** Adds a recommendation to a review (then "check your answers"), or edits one. */
function RecommendationForm({ review, recommendation }: { review: ReviewDetail; recommendation?: Recommendation }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`recommendation:${recommendation?.id ?? `new:${review.id}`}`, {
    text: recommendation?.text ?? '',
    findingId: recommendation?.finding?.id ?? '',
    ref: recommendation?.ref ?? '',
  });
  const v = form.values;
  const create = useCreateRecommendation();
  const update = useUpdateRecommendation(recommendation?.id ?? '');
  const save = recommendation ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'recommendation', { local });
  const step = useCheckStep();
  const back = { pathname: `/reviews/${review.id}`, search, hash: 'review-recommendations' };
  const findingLabel = (id: string) => {
    const f = review.findings.find((x) => x.id === id);
    return f ? `${f.ref}: ${short(f.text)}` : '';
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v.text.trim()) p.text = 'Enter the recommendation';
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (recommendation) send();
    else step.check();
  }

  function send() {
    const input = { text: v.text.trim(), findingId: v.findingId || null, ...(v.ref.trim() ? { ref: v.ref.trim() } : {}) };
    const done = (s: { ref: string }, verb: string) => navigate(back, { state: { flash: `Recommendation ${s.ref} ${verb}.` } });
    if (recommendation) update.mutate(input, { onError: step.back, onSuccess: (s) => done(s, 'saved') });
    else create.mutate({ ...input, reviewId: review.id }, { onError: step.back, onSuccess: (s) => done(s, 'added') });
  }

  if (step.checking) {
    return (
      <CheckAnswers
        title="Check your answers before adding the recommendation"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.text, field: 'text', value: v.text.trim() },
          { key: LABELS.findingId, field: 'findingId', value: v.findingId ? findingLabel(v.findingId) : 'None' },
          { key: LABELS.ref, field: 'ref', value: v.ref.trim() || 'Made for you when added' },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Adding…' : 'Add the recommendation'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the recommendation" /> : null}
      <ErrorSummary items={problems.summary} title={recommendation ? 'The recommendation was not saved' : 'The recommendation was not added'} />
      <Field id={problems.id('text')} label={LABELS.text} hint="What should change, and who should change it." error={problems.error('text')}>
        {(control) => <textarea {...control} rows={4} value={v.text} onChange={(e) => form.setValue('text', e.target.value)} />}
      </Field>
      <Field id={problems.id('findingId')} label={`${LABELS.findingId} (optional)`} error={problems.error('findingId')}>
        {(control) => (
          <select {...control} value={v.findingId} onChange={(e) => form.setValue('findingId', e.target.value)}>
            <option value="">None</option>
            {review.findings.map((f) => (
              <option key={f.id} value={f.id}>
                {findingLabel(f.id)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={problems.id('ref')} label={`${LABELS.ref} (optional)`} hint="Your own reference. Left blank, one is made for you." error={problems.error('ref')}>
        {(control) => <input {...control} className="width-10" value={v.ref} onChange={(e) => form.setValue('ref', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {recommendation ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/reviews/:id/recommendations/new` and `/reviews/:id/recommendations/:recommendationId/edit`. */
export function RecommendationFormPage() {
  const { id = '', recommendationId } = useParams();
  const { asOf } = useFilters();
  const query = useReviewDetail(id, asOf);
  const review = query.data?.review;
  const rec = recommendationId ? review?.recommendations.find((r) => r.id === recommendationId) : undefined;
  const missing = !query.isLoading && (!review || (recommendationId && !rec));
  return (
    <>
      <PageHeader title={rec ? `Edit recommendation ${rec.ref}` : 'Add a recommendation'} lead={review ? `From ${review.ref}: ${review.title}.` : undefined} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={Boolean(missing)} empty="There is no such review or recommendation, or you may not see it.">
        {review && (!recommendationId || rec) ? <RecommendationForm review={review} recommendation={rec} /> : null}
      </QueryState>
    </>
  );
}
