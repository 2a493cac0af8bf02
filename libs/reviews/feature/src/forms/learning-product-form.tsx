import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { notInFuture, todayInEngland } from '@sli/shared/domain';
import { useFilters, useKeptValues, usePartnershipChoices, type LearningProductKind } from '@sli/shared/data-access';
import {
  CheckAnswers,
  DateInput,
  ErrorSummary,
  Field,
  KeptNotice,
  MultiCombobox,
  PageHeader,
  QueryState,
  Radios,
  formatDate,
  isoToKept,
  keptIds,
  parseKeptDate,
  sentence,
  useCheckStep,
  useFieldProblems,
} from '@sli/shared/ui';
import { useReviewDetail, type ReviewDetail } from '../api/review-detail';
import { useCreateLearningProduct, useUpdateLearningProduct } from '../api/review-records';

const LABELS = { kind: 'What it is', title: 'Title', publishedOn: 'Date shared', reach: 'People reached', themeIds: 'Themes', ref: 'Reference' };
type F = keyof typeof LABELS;
type Product = ReviewDetail['learningProducts'][number];

/** The ways a partnership shares a review's learning, in words. */
export const LEARNING_KINDS: Record<LearningProductKind, string> = {
  SEVEN_MINUTE_BRIEFING: '7-minute briefing',
  LEARNING_EVENT: 'Learning event',
  PRACTITIONER_FORUM: 'Practitioner forum',
  WEBINAR: 'Webinar',
  PODCAST: 'Podcast',
  NEWSLETTER_ITEM: 'Newsletter item',
  OTHER: 'Other',
};

/** A whole number of people, or null for a blank; NaN for anything else. */
function readReach(text: string): number | null {
  const t = text.trim().replace(/,/g, '');
  if (!t) return null;
  return /^\d+$/.test(t) ? Number(t) : Number.NaN;
}

/** Records how a review's learning was shared (then "check your answers"), or edits it. */
function LearningProductForm({ review, product }: { review: ReviewDetail; product?: Product }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`learning:${product?.id ?? `new:${review.id}`}`, {
    kind: (product?.kind ?? '') as string,
    title: product?.title ?? '',
    publishedOn: isoToKept(product?.publishedOn),
    reach: product?.reach == null ? '' : String(product.reach),
    themeIds: keptIds.write(product?.themes.map((t) => t.id) ?? []),
    ref: product?.ref ?? '',
  });
  const v = form.values;
  const themes = usePartnershipChoices(review.partnershipId).data?.themes ?? [];
  const create = useCreateLearningProduct();
  const update = useUpdateLearningProduct(product?.id ?? '');
  const save = product ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'learning', { local });
  const step = useCheckStep();
  const back = { pathname: `/reviews/${review.id}`, search, hash: 'review-learning' };
  const publishedOn = parseKeptDate(v.publishedOn, LABELS.publishedOn);
  const reach = readReach(v.reach);

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v.kind) p.kind = 'Select what was shared';
    if (!v.title.trim()) p.title = 'Enter the title';
    if (publishedOn.problem) p.publishedOn = publishedOn.problem;
    else if (!publishedOn.value) p.publishedOn = 'Enter the date it was shared';
    else {
      // The API's and the importer's own rule, so the message beside the field is theirs.
      const [future] = notInFuture('publishedOn', publishedOn.value, todayInEngland());
      if (future) p.publishedOn = sentence(LABELS.publishedOn, future.message);
    }
    if (Number.isNaN(reach)) p.reach = 'People reached must be a whole number, like 120';
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (product) send();
    else step.check();
  }

  function send() {
    const input = {
      kind: v.kind as LearningProductKind,
      title: v.title.trim(),
      publishedOn: publishedOn.value as string,
      reach,
      themeIds: keptIds.read(v.themeIds),
      ...(v.ref.trim() ? { ref: v.ref.trim() } : {}),
    };
    const done = (s: { title: string }, verb: string) => navigate(back, { state: { flash: `${s.title} ${verb}.` } });
    if (product) update.mutate(input, { onError: step.back, onSuccess: (s) => done(s, 'saved') });
    else create.mutate({ ...input, partnershipId: review.partnershipId, reviewIds: [review.id] }, { onError: step.back, onSuccess: (s) => done(s, 'added') });
  }

  if (step.checking) {
    return (
      <CheckAnswers
        title="Check your answers before adding it"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.kind, field: 'kind', value: LEARNING_KINDS[v.kind as LearningProductKind] },
          { key: LABELS.title, field: 'title', value: v.title.trim() },
          { key: LABELS.publishedOn, field: 'publishedOn', value: publishedOn.value ? formatDate(publishedOn.value) : '' },
          { key: LABELS.reach, field: 'reach', value: reach === null ? 'Not counted' : reach.toLocaleString('en-GB') },
          { key: LABELS.themeIds, field: 'themeIds', value: keptIds.read(v.themeIds).map((id) => themes.find((t) => t.value === id)?.label ?? id).join(', ') },
          { key: LABELS.ref, field: 'ref', value: v.ref.trim() || 'Made for you when added' },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Adding…' : 'Add it'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the learning shared" /> : null}
      <ErrorSummary items={problems.summary} title={product ? 'It was not saved' : 'It was not added'} />
      <Radios
        id={problems.id('kind')}
        name="learning-kind"
        legend={LABELS.kind}
        error={problems.error('kind')}
        options={Object.entries(LEARNING_KINDS).map(([value, label]) => ({ value, label }))}
        value={v.kind}
        onChange={(x) => form.setValue('kind', x)}
      />
      <Field id={problems.id('title')} label={LABELS.title} hint="As it was published, e.g. “7-minute briefing: Child H”." error={problems.error('title')}>
        {(control) => <input {...control} type="text" autoComplete="off" value={v.title} onChange={(e) => form.setValue('title', e.target.value)} />}
      </Field>
      <DateInput
        id={problems.id('publishedOn')}
        legend={LABELS.publishedOn}
        hint="The day it was published or the event held, for example 14 10 2026."
        error={problems.error('publishedOn')}
        errorParts={local.publishedOn ? publishedOn.parts : undefined}
        value={v.publishedOn}
        onChange={(x) => form.setValue('publishedOn', x)}
      />
      <Field id={problems.id('reach')} label={`${LABELS.reach} (optional)`} hint="Attendees, downloads or readers, if counted." error={problems.error('reach')}>
        {(control) => <input {...control} className="width-10" inputMode="numeric" autoComplete="off" value={v.reach} onChange={(e) => form.setValue('reach', e.target.value)} />}
      </Field>
      <Field id={problems.id('themeIds')} label={`${LABELS.themeIds} (optional)`} hint="Start typing a theme, then choose it from the list." error={problems.error('themeIds')}>
        {(control) => <MultiCombobox control={control} noun="themes" options={themes} values={keptIds.read(v.themeIds)} onChange={(x) => form.setValue('themeIds', keptIds.write(x))} />}
      </Field>
      <Field id={problems.id('ref')} label={`${LABELS.ref} (optional)`} hint="Your own reference. Left blank, one is made for you." error={problems.error('ref')}>
        {(control) => <input {...control} className="width-10" value={v.ref} onChange={(e) => form.setValue('ref', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {product ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/reviews/:id/learning/new` and `/reviews/:id/learning/:productId/edit`. */
export function LearningProductFormPage() {
  const { id = '', productId } = useParams();
  const { asOf } = useFilters();
  const query = useReviewDetail(id, asOf);
  const review = query.data?.review;
  const product = productId ? review?.learningProducts.find((p) => p.id === productId) : undefined;
  const missing = !query.isLoading && (!review || (productId && !product));
  return (
    <>
      <PageHeader title={product ? `Edit “${product.title}”` : 'Record learning shared'} lead={review ? `From ${review.ref}: ${review.title}.` : undefined} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={Boolean(missing)} empty="There is no such review or learning product, or you may not see it.">
        {review && (!productId || product) ? <LearningProductForm review={review} product={product} /> : null}
      </QueryState>
    </>
  );
}
