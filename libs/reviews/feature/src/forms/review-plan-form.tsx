import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { reviewConductProblems, type ReviewMethodValue, type ReviewTypeValue } from '@sli/reviews-domain';
import { todayInEngland } from '@sli/shared/domain';
import { useFilters, useKeptValues, type ReviewMethod } from '@sli/shared/data-access';
import { DateInput, ErrorSummary, Field, KeptNotice, PageHeader, QueryState, Radios, isoToKept, parseKeptDate, sentence, useFieldProblems } from '@sli/shared/ui';
import { useReviewDetail, type ReviewDetail } from '../api/review-detail';
import { useUpdateReview } from '../api/review-records';
import { REVIEW_METHODS } from '../lib/review-plan-words';

const LABELS = {
  reviewers: 'Reviewers',
  method: 'Method',
  methodDetails: 'Details of the method',
  reportSharedOn: 'Date the final report was sent to the Panel and the Secretary of State',
  plannedPublicationOn: 'Date publication is planned for',
};
type F = keyof typeof LABELS;
type DateField = 'reportSharedOn' | 'plannedPublicationOn';

const METHOD_VALUES: Record<ReviewMethod, ReviewMethodValue> = {
  LEARNING_TOGETHER: 'learning-together',
  SYSTEMS: 'systems',
  HYBRID: 'hybrid',
  APPRECIATIVE_INQUIRY: 'appreciative-inquiry',
  OTHER: 'other',
};

/** Who carries out a review, how, and its steps to publication; saved onto the review. */
function ReviewPlanForm({ review }: { review: ReviewDetail }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`review-plan:${review.id}`, {
    reviewers: review.reviewers ?? '',
    method: (review.method ?? '') as string,
    methodDetails: review.methodDetails ?? '',
    reportSharedOn: isoToKept(review.reportSharedOn),
    plannedPublicationOn: isoToKept(review.plannedPublicationOn),
  });
  const v = form.values;
  const save = useUpdateReview(review.id);
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'review', { local });
  const back = { pathname: `/reviews/${review.id}`, search, hash: 'review-details' };
  const dates: Record<DateField, ReturnType<typeof parseKeptDate>> = {
    reportSharedOn: parseKeptDate(v.reportSharedOn, LABELS.reportSharedOn),
    plannedPublicationOn: parseKeptDate(v.plannedPublicationOn, LABELS.plannedPublicationOn),
  };
  const method = (v.method || null) as ReviewMethod | null;

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    for (const f of ['reportSharedOn', 'plannedPublicationOn'] as const) if (dates[f].problem) p[f] = dates[f].problem;
    if (Object.keys(p).length === 0) {
      // The API's and the importer's own rule, so the words beside the field are theirs.
      const rules = reviewConductProblems(
        {
          type: review.type.toLowerCase().replace(/_/g, '-') as ReviewTypeValue,
          initiatedOn: review.initiatedOn,
          publishedOn: review.publishedOn ?? null,
          reviewers: v.reviewers.trim() || null,
          method: method ? METHOD_VALUES[method] : null,
          methodDetails: v.methodDetails.trim() || null,
          reportSharedOn: dates.reportSharedOn.value,
          plannedPublicationOn: dates.plannedPublicationOn.value,
        },
        todayInEngland(),
      );
      for (const r of rules) p[r.field as F] ??= sentence(LABELS[r.field as F], r.message);
    }
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    save.mutate(
      {
        reviewers: v.reviewers.trim() || null,
        method,
        methodDetails: v.methodDetails.trim() || null,
        reportSharedOn: dates.reportSharedOn.value,
        plannedPublicationOn: dates.plannedPublicationOn.value,
      },
      { onSuccess: (s) => navigate(back, { state: { flash: `Review ${s.ref} saved.` } }) },
    );
  }

  const date = (f: DateField, hint: string) => (
    <DateInput
      id={problems.id(f)}
      legend={`${LABELS[f]} (if known)`}
      hint={hint}
      error={problems.error(f)}
      errorParts={local[f] ? dates[f].parts : undefined}
      value={v[f]}
      onChange={(x) => form.setValue(f, x)}
    />
  );

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the review's reviewer, method and publication" /> : null}
      <ErrorSummary items={problems.summary} title="The review was not saved" />
      <Field
        id={problems.id('reviewers')}
        label={`${LABELS.reviewers} (optional)`}
        hint="The independent reviewer and others, as professionals, for example “Dr A Example (independent reviewer)”. Never the child or family."
        error={problems.error('reviewers')}
      >
        {(control) => <input {...control} value={v.reviewers} onChange={(e) => form.setValue('reviewers', e.target.value)} />}
      </Field>
      <Radios
        id={problems.id('method')}
        name="review-method"
        legend={LABELS.method}
        error={problems.error('method')}
        options={[{ value: '', label: 'Not decided yet' }, ...Object.entries(REVIEW_METHODS).map(([value, label]) => ({ value, label }))]}
        value={v.method}
        onChange={(x) => form.setValue('method', x)}
      />
      <Field
        id={problems.id('methodDetails')}
        label={method === 'OTHER' ? LABELS.methodDetails : `${LABELS.methodDetails} (optional)`}
        error={problems.error('methodDetails')}
      >
        {(control) => <textarea {...control} rows={3} value={v.methodDetails} onChange={(e) => form.setValue('methodDetails', e.target.value)} />}
      </Field>
      {date('reportSharedOn', review.type === 'LCSPR' ? 'For an LCSPR, at least 7 working days before publication. For example 22 5 2026.' : 'For example 22 5 2026.')}
      {review.publishedOn ? null : date('plannedPublicationOn', 'While the report is not yet published. For example 3 6 2026.')}
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save changes'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/reviews/:id/plan`: the reviewer, method and publication steps of a review other than a rapid review. */
export function ReviewPlanFormPage() {
  const { id = '' } = useParams();
  const { asOf } = useFilters();
  const query = useReviewDetail(id, asOf);
  const review = query.data?.review;
  const missing = !query.isLoading && (!review || review.type === 'RAPID_REVIEW');
  return (
    <>
      <PageHeader title="Reviewer, method and publication" lead={review ? `Of ${review.ref}: ${review.title}.` : undefined} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={Boolean(missing)} empty="There is no such review (a rapid review has none of these), or you may not see it.">
        {review && review.type !== 'RAPID_REVIEW' ? <ReviewPlanForm review={review} /> : null}
      </QueryState>
    </>
  );
}
