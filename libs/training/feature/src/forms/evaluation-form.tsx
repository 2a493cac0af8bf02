import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { todayInEngland } from '@sli/shared/domain';
import { useFilters, useKeptValues } from '@sli/shared/data-access';
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
import { evaluationProblems } from '@sli/training-domain';
import { useRecordEvaluation, useSessionRecord, type Booking, type SessionRecord } from '../api/training-records';
import { SCALE } from '../lib/record-labels';

const LABELS = {
  confidenceBefore: 'Confidence before the session',
  confidenceAfter: 'Confidence after the session',
  satisfaction: 'Satisfaction with the session',
  comment: 'Comment',
  submittedOn: 'Date the evaluation was submitted',
  attendanceId: 'Booking',
};
type F = keyof typeof LABELS;
const NOT_ASKED = 'none';

/** Who a booking is, without a name: "Northshire Police, Health visitor". */
export const bookingWords = (b: Booking) => `${b.agency.name}${b.role ? `, ${b.role}` : ''}`;

/**
 * Records the evaluation of someone who attended (then "check your answers"), or changes it. The date
 * rules are the domain's (`evaluationProblems`), checked here before sending with the API's words.
 */
function EvaluationForm({ session, booking }: { session: SessionRecord; booking: Booking }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const e = booking.evaluation;
  const form = useKeptValues(`training-evaluation:${booking.id}`, {
    confidenceBefore: e ? String(e.confidenceBefore) : '',
    confidenceAfter: e ? String(e.confidenceAfter) : '',
    satisfaction: e?.satisfaction ? String(e.satisfaction) : e ? NOT_ASKED : '',
    comment: e?.comment ?? '',
    submittedOn: isoToKept(e?.submittedOn),
  });
  const v = form.values;
  const save = useRecordEvaluation(booking.id);
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'evaluation', { local });
  const step = useCheckStep();
  const submitted = parseKeptDate(v.submittedOn, LABELS.submittedOn);
  const back = { pathname: `/training/sessions/${session.id}`, search, hash: 'register' };

  function submit(ev: FormEvent) {
    ev.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (!v.confidenceBefore) p.confidenceBefore = 'Select the confidence before the session, from 1 to 5';
    if (!v.confidenceAfter) p.confidenceAfter = 'Select the confidence after the session, from 1 to 5';
    if (v.comment.trim().length > 5000) p.comment = 'Comment must be 5,000 characters or fewer';
    if (submitted.problem) p.submittedOn = submitted.problem;
    else if (!submitted.value) p.submittedOn = 'Enter the date the evaluation was submitted';
    else {
      for (const rule of evaluationProblems({ submittedOn: submitted.value }, session.sessionDate, todayInEngland())) {
        p[rule.field as F] ??= sentence(LABELS[rule.field as F], rule.message);
      }
    }
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (e) send();
    else step.check();
  }

  function send() {
    const input = {
      confidenceBefore: Number(v.confidenceBefore),
      confidenceAfter: Number(v.confidenceAfter),
      satisfaction: v.satisfaction && v.satisfaction !== NOT_ASKED ? Number(v.satisfaction) : null,
      comment: v.comment.trim() || null,
      submittedOn: submitted.value as string,
    };
    save.mutate(input, {
      onError: step.back,
      onSuccess: () => navigate(back, { state: { flash: `Evaluation ${e ? 'saved' : 'recorded'} for ${bookingWords(booking)}.` } }),
    });
  }

  if (step.checking) {
    return (
      <CheckAnswers
        title="Check your answers before recording the evaluation"
        onChange={(f) => step.change(problems.id(f as F))}
        rows={[
          { key: LABELS.confidenceBefore, field: 'confidenceBefore', value: `${v.confidenceBefore} of 5` },
          { key: LABELS.confidenceAfter, field: 'confidenceAfter', value: `${v.confidenceAfter} of 5` },
          { key: LABELS.satisfaction, field: 'satisfaction', value: v.satisfaction && v.satisfaction !== NOT_ASKED ? `${v.satisfaction} of 5` : '' },
          { key: LABELS.comment, field: 'comment', value: v.comment.trim() },
          { key: LABELS.submittedOn, field: 'submittedOn', value: formatDate(submitted.value) },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Recording…' : 'Record the evaluation'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the evaluation" /> : null}
      <ErrorSummary items={problems.summary} title={e ? 'The evaluation was not saved' : 'The evaluation was not recorded'} />
      <Radios
        id={problems.id('confidenceBefore')}
        name="confidenceBefore"
        legend={LABELS.confidenceBefore}
        hint="As they rated it, from 1 (not confident) to 5 (very confident)."
        error={problems.error('confidenceBefore')}
        options={SCALE}
        value={v.confidenceBefore}
        onChange={(x) => form.setValue('confidenceBefore', x)}
      />
      <Radios
        id={problems.id('confidenceAfter')}
        name="confidenceAfter"
        legend={LABELS.confidenceAfter}
        error={problems.error('confidenceAfter')}
        options={SCALE}
        value={v.confidenceAfter}
        onChange={(x) => form.setValue('confidenceAfter', x)}
      />
      <Radios
        id={problems.id('satisfaction')}
        name="satisfaction"
        legend={`${LABELS.satisfaction} (optional)`}
        error={problems.error('satisfaction')}
        options={[...SCALE, { value: NOT_ASKED, label: 'Not asked or not answered' }]}
        value={v.satisfaction}
        onChange={(x) => form.setValue('satisfaction', x)}
      />
      <Field id={problems.id('comment')} label={`${LABELS.comment} (optional)`} hint="What they said about the session. No names." error={problems.error('comment')}>
        {(control) => <textarea {...control} rows={3} value={v.comment} onChange={(ev) => form.setValue('comment', ev.target.value)} />}
      </Field>
      <DateInput
        id={problems.id('submittedOn')}
        legend={LABELS.submittedOn}
        hint={`On or after the session (${formatDate(session.sessionDate)}) and not in the future.`}
        error={problems.error('submittedOn')}
        errorParts={local.submittedOn && submitted.parts.length ? submitted.parts : undefined}
        value={v.submittedOn}
        onChange={(x) => form.setValue('submittedOn', x)}
      />
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {e ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** The session and booking of `/training/sessions/:id/register/:attendanceId/...`, for the evaluation and follow-up forms. */
export function useBookingOfPage() {
  const { id = '', attendanceId = '' } = useParams();
  const query = useSessionRecord(id);
  const session = query.data ?? undefined;
  const booking = session?.attendances.find((a) => a.id === attendanceId);
  const missing = !query.isLoading && (!session || !booking);
  return { query, session, booking, missing };
}

/** `/training/sessions/:id/register/:attendanceId/evaluation`. */
export function EvaluationFormPage() {
  const { query, session, booking, missing } = useBookingOfPage();
  return (
    <>
      <PageHeader
        title={booking?.evaluation ? 'Change the evaluation' : 'Record the evaluation'}
        lead={session && booking ? `${bookingWords(booking)}, at the session of “${session.course.title}” on ${formatDate(session.sessionDate)}.` : undefined}
      />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={missing} empty="There is no such session or booking, or you may not see it.">
        {session && booking ? (
          booking.attended ? (
            <EvaluationForm session={session} booking={booking} />
          ) : (
            <p className="state">They did not attend, so there is no evaluation to record. Change the booking first if they did attend.</p>
          )
        ) : null}
      </QueryState>
    </>
  );
}
