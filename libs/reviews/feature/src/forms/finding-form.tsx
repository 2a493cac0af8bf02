import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useFilters, useKeptValues, usePartnershipChoices, type FindingKind } from '@sli/shared/data-access';
import { CheckAnswers, ErrorSummary, Field, KeptNotice, MultiCombobox, PageHeader, QueryState, Radios, keptIds, useCheckStep, useFieldProblems } from '@sli/shared/ui';
import { useReviewDetail, type ReviewDetail } from '../api/review-detail';
import { useCreateFinding, useUpdateFinding } from '../api/review-records';

const LABELS = { kind: 'Kind of finding', text: 'Finding', themeIds: 'Themes', ref: 'Reference' };
type F = keyof typeof LABELS;
export const FINDING_KINDS: Record<FindingKind, string> = { GOOD_PRACTICE: 'Good practice', AREA_FOR_IMPROVEMENT: 'Area for improvement' };
type Finding = ReviewDetail['findings'][number];

/** Adds a finding to a review (then "check your answers"), or edits one. */
function FindingForm({ review, finding }: { review: ReviewDetail; finding?: Finding }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`finding:${finding?.id ?? `new:${review.id}`}`, {
    kind: (finding?.kind ?? '') as string,
    text: finding?.text ?? '',
    themeIds: keptIds.write(finding?.themes.map((t) => t.id) ?? []),
    ref: finding?.ref ?? '',
  });
  const v = form.values;
  const themes = usePartnershipChoices(review.partnershipId).data?.themes ?? [];
  const create = useCreateFinding();
  const update = useUpdateFinding(finding?.id ?? '');
  const save = finding ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'finding', { local });
  const step = useCheckStep();
  const back = { pathname: `/reviews/${review.id}`, search, hash: 'review-findings' };

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v.kind) p.kind = 'Select good practice or area for improvement';
    if (!v.text.trim()) p.text = 'Enter the finding';
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (finding) send();
    else step.check();
  }

  function send() {
    const input = { kind: v.kind as FindingKind, text: v.text.trim(), themeIds: keptIds.read(v.themeIds), ...(v.ref.trim() ? { ref: v.ref.trim() } : {}) };
    const done = (s: { ref: string }, verb: string) => navigate(back, { state: { flash: `Finding ${s.ref} ${verb}.` } });
    if (finding) update.mutate(input, { onError: step.back, onSuccess: (s) => done(s, 'saved') });
    else create.mutate({ ...input, reviewId: review.id }, { onError: step.back, onSuccess: (s) => done(s, 'added') });
  }

  if (step.checking) {
    return (
      <CheckAnswers
        title="Check your answers before adding the finding"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.kind, field: 'kind', value: FINDING_KINDS[v.kind as FindingKind] },
          { key: LABELS.text, field: 'text', value: v.text.trim() },
          { key: LABELS.themeIds, field: 'themeIds', value: keptIds.read(v.themeIds).map((id) => themes.find((t) => t.value === id)?.label ?? id).join(', ') },
          { key: LABELS.ref, field: 'ref', value: v.ref.trim() || 'Made for you when added' },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Adding…' : 'Add the finding'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the finding" /> : null}
      <ErrorSummary items={problems.summary} title={finding ? 'The finding was not saved' : 'The finding was not added'} />
      <Radios
        id={problems.id('kind')}
        name="kind"
        legend={LABELS.kind}
        error={problems.error('kind')}
        options={Object.entries(FINDING_KINDS).map(([value, label]) => ({ value, label }))}
        value={v.kind}
        onChange={(x) => form.setValue('kind', x)}
      />
      <Field id={problems.id('text')} label={LABELS.text} hint="The learning, in a sentence or two. No names of the people concerned." error={problems.error('text')}>
        {(control) => <textarea {...control} rows={4} value={v.text} onChange={(e) => form.setValue('text', e.target.value)} />}
      </Field>
      <Field id={problems.id('themeIds')} label={`${LABELS.themeIds} (optional)`} hint="Start typing a theme, then choose it from the list." error={problems.error('themeIds')}>
        {(control) => <MultiCombobox control={control} noun="themes" options={themes} values={keptIds.read(v.themeIds)} onChange={(x) => form.setValue('themeIds', keptIds.write(x))} />}
      </Field>
      <Field id={problems.id('ref')} label={`${LABELS.ref} (optional)`} hint="Your own reference. Left blank, one is made for you." error={problems.error('ref')}>
        {(control) => <input {...control} className="width-10" value={v.ref} onChange={(e) => form.setValue('ref', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {finding ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/reviews/:id/findings/new` and `/reviews/:id/findings/:findingId/edit`. */
export function FindingFormPage() {
  const { id = '', findingId } = useParams();
  const { asOf } = useFilters();
  const query = useReviewDetail(id, asOf);
  const review = query.data?.review;
  const finding = findingId ? review?.findings.find((f) => f.id === findingId) : undefined;
  const missing = !query.isLoading && (!review || (findingId && !finding));
  return (
    <>
      <PageHeader title={finding ? `Edit finding ${finding.ref}` : 'Add a finding'} lead={review ? `From ${review.ref}: ${review.title}.` : undefined} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={Boolean(missing)} empty="There is no such review or finding, or you may not see it.">
        {review && (!findingId || finding) ? <FindingForm review={review} finding={finding} /> : null}
      </QueryState>
    </>
  );
}
