import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { timescaleChangeProblems, type ReviewTypeValue, type TimescaleChangeKindValue, type TimescaleReasonValue } from '@sli/reviews-domain';
import { todayInEngland } from '@sli/shared/domain';
import { useFilters, useKeptValues, type TimescaleChangeKind, type TimescaleReason } from '@sli/shared/data-access';
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
import { changeName, useCreateTimescaleChange, useUpdateTimescaleChange } from '../api/timescale-records';
import { TIMESCALE_REASONS } from '../lib/review-plan-words';

type Change = ReviewDetail['timescaleChanges'][number];

const LABELS = {
  kind: 'Pause or extension',
  reason: 'Reason',
  reasonDetails: 'Details of the reason',
  startsOn: 'Date',
  endsOn: 'Date the review restarted',
  agreedDueOn: 'New due date',
  agreedBy: 'Agreed by',
};
type F = keyof typeof LABELS;

const STARTS_ON: Record<TimescaleChangeKind, string> = { PAUSE: 'Date the review was paused', EXTENSION: 'Date the extension was agreed' };
const KINDS: Record<TimescaleChangeKind, TimescaleChangeKindValue> = { PAUSE: 'pause', EXTENSION: 'extension' };
const REASONS: Record<TimescaleReason, TimescaleReasonValue> = {
  CRIMINAL_PROCEEDINGS: 'criminal-proceedings',
  INQUEST: 'inquest',
  FAMILY_ENGAGEMENT: 'family-engagement',
  NEW_INFORMATION: 'new-information',
  OTHER: 'other',
};
const toClock = (c: Change) => ({ kind: KINDS[c.kind], startsOn: c.startsOn, endsOn: c.endsOn ?? null, agreedDueOn: c.agreedDueOn ?? null });

/** Records a pause or an extension of a review (then "check your answers"), or corrects one / records the restart. */
function TimescaleChangeForm({ review, change }: { review: ReviewDetail; change?: Change }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`timescale:${change?.id ?? `new:${review.id}`}`, {
    kind: (change?.kind ?? '') as string,
    reason: (change?.reason ?? '') as string,
    reasonDetails: change?.reasonDetails ?? '',
    startsOn: isoToKept(change?.startsOn),
    endsOn: isoToKept(change?.endsOn),
    agreedDueOn: isoToKept(change?.agreedDueOn),
    agreedBy: change?.agreedBy ?? '',
  });
  const v = form.values;
  const create = useCreateTimescaleChange();
  const update = useUpdateTimescaleChange(change?.id ?? '');
  const save = change ? update : create;
  const kind = (v.kind || null) as TimescaleChangeKind | null;
  const reason = (v.reason || null) as TimescaleReason | null;
  const labels = { ...LABELS, startsOn: kind ? STARTS_ON[kind] : LABELS.startsOn };
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, labels, 'timescale', { local });
  const step = useCheckStep();
  const back = { pathname: `/reviews/${review.id}`, search, hash: 'review-timescale' };
  const startsOn = parseKeptDate(v.startsOn, labels.startsOn);
  const endsOn = parseKeptDate(v.endsOn, labels.endsOn);
  const agreedDueOn = parseKeptDate(v.agreedDueOn, labels.agreedDueOn);

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!kind) p.kind = 'Select a pause or an extension';
    if (!reason) p.reason = 'Select the reason';
    if (startsOn.problem) p.startsOn = startsOn.problem;
    else if (!startsOn.value) p.startsOn = `Enter the ${labels.startsOn.toLowerCase()}`;
    if (kind === 'PAUSE' && endsOn.problem) p.endsOn = endsOn.problem;
    if (kind === 'EXTENSION' && agreedDueOn.problem) p.agreedDueOn = agreedDueOn.problem;
    if (kind && reason && startsOn.value && Object.keys(p).length === 0) {
      // The API's and the importer's own rules, so the words beside the field are theirs.
      const others = review.timescaleChanges.filter((c) => c.id !== change?.id).map(toClock);
      const rules = timescaleChangeProblems(
        { ...fieldsOf(kind), kind: KINDS[kind], reason: REASONS[reason], reasonDetails: v.reasonDetails.trim() || null, startsOn: startsOn.value },
        { type: review.type.toLowerCase().replace(/_/g, '-') as ReviewTypeValue, initiatedOn: review.initiatedOn, completedOn: review.completedOn ?? null },
        others,
        todayInEngland(),
      );
      for (const r of rules) p[r.field as F] ??= sentence(labels[r.field as F] ?? '', r.message);
    }
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (change) send();
    else step.check();
  }

  /** What the kind holds: a pause its restart, an extension its new due date and who agreed it. */
  function fieldsOf(k: TimescaleChangeKind) {
    return k === 'PAUSE'
      ? { endsOn: endsOn.value, agreedDueOn: null, agreedBy: null }
      : { endsOn: null, agreedDueOn: agreedDueOn.value, agreedBy: v.agreedBy.trim() || null };
  }

  function send() {
    if (!kind || !reason || !startsOn.value) return;
    const input = { reason, reasonDetails: v.reasonDetails.trim() || null, startsOn: startsOn.value, ...fieldsOf(kind) };
    const done = (s: { kind: TimescaleChangeKind; startsOn: string }, verb: string) =>
      navigate(back, { state: { flash: `The ${changeName(s, formatDate)} was ${verb}.` } });
    if (change) update.mutate(input, { onError: step.back, onSuccess: (s) => done(s, 'saved') });
    else create.mutate({ ...input, kind, reviewId: review.id }, { onError: step.back, onSuccess: (s) => done(s, 'recorded') });
  }

  if (step.checking && kind && reason) {
    const rows = [
      { key: LABELS.kind, field: 'kind', value: kind === 'PAUSE' ? 'Pause' : 'Extension' },
      { key: LABELS.reason, field: 'reason', value: `${TIMESCALE_REASONS[reason]}${v.reasonDetails.trim() ? `: ${v.reasonDetails.trim()}` : ''}` },
      { key: labels.startsOn, field: 'startsOn', value: formatDate(startsOn.value) },
      ...(kind === 'PAUSE'
        ? [{ key: LABELS.endsOn, field: 'endsOn', value: endsOn.value ? formatDate(endsOn.value) : 'Still paused' }]
        : [
            { key: LABELS.agreedDueOn, field: 'agreedDueOn', value: formatDate(agreedDueOn.value) },
            { key: LABELS.agreedBy, field: 'agreedBy', value: v.agreedBy.trim() },
          ]),
    ];
    return (
      <CheckAnswers title={`Check your answers before recording the ${kind === 'PAUSE' ? 'pause' : 'extension'}`} onChange={(f) => step.change(problems.id(f as F))} rows={rows}>
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Recording…' : `Record the ${kind === 'PAUSE' ? 'pause' : 'extension'}`}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what={`the ${kind === 'EXTENSION' ? 'extension' : 'pause'}`} /> : null}
      <ErrorSummary items={problems.summary} title={change ? 'The change was not saved' : 'Nothing was recorded'} />
      {change ? null : (
        <Radios
          id={problems.id('kind')}
          name="timescale-kind"
          legend={LABELS.kind}
          error={problems.error('kind')}
          options={[
            { value: 'PAUSE', label: 'Pause', hint: 'The six-month clock stops until the review restarts.' },
            { value: 'EXTENSION', label: 'Extension', hint: 'A new due date, agreed (for example by the Panel or the board chair). The original stays on record.' },
          ]}
          value={v.kind}
          onChange={(x) => form.setValue('kind', x)}
        />
      )}
      <Radios
        id={problems.id('reason')}
        name="timescale-reason"
        legend={LABELS.reason}
        error={problems.error('reason')}
        options={Object.entries(TIMESCALE_REASONS).map(([value, label]) => ({ value, label }))}
        value={v.reason}
        onChange={(x) => form.setValue('reason', x)}
      />
      <Field
        id={problems.id('reasonDetails')}
        label={reason === 'OTHER' ? LABELS.reasonDetails : `${LABELS.reasonDetails} (optional)`}
        hint="No names or identifying details of the child or family."
        error={problems.error('reasonDetails')}
      >
        {(control) => <textarea {...control} rows={3} value={v.reasonDetails} onChange={(e) => form.setValue('reasonDetails', e.target.value)} />}
      </Field>
      <DateInput
        id={problems.id('startsOn')}
        legend={labels.startsOn}
        hint="For example 3 3 2026."
        error={problems.error('startsOn')}
        errorParts={local.startsOn ? startsOn.parts : undefined}
        value={v.startsOn}
        onChange={(x) => form.setValue('startsOn', x)}
      />
      {kind === 'PAUSE' ? (
        <DateInput
          id={problems.id('endsOn')}
          legend={`${LABELS.endsOn} (if it has)`}
          hint="Leave blank while the review is paused. The days from the pause to this date are added to the due date."
          error={problems.error('endsOn')}
          errorParts={local.endsOn ? endsOn.parts : undefined}
          value={v.endsOn}
          onChange={(x) => form.setValue('endsOn', x)}
        />
      ) : null}
      {kind === 'EXTENSION' ? (
        <>
          <DateInput
            id={problems.id('agreedDueOn')}
            legend={LABELS.agreedDueOn}
            hint="The date the review is now expected to complete."
            error={problems.error('agreedDueOn')}
            errorParts={local.agreedDueOn ? agreedDueOn.parts : undefined}
            value={v.agreedDueOn}
            onChange={(x) => form.setValue('agreedDueOn', x)}
          />
          <Field id={problems.id('agreedBy')} label={LABELS.agreedBy} hint="For example the Child Safeguarding Practice Review Panel, or the board chair." error={problems.error('agreedBy')}>
            {(control) => <input {...control} value={v.agreedBy} onChange={(e) => form.setValue('agreedBy', e.target.value)} />}
          </Field>
        </>
      ) : null}
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {change ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/reviews/:id/timescale/new` and `/reviews/:id/timescale/:changeId/edit`. */
export function TimescaleChangeFormPage() {
  const { id = '', changeId } = useParams();
  const { asOf } = useFilters();
  const query = useReviewDetail(id, asOf);
  const review = query.data?.review;
  const change = changeId ? review?.timescaleChanges.find((c) => c.id === changeId) : undefined;
  const missing = !query.isLoading && (!review || (changeId && !change));
  return (
    <>
      <PageHeader
        title={change ? `Edit the ${changeName(change, formatDate)}` : 'Record a pause or extension'}
        lead={review ? `Of ${review.ref}: ${review.title}.` : undefined}
      />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={Boolean(missing)} empty="There is no such review, pause or extension, or you may not see it.">
        {review && (!changeId || change) ? <TimescaleChangeForm review={review} change={change} /> : null}
      </QueryState>
    </>
  );
}
