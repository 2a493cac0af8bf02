import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  kindOf,
  kindScope,
  reviewTypeOptions,
  useFilters,
  useKeptValues,
  useViewer,
  usePartnershipChoices,
  type FamilyParticipation,
  type RapidReviewOutcome,
  type ReviewStatus,
  type ReviewType,
} from '@sli/shared/data-access';
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
  useCheckStep,
  useFieldProblems,
  type AnswerRow,
} from '@sli/shared/ui';
import { useNotificationRecord } from '../api/notification';
import { useReviewDetail, type ReviewDetail } from '../api/review-detail';
import { useCreateReview, useUpdateReview } from '../api/review-records';
import { REVIEW_STATUSES, REVIEW_TYPE_LABELS, reviewTypeLabel } from '../lib/review-types';

const LABELS = {
  type: 'Type of review',
  title: 'Title',
  initiatedOn: 'Date the review was initiated',
  status: 'Status',
  infoRequestedOn: 'Date agencies were asked for information',
  meetingOn: 'Date of the rapid review meeting',
  sentToPanelOn: 'Date sent to the Panel',
  rapidReviewOutcome: 'Outcome',
  nationalReviewRecommended: 'National review recommended',
  termsAgreedOn: 'Date terms of reference agreed',
  completedOn: 'Date completed',
  publishedOn: 'Date published',
  independentReviewer: 'Independent reviewer',
  agencyIds: 'Agencies involved',
  themeIds: 'Themes',
  ref: 'Reference',
};
type F = keyof typeof LABELS;
const DATES = ['initiatedOn', 'infoRequestedOn', 'meetingOn', 'sentToPanelOn', 'termsAgreedOn', 'completedOn', 'publishedOn'] as const;
type DateField = (typeof DATES)[number];

const OUTCOMES: Record<RapidReviewOutcome | '', string> = {
  '': 'Not decided yet',
  LCSPR: 'Local child safeguarding practice review (LCSPR)',
  OTHER_LEARNING_REVIEW: 'Other learning review',
  NO_FURTHER_REVIEW: 'No further review',
};
const YES_NO: Record<string, string> = { '': 'Not decided yet', yes: 'Yes', no: 'No' };
const yesNo = (b: boolean | null | undefined) => (b === true ? 'yes' : b === false ? 'no' : '');

interface Links {
  notificationId: string | null;
  sourceReviewId: string | null;
}

function initial(type: string, r?: ReviewDetail) {
  return {
    type: (r?.type ?? type) as string,
    title: r?.title ?? '',
    initiatedOn: isoToKept(r?.initiatedOn),
    status: (r?.status ?? 'PROPOSED') as string,
    infoRequestedOn: isoToKept(r?.infoRequestedOn),
    meetingOn: isoToKept(r?.meetingOn),
    sentToPanelOn: isoToKept(r?.sentToPanelOn),
    rapidReviewOutcome: (r?.rapidReviewOutcome ?? '') as string,
    nationalReviewRecommended: yesNo(r?.nationalReviewRecommended),
    termsAgreedOn: isoToKept(r?.termsAgreedOn),
    completedOn: isoToKept(r?.completedOn),
    publishedOn: isoToKept(r?.publishedOn),
    independentReviewer: r ? yesNo(r.independentReviewer) : 'no',
    agencyIds: keptIds.write(r?.agencies.map((a) => a.id) ?? []),
    themeIds: keptIds.write(r?.themes.map((t) => t.id) ?? []),
    ref: r?.ref ?? '',
  };
}

/** Opens a review (a rapid review from its notification, an LCSPR from its rapid review), or edits one. */
function ReviewForm({ partnershipId, review, links, type }: { partnershipId: string; review?: ReviewDetail; links: Links; type: string }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`review:${review?.id ?? `new:${type}:${links.notificationId ?? ''}:${links.sourceReviewId ?? ''}`}`, initial(type, review));
  const v = form.values;
  const choices = usePartnershipChoices(partnershipId);
  // Only the types the partnership's kind holds (the API refuses the others): no SARs for a children's partnership.
  const offered = new Set(reviewTypeOptions(kindScope(kindOf(useViewer().partnerships, partnershipId))).map((o) => o.value));
  const create = useCreateReview();
  const update = useUpdateReview(review?.id ?? '');
  const save = review ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'review', { local });
  const step = useCheckStep();
  const rapid = v.type === 'RAPID_REVIEW';
  const dates = Object.fromEntries(DATES.map((f) => [f, parseKeptDate(v[f], LABELS[f])])) as Record<DateField, ReturnType<typeof parseKeptDate>>;
  const shown: readonly DateField[] = rapid ? ['initiatedOn', 'infoRequestedOn', 'meetingOn', 'sentToPanelOn'] : ['initiatedOn', 'termsAgreedOn', 'completedOn', 'publishedOn'];
  const names = (kept: string, list: { value: string; label: string }[] | undefined) =>
    keptIds.read(kept).map((id) => list?.find((o) => o.value === id)?.label ?? id).join(', ');

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v.type) p.type = 'Select the type of review';
    if (!v.title.trim()) p.title = 'Enter the title';
    for (const f of shown) if (dates[f].problem) p[f] = dates[f].problem;
    if (!p.initiatedOn && !dates.initiatedOn.value) p.initiatedOn = `Enter the ${LABELS.initiatedOn.toLowerCase()}`;
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (review) send();
    else step.check();
  }

  function send() {
    const d = (f: DateField) => (shown.includes(f) ? dates[f].value : undefined);
    const input = {
      title: v.title.trim(),
      initiatedOn: dates.initiatedOn.value as string,
      status: v.status as ReviewStatus,
      agencyIds: keptIds.read(v.agencyIds),
      themeIds: keptIds.read(v.themeIds),
      ...(rapid
        ? {
            infoRequestedOn: d('infoRequestedOn'),
            meetingOn: d('meetingOn'),
            sentToPanelOn: d('sentToPanelOn'),
            rapidReviewOutcome: (v.rapidReviewOutcome || null) as RapidReviewOutcome | null,
            nationalReviewRecommended: v.nationalReviewRecommended ? v.nationalReviewRecommended === 'yes' : null,
          }
        : {
            termsAgreedOn: d('termsAgreedOn'),
            completedOn: d('completedOn'),
            publishedOn: d('publishedOn'),
            independentReviewer: v.independentReviewer === 'yes',
          }),
      ...(v.ref.trim() ? { ref: v.ref.trim() } : {}),
    };
    const done = (saved: { id: string; ref: string }, verb: string) =>
      navigate({ pathname: `/reviews/${saved.id}`, search }, { state: { flash: `${reviewTypeLabel(v.type as ReviewType)} ${saved.ref} ${verb}.` } });
    if (review) update.mutate(input, { onError: step.back, onSuccess: (s) => done(s, 'saved') });
    else
      create.mutate(
        { ...input, partnershipId, type: v.type as ReviewType, notificationId: links.notificationId, sourceReviewId: links.sourceReviewId, familyParticipation: 'NOT_YET_OFFERED' as FamilyParticipation },
        { onError: step.back, onSuccess: (s) => done(s, 'opened') },
      );
  }

  if (step.checking) {
    const rows: AnswerRow[] = [
      { key: LABELS.type, field: 'type', value: REVIEW_TYPE_LABELS[v.type as ReviewType] },
      { key: LABELS.title, field: 'title', value: v.title.trim() },
      ...shown.map((f) => ({ key: LABELS[f], field: f, value: dates[f].value ? formatDate(dates[f].value) : '' })),
      { key: LABELS.status, field: 'status', value: REVIEW_STATUSES.find(([s]) => s === v.status)?.[1] ?? v.status },
      ...(rapid
        ? [
            { key: LABELS.rapidReviewOutcome, field: 'rapidReviewOutcome', value: OUTCOMES[v.rapidReviewOutcome as RapidReviewOutcome | ''] },
            { key: LABELS.nationalReviewRecommended, field: 'nationalReviewRecommended', value: YES_NO[v.nationalReviewRecommended] },
          ]
        : [{ key: LABELS.independentReviewer, field: 'independentReviewer', value: YES_NO[v.independentReviewer] }]),
      { key: LABELS.agencyIds, field: 'agencyIds', value: names(v.agencyIds, choices.data?.agencies) },
      { key: LABELS.themeIds, field: 'themeIds', value: names(v.themeIds, choices.data?.themes) },
      { key: LABELS.ref, field: 'ref', value: v.ref.trim() || 'Made for you when opened' },
    ];
    return (
      <CheckAnswers title="Check your answers before opening the review" rows={rows} onChange={(f) => step.change(problems.id(f as F))}>
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Opening…' : `Open the ${rapid ? 'rapid review' : 'review'}`}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  const dateHint: Partial<Record<DateField, string>> = {
    initiatedOn: rapid ? 'Usually the day the notification was made. For example, 27 3 2025.' : 'The day the decision to hold the review was made. For example, 27 3 2025.',
    sentToPanelOn: 'Within 15 working days of the notification.',
  };
  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the review" /> : null}
      <ErrorSummary items={problems.summary} title={review ? 'The review was not saved' : 'The review was not opened'} />
      {review || type ? null : (
        <Field id={problems.id('type')} label={LABELS.type} error={problems.error('type')}>
          {(control) => (
            <select {...control} value={v.type} onChange={(e) => form.setValue('type', e.target.value)}>
              <option value="">Choose a type</option>
              {Object.entries(REVIEW_TYPE_LABELS).filter(([value]) => offered.has(value.toLowerCase().replace(/_/g, '-'))).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field id={problems.id('title')} label={LABELS.title} hint="How the partnership refers to the review, for example “Child Q”. No real names." error={problems.error('title')}>
        {(control) => <input {...control} value={v.title} onChange={(e) => form.setValue('title', e.target.value)} />}
      </Field>
      {shown.map((f) => (
        <DateInput
          key={f}
          id={problems.id(f)}
          legend={f === 'initiatedOn' ? LABELS[f] : `${LABELS[f]} (if known)`}
          hint={dateHint[f]}
          error={problems.error(f)}
          errorParts={local[f] ? dates[f].parts : undefined}
          value={v[f]}
          onChange={(x) => form.setValue(f, x)}
        />
      ))}
      <Field id={problems.id('status')} label={LABELS.status} error={problems.error('status')}>
        {(control) => (
          <select {...control} value={v.status} onChange={(e) => form.setValue('status', e.target.value)}>
            {REVIEW_STATUSES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {rapid ? (
        <>
          <Radios
            id={problems.id('rapidReviewOutcome')}
            name="rapidReviewOutcome"
            legend={LABELS.rapidReviewOutcome}
            error={problems.error('rapidReviewOutcome')}
            options={Object.entries(OUTCOMES).map(([value, label]) => ({ value, label }))}
            value={v.rapidReviewOutcome}
            onChange={(x) => form.setValue('rapidReviewOutcome', x)}
          />
          <Radios
            id={problems.id('nationalReviewRecommended')}
            name="nationalReviewRecommended"
            legend={LABELS.nationalReviewRecommended}
            error={problems.error('nationalReviewRecommended')}
            options={Object.entries(YES_NO).map(([value, label]) => ({ value, label }))}
            value={v.nationalReviewRecommended}
            onChange={(x) => form.setValue('nationalReviewRecommended', x)}
          />
        </>
      ) : (
        <Radios
          id={problems.id('independentReviewer')}
          name="independentReviewer"
          legend={LABELS.independentReviewer}
          error={problems.error('independentReviewer')}
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          value={v.independentReviewer}
          onChange={(x) => form.setValue('independentReviewer', x)}
        />
      )}
      <Field id={problems.id('agencyIds')} label={`${LABELS.agencyIds} (optional)`} hint="Start typing an agency, then choose it from the list." error={problems.error('agencyIds')}>
        {(control) => (
          <MultiCombobox control={control} noun="agencies" options={choices.data?.agencies ?? []} values={keptIds.read(v.agencyIds)} onChange={(x) => form.setValue('agencyIds', keptIds.write(x))} />
        )}
      </Field>
      <Field id={problems.id('themeIds')} label={`${LABELS.themeIds} (optional)`} hint="Start typing a theme, then choose it from the list." error={problems.error('themeIds')}>
        {(control) => (
          <MultiCombobox control={control} noun="themes" options={choices.data?.themes ?? []} values={keptIds.read(v.themeIds)} onChange={(x) => form.setValue('themeIds', keptIds.write(x))} />
        )}
      </Field>
      <Field id={problems.id('ref')} label={`${LABELS.ref} (optional)`} hint="Your own reference. Left blank, one is made for you." error={problems.error('ref')}>
        {(control) => <input {...control} className="width-10" value={v.ref} onChange={(e) => form.setValue('ref', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {review ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={{ pathname: review ? `/reviews/${review.id}` : links.sourceReviewId ? `/reviews/${links.sourceReviewId}` : links.notificationId ? `/reviews/notifications/${links.notificationId}` : '/reviews', search }}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

/** `/reviews/new?type=RAPID_REVIEW&notificationId=…` or `?type=LCSPR&sourceReviewId=…&notificationId=…`. */
export function NewReviewPage() {
  const [params] = useSearchParams();
  const { filters, asOf } = useFilters();
  const type = params.get('type') && params.get('type') as string in REVIEW_TYPE_LABELS ? (params.get('type') as string) : '';
  const links = { notificationId: params.get('notificationId'), sourceReviewId: params.get('sourceReviewId') };
  const notification = useNotificationRecord(links.notificationId ?? '', asOf);
  const source = useReviewDetail(links.sourceReviewId ?? '', asOf);
  const partnershipId = source.data?.review?.partnershipId ?? notification.data?.partnershipId ?? filters.partnershipId;
  const loading = (links.notificationId && notification.isLoading) || (links.sourceReviewId && source.isLoading);
  const from = [
    source.data?.review ? `${reviewTypeLabel(source.data.review.type)} ${source.data.review.ref}` : null,
    notification.data ? `notification ${notification.data.ref}` : null,
  ].filter(Boolean);
  const what = type === 'RAPID_REVIEW' ? 'a rapid review' : type === 'LCSPR' ? 'a local child safeguarding practice review' : 'a review';
  return (
    <>
      <PageHeader title={`Open ${what}`} lead={from.length ? `Arising from ${from.join(' and ')}.` : undefined} />
      <QueryState isLoading={Boolean(loading)} error={notification.error ?? source.error}>
        {partnershipId ? <ReviewForm partnershipId={partnershipId} links={links} type={type} /> : <p className="state">Choose a partnership first.</p>}
      </QueryState>
    </>
  );
}

/** `/reviews/:id/edit`. */
export function EditReviewPage() {
  const { id = '' } = useParams();
  const { asOf } = useFilters();
  const query = useReviewDetail(id, asOf);
  const review = query.data?.review;
  return (
    <>
      <PageHeader title={review ? `Edit ${review.ref}: ${review.title}` : 'Edit review'} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !review} empty="There is no review with this address, or you may not see it.">
        {review ? <ReviewForm partnershipId={review.partnershipId} review={review} links={{ notificationId: review.notification?.id ?? null, sourceReviewId: review.sourceReview?.id ?? null }} type={review.type} /> : null}
      </QueryState>
    </>
  );
}
