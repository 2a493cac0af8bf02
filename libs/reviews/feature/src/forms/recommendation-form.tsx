import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { recommendationResponseProblems, type RecommendationResponseValue } from '@sli/reviews-domain';
import { todayInEngland } from '@sli/shared/domain';
import { useFilters, useKeptValues, type RecommendationResponse } from '@sli/shared/data-access';
import {
  CheckAnswers,
  DateInput,
  ErrorSummary,
  Field,
  KeptNotice,
  PageHeader,
  QueryState,
  Radios,
  formatDate,
  isoToKept,
  parseKeptDate,
  sentence,
  useCheckStep,
  useFieldProblems,
} from '@sli/shared/ui';
import { useReviewDetail, type ReviewDetail } from '../api/review-detail';
import { useCreateRecommendation, useUpdateRecommendation } from '../api/review-records';

const LABELS = {
  text: 'Recommendation',
  findingId: 'Finding it answers',
  response: 'Response',
  respondedOn: 'Date of the response',
  responseReasons: 'Reasons',
  ref: 'Reference',
};
type F = keyof typeof LABELS;
type Recommendation = ReviewDetail['recommendations'][number];

/** The responses in words, as the form and the review page show them. */
export const RESPONSES: Record<RecommendationResponse | '', string> = {
  '': 'Awaited',
  ACCEPTED: 'Accepted',
  ACCEPTED_IN_PART: 'Accepted in part',
  NOT_ACCEPTED: 'Not accepted',
};
const DOMAIN: Record<RecommendationResponse, RecommendationResponseValue> = {
  ACCEPTED: 'accepted',
  ACCEPTED_IN_PART: 'accepted-in-part',
  NOT_ACCEPTED: 'not-accepted',
};

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** Adds a recommendation to a review (then "check your answers"), or edits one. */
function RecommendationForm({ review, recommendation }: { review: ReviewDetail; recommendation?: Recommendation }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`recommendation:${recommendation?.id ?? `new:${review.id}`}`, {
    text: recommendation?.text ?? '',
    findingId: recommendation?.finding?.id ?? '',
    response: (recommendation?.response ?? '') as string,
    respondedOn: isoToKept(recommendation?.respondedOn),
    responseReasons: recommendation?.responseReasons ?? '',
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
  const respondedOn = parseKeptDate(v.respondedOn, LABELS.respondedOn);
  const response = (v.response || null) as RecommendationResponse | null;
  const findingLabel = (id: string) => {
    const f = review.findings.find((x) => x.id === id);
    return f ? `${f.ref}: ${short(f.text)}` : '';
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v.text.trim()) p.text = 'Enter the recommendation';
    if (respondedOn.problem) p.respondedOn = respondedOn.problem;
    else {
      // The API's and the importer's own rule for a response, so the words beside the field are theirs.
      const rules = recommendationResponseProblems(
        { response: response ? DOMAIN[response] : null, respondedOn: respondedOn.value, responseReasons: v.responseReasons },
        todayInEngland(),
      );
      for (const r of rules) p[r.field as F] ??= sentence(LABELS[r.field as F], r.message);
    }
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (recommendation) send();
    else step.check();
  }

  function send() {
    const input = {
      text: v.text.trim(),
      findingId: v.findingId || null,
      response,
      respondedOn: response ? respondedOn.value : null,
      responseReasons: response ? v.responseReasons.trim() || null : null,
      ...(v.ref.trim() ? { ref: v.ref.trim() } : {}),
    };
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
          {
            key: LABELS.response,
            field: 'response',
            value: response ? `${RESPONSES[response]} on ${formatDate(respondedOn.value ?? '')}${v.responseReasons.trim() ? `: ${v.responseReasons.trim()}` : ''}` : 'Awaited',
          },
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
      <Radios
        id={problems.id('response')}
        name="recommendation-response"
        legend={`${LABELS.response} (if decided)`}
        hint="Whether the partnership accepted it. A safeguarding adults board reports the reasons for any not accepted in full."
        error={problems.error('response')}
        options={Object.entries(RESPONSES).map(([value, label]) => ({ value, label }))}
        value={v.response}
        onChange={(x) => form.setValue('response', x)}
      />
      {response ? (
        <>
          <DateInput
            id={problems.id('respondedOn')}
            legend={LABELS.respondedOn}
            hint="The day it was decided, for example 14 10 2026."
            error={problems.error('respondedOn')}
            errorParts={local.respondedOn ? respondedOn.parts : undefined}
            value={v.respondedOn}
            onChange={(x) => form.setValue('respondedOn', x)}
          />
          <Field
            id={problems.id('responseReasons')}
            label={response === 'ACCEPTED' ? `${LABELS.responseReasons} (optional)` : LABELS.responseReasons}
            hint={response === 'ACCEPTED' ? 'Anything the board should know about how it will be taken forward.' : 'Why it was not accepted in full, as the annual report will say it.'}
            error={problems.error('responseReasons')}
          >
            {(control) => <textarea {...control} rows={3} value={v.responseReasons} onChange={(e) => form.setValue('responseReasons', e.target.value)} />}
          </Field>
        </>
      ) : null}
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
