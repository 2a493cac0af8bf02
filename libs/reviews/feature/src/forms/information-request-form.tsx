import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { informationRequestProblems } from '@sli/reviews-domain';
import { todayInEngland } from '@sli/shared/domain';
import { canDo, useFilters, useKeptValues, usePartnershipChoices, useViewer, type InformationRequestKind } from '@sli/shared/data-access';
import {
  CheckAnswers,
  Combobox,
  DateInput,
  ErrorSummary,
  Field,
  KeptNotice,
  NoAccess,
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
import { useCreateInformationRequest, useUpdateInformationRequest } from '../api/information-request-records';
import { useReviewDetail, type ReviewDetail } from '../api/review-detail';

type Request = ReviewDetail['informationRequests'][number];

const LABELS = {
  agencyId: 'Agency',
  kind: 'Information asked for',
  sentOn: 'Date asked',
  dueOn: 'Due',
  returnedOn: 'Date returned',
};
type F = keyof typeof LABELS;

export const REQUEST_KINDS: Record<InformationRequestKind, { label: string; hint: string }> = {
  RAPID_REVIEW_INFORMATION: { label: 'Information for the rapid review', hint: 'Involvement with the family and what the agency knew.' },
  SCOPING: { label: 'Scoping', hint: 'The scoping template: contact with the family in the period under review.' },
  CHRONOLOGY: { label: 'Chronology', hint: 'Dated entries of what the agency did and knew, using pseudonyms ("Child A"), never names.' },
  ANALYSIS: { label: 'Analysis', hint: "The agency's own analysis of its practice." },
};

/**
 * Asks an agency for its information for a review (then "check your answers"), or changes a request. An agency
 * lead records only the day its agency returned the information; the business unit records the rest.
 */
function InformationRequestForm({ review, existing, returnOnly }: { review: ReviewDetail; existing?: Request; returnOnly: boolean }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const choices = usePartnershipChoices(review.partnershipId).data;
  const form = useKeptValues(`information-request:${existing?.id ?? `new:${review.id}`}`, {
    agencyId: existing?.agency.id ?? '',
    kind: (existing?.kind ?? '') as string,
    sentOn: isoToKept(existing?.sentOn ?? (existing ? null : todayInEngland())),
    dueOn: isoToKept(existing?.dueOn),
    returnedOn: isoToKept(existing?.returnedOn ?? (returnOnly ? todayInEngland() : null)),
  });
  const v = form.values;
  const create = useCreateInformationRequest();
  const update = useUpdateInformationRequest(existing?.id ?? '');
  const save = existing ? update : create;
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'information request', { local });
  const step = useCheckStep();
  const back = { pathname: `/reviews/${review.id}`, search, hash: 'review-timeline' };
  const sentOn = parseKeptDate(v.sentOn, LABELS.sentOn);
  const dueOn = parseKeptDate(v.dueOn, LABELS.dueOn);
  const returnedOn = parseKeptDate(v.returnedOn, LABELS.returnedOn);
  const kind = (v.kind || null) as InformationRequestKind | null;
  const agencyName = choices?.agencies.find((a) => a.value === v.agencyId)?.label ?? existing?.agency.name ?? '';

  function submit(e: FormEvent) {
    e.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!returnOnly) {
      if (!v.agencyId) p.agencyId = 'Choose the agency asked';
      if (!kind) p.kind = 'Select the information asked for';
      if (sentOn.problem) p.sentOn = sentOn.problem;
      else if (!sentOn.value) p.sentOn = 'Enter the date the agency was asked';
      if (dueOn.problem) p.dueOn = dueOn.problem;
      else if (!dueOn.value) p.dueOn = 'Enter the date the information is due';
    }
    if (returnedOn.problem) p.returnedOn = returnedOn.problem;
    else if (returnOnly && !returnedOn.value) p.returnedOn = 'Enter the date the information was returned';
    if (sentOn.value && dueOn.value) {
      // The API's and the importer's own rule, so the words beside the field are theirs.
      const rules = informationRequestProblems(
        { sentOn: sentOn.value, dueOn: dueOn.value, remindedOn: null, returnedOn: returnedOn.value ?? null },
        todayInEngland(),
      );
      for (const r of rules) if (r.field in LABELS) p[r.field as F] ??= sentence(LABELS[r.field as F], r.message);
    }
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (existing) send();
    else step.check();
  }

  function send() {
    const done = (s: { ref: string }, verb: string) => navigate(back, { state: { flash: `Information request ${s.ref} ${verb}.` } });
    if (returnOnly) {
      update.mutate({ returnedOn: returnedOn.value ?? null }, { onSuccess: (s) => done(s, 'recorded as returned') });
      return;
    }
    if (!kind || !sentOn.value || !dueOn.value) return;
    const input = { agencyId: v.agencyId, kind, sentOn: sentOn.value, dueOn: dueOn.value, returnedOn: returnedOn.value ?? null };
    if (existing) update.mutate(input, { onSuccess: (s) => done(s, 'saved') });
    else create.mutate({ ...input, reviewId: review.id }, { onError: step.back, onSuccess: (s) => done(s, 'recorded') });
  }

  if (step.checking && kind && sentOn.value && dueOn.value) {
    return (
      <CheckAnswers
        title="Check your answers before recording the request"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.agencyId, field: 'agencyId', value: agencyName },
          { key: LABELS.kind, field: 'kind', value: REQUEST_KINDS[kind].label },
          { key: LABELS.sentOn, field: 'sentOn', value: formatDate(sentOn.value) },
          { key: LABELS.dueOn, field: 'dueOn', value: formatDate(dueOn.value) },
          { key: LABELS.returnedOn, field: 'returnedOn', value: returnedOn.value ? formatDate(returnedOn.value) : 'Not yet' },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Recording…' : 'Record the request'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the information request" /> : null}
      <ErrorSummary items={problems.summary} title={existing ? 'The information request was not saved' : 'The information request was not recorded'} />
      {returnOnly && existing ? (
        <p>
          {REQUEST_KINDS[existing.kind].label} from {existing.agency.name}, asked on {formatDate(existing.sentOn)}, due on {formatDate(existing.dueOn)}.
        </p>
      ) : (
        <>
          <Field id={problems.id('agencyId')} label={LABELS.agencyId} hint="Start typing the agency, then choose it from the list." error={problems.error('agencyId')}>
            {(control) => <Combobox control={control} noun="agencies" options={choices?.agencies ?? []} value={v.agencyId} onChange={(x) => form.setValue('agencyId', x)} />}
          </Field>
          <Radios
            id={problems.id('kind')}
            name="request-kind"
            legend={LABELS.kind}
            hint="No names of children or family members: agencies use pseudonyms such as “Child A”."
            error={problems.error('kind')}
            options={Object.entries(REQUEST_KINDS).map(([value, k]) => ({ value, label: k.label, hint: k.hint }))}
            value={v.kind}
            onChange={(x) => form.setValue('kind', x)}
          />
          <DateInput
            id={problems.id('sentOn')}
            legend={LABELS.sentOn}
            hint="Agencies are asked within 2 working days of the notification. For example 3 3 2026."
            error={problems.error('sentOn')}
            errorParts={local.sentOn ? sentOn.parts : undefined}
            value={v.sentOn}
            onChange={(x) => form.setValue('sentOn', x)}
          />
          <DateInput
            id={problems.id('dueOn')}
            legend={LABELS.dueOn}
            hint="Agencies reply within 5 working days of the request."
            error={problems.error('dueOn')}
            errorParts={local.dueOn ? dueOn.parts : undefined}
            value={v.dueOn}
            onChange={(x) => form.setValue('dueOn', x)}
          />
        </>
      )}
      <DateInput
        id={problems.id('returnedOn')}
        legend={LABELS.returnedOn}
        hint={returnOnly ? 'The day your agency sent its information.' : 'Leave blank while the information is outstanding.'}
        error={problems.error('returnedOn')}
        errorParts={local.returnedOn ? returnedOn.parts : undefined}
        value={v.returnedOn}
        onChange={(x) => form.setValue('returnedOn', x)}
      />
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {existing ? (save.isPending ? 'Saving…' : returnOnly ? 'Record the return' : 'Save changes') : 'Continue'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/reviews/:id/requests/new` (the business unit) and `/reviews/:id/requests/:requestId/edit` (an agency lead: the return only). */
export function InformationRequestFormPage() {
  const { id = '', requestId } = useParams();
  const { asOf } = useFilters();
  const viewer = useViewer();
  const query = useReviewDetail(id, asOf);
  const review = query.data?.review;
  const existing = requestId ? review?.informationRequests.find((r) => r.id === requestId) : undefined;
  const missing = !query.isLoading && (!review || (requestId && !existing));
  if (!requestId && !canDo(viewer, 'createInformationRequest')) return <NoAccess />;
  // An agency lead answers for its own agency only, and records only the return.
  const returnOnly = Boolean(viewer.agency);
  if (existing && viewer.agency && viewer.agency.id !== existing.agency.id) return <NoAccess />;
  const title = existing ? (returnOnly ? `Record the return of ${existing.ref}` : `Change information request ${existing.ref}`) : 'Ask an agency for information';
  return (
    <>
      <PageHeader title={title} lead={review ? `For ${review.ref}: ${review.title}.` : undefined} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={Boolean(missing)} empty="There is no such review or request, or you may not see it.">
        {review && (!requestId || existing) ? <InformationRequestForm review={review} existing={existing} returnOnly={returnOnly} /> : null}
      </QueryState>
    </>
  );
}
