import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { KNOWN_TO_AGENCY_WORDS } from '@sli/reviews-domain';
import { useFilters, useKeptValues, usePartnershipChoices, useViewer, type InformationRequestAnswerInput } from '@sli/shared/data-access';
import { CheckAnswers, DateInput, ErrorSummary, Field, formatDate, KeptNotice, NoAccess, PageHeader, QueryState, Radios, useCheckStep } from '@sli/shared/ui';
import { useRequestToAnswer, useSaveAnswer, type RequestToAnswer } from '../api/answers';
import { RequestStatusBadge } from '../components/request-status-badge';
import {
  ANSWER_LABELS,
  checkAnswer,
  fieldId,
  initialValues,
  PSEUDONYMS,
  rowsOf,
  serverProblems,
  type AnswerField,
  type AnswerProblems,
} from '../lib/answer-values';
import { ChronologyRows } from './chronology-rows';
import { REQUEST_KINDS } from './information-request-form';

const KNOWN_OPTIONS = (['YES', 'NO', 'UNKNOWN'] as const).map((value) => ({ value, label: KNOWN_TO_AGENCY_WORDS[value.toLowerCase() as 'yes'] }));

/**
 * An agency's answer to an information request: the scoping return's fields and its chronology rows,
 * saved as a draft (seen only by the agency and the business unit) or submitted, after a check of the
 * answers, which returns the request.
 */
function AnswerForm({ request }: { request: RequestToAnswer }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const agencies = usePartnershipChoices(request.review.partnershipId).data?.agencies ?? [{ value: request.agency.id, label: request.agency.name }];
  const form = useKeptValues(`answer:${request.id}`, initialValues(request));
  const v = form.values;
  const rows = rowsOf(v);
  const save = useSaveAnswer(request.id);
  const [local, setLocal] = useState<AnswerProblems | null>(null);
  const [shown, setShown] = useState<number[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const step = useCheckStep();
  const submitted = Boolean(request.answer?.submittedOn);
  const problems = local ?? serverProblems(save.error, shown);
  const err = (f: AnswerField) => problems.fields[f];
  const back = { pathname: `/reviews/${request.review.id}`, search, hash: 'review-timeline' };
  const set = (f: keyof typeof v, x: string) => {
    setSaved(null);
    form.setValue(f, x);
  };

  function send(input: InformationRequestAnswerInput, submit: boolean) {
    save.mutate(
      { input, submit },
      {
        onError: () => (submit ? step.back() : undefined),
        onSuccess: (r) =>
          submit
            ? navigate(back, { state: { flash: `Your answer to ${r.ref} was submitted: the request is returned.` } })
            : setSaved(`Draft saved. Only your agency and the business unit can see it until you submit it.`),
      },
    );
  }

  function attempt(e: FormEvent, submit: boolean) {
    e.preventDefault();
    const checked = checkAnswer(v, submit);
    setShown(checked.shown);
    if (checked.problems.summary.length > 0) {
      setLocal(checked.problems);
      return;
    }
    setLocal(null);
    if (submit) step.check();
    else send(checked.input, false);
  }

  if (step.checking) {
    const { input } = checkAnswer(v, true);
    const agencyName = (id: string | number | null | undefined) => agencies.find((a) => a.value === String(id))?.label ?? request.agency.name;
    return (
      <CheckAnswers
        title="Check your answer before submitting it"
        onChange={(f) => step.change(f === 'chronology' ? 'answer-row-1-occurredOn' : fieldId(f as AnswerField))}
        rows={[
          { key: ANSWER_LABELS.knownToAgency, field: 'knownToAgency', value: input.knownToAgency ? KNOWN_TO_AGENCY_WORDS[input.knownToAgency.toLowerCase() as 'yes'] : '' },
          { key: 'Involvement', field: 'involvedFrom', value: input.involvedFrom ? `${formatDate(input.involvedFrom)} to ${input.involvedTo ? formatDate(input.involvedTo) : 'now'}` : 'Not given' },
          { key: ANSWER_LABELS.involvement, field: 'involvement', value: input.involvement },
          { key: ANSWER_LABELS.analysis, field: 'analysis', value: input.analysis ?? 'None given' },
          { key: ANSWER_LABELS.notes, field: 'notes', value: input.notes ?? 'None given' },
          {
            key: 'Chronology',
            field: 'chronology',
            value: input.chronology?.length ? (
              <ol className="chronology-check">
                {input.chronology.map((c, i) => (
                  <li key={i}>
                    {c.occurredOn ? formatDate(c.occurredOn) : ''}, {agencyName(c.agencyId)}: {c.event}
                    {c.source ? ` (${c.source})` : ''}
                  </li>
                ))}
              </ol>
            ) : (
              'No rows'
            ),
          },
        ]}
      >
        <p>Submitting returns the request today. Other agencies in the review will see your chronology rows in the merged chronology.</p>
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={() => send(input, true)}>
            {save.isPending ? 'Submitting…' : 'Submit the return'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={(e) => attempt(e, true)} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the answer" /> : null}
      <ErrorSummary items={problems.summary} title="The answer was not saved" />
      {saved ? (
        <p className="success" role="status">
          {saved}
        </p>
      ) : null}
      <p>
        {REQUEST_KINDS[request.kind].label} for {request.review.ref}, asked of {request.agency.name} on {formatDate(request.sentOn)}, due on{' '}
        {formatDate(request.dueOn)}. Status: <RequestStatusBadge value={request.status} />
        {submitted && request.answer?.submittedOn ? <> Submitted on {formatDate(request.answer.submittedOn)}; changes are submitted again.</> : null}
      </p>
      <div className="inset" id="answer-pseudonyms">
        <strong>No names.</strong> {PSEUDONYMS}
      </div>
      <Radios
        id={fieldId('knownToAgency')}
        name="known-to-agency"
        legend={ANSWER_LABELS.knownToAgency}
        hint="The child or adult the review is about, by pseudonym."
        error={err('knownToAgency')}
        options={KNOWN_OPTIONS}
        value={v.knownToAgency}
        onChange={(x) => set('knownToAgency', x)}
      />
      <DateInput id={fieldId('involvedFrom')} legend={ANSWER_LABELS.involvedFrom} hint="For example 3 3 2026." error={err('involvedFrom')} value={v.involvedFrom} onChange={(x) => set('involvedFrom', x)} />
      <DateInput id={fieldId('involvedTo')} legend={ANSWER_LABELS.involvedTo} hint="Leave blank if your involvement continues." error={err('involvedTo')} value={v.involvedTo} onChange={(x) => set('involvedTo', x)} />
      {(['involvement', 'analysis', 'notes'] as const).map((f) => (
        <Field key={f} id={fieldId(f)} label={f === 'involvement' ? ANSWER_LABELS[f] : `${ANSWER_LABELS[f]} (optional)`} hint={PSEUDONYMS} error={err(f)}>
          {(control) => <textarea {...control} rows={5} value={v[f]} onChange={(e) => set(f, e.target.value)} />}
        </Field>
      ))}
      <h2>Chronology</h2>
      <p className="hint">Each contact or event your agency had, with its date. Rows left blank are not saved.</p>
      <ChronologyRows rows={rows} onChange={(next) => set('rows', JSON.stringify(next))} agencies={agencies} agencyId={request.agency.id} errors={problems.rows} />
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          Check and submit
        </button>
        {submitted ? null : (
          <button type="button" className="secondary" disabled={save.isPending} onClick={(e) => attempt(e, false)}>
            {save.isPending ? 'Saving…' : 'Save as draft'}
          </button>
        )}
        <Link to={back}>Back to the review</Link>
      </div>
    </form>
  );
}

/** `/reviews/:id/requests/:requestId/answer`: the owning agency's leads, and the business unit. */
export function AnswerFormPage() {
  const { requestId = '' } = useParams();
  const { asOf } = useFilters();
  const viewer = useViewer();
  const query = useRequestToAnswer(requestId, asOf);
  const request = query.data?.informationRequest;
  if (request && viewer.agency && viewer.agency.id !== request.agency.id) return <NoAccess />;
  return (
    <>
      <PageHeader title={request ? `Answer ${request.ref}` : 'Answer an information request'} lead={request ? `${request.agency.name}'s information for ${request.review.ref}: ${request.review.title}.` : undefined} />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={!query.isLoading && !request} empty="There is no such request, or you may not see it.">
        {request ? <AnswerForm key={request.id} request={request} /> : null}
      </QueryState>
    </>
  );
}
