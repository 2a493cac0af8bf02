import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
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
import { followUpProblems } from '@sli/training-domain';
import { useRecordFollowUp, type Booking, type SessionRecord } from '../api/training-records';
import { bookingWords, useBookingOfPage } from './evaluation-form';

const LABELS = {
  sentOn: 'Date the follow-up was sent',
  respondedOn: 'Date of the answer',
  changedPractice: 'Answer on changed practice',
  example: 'Example',
  attendanceId: 'Booking',
};
type F = keyof typeof LABELS;
const ANSWERS = [
  { value: 'yes', label: 'Yes, it has changed their practice' },
  { value: 'no', label: 'No' },
  { value: 'none', label: 'No answer yet' },
];

/**
 * Records the practice-change follow-up of someone who attended: first when it is sent, again when
 * they answer (then "check your answers" the first time). The rules are the domain's
 * (`followUpProblems`), checked here before sending with the API's words.
 */
function FollowUpForm({ session, booking }: { session: SessionRecord; booking: Booking }) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const f = booking.followUp;
  const form = useKeptValues(`training-follow-up:${booking.id}`, {
    sentOn: isoToKept(f?.sentOn),
    respondedOn: isoToKept(f?.respondedOn),
    changedPractice: f?.changedPractice === true ? 'yes' : f?.changedPractice === false ? 'no' : 'none',
    example: f?.example ?? '',
  });
  const v = form.values;
  const save = useRecordFollowUp(booking.id);
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'follow-up', { local });
  const step = useCheckStep();
  const sent = parseKeptDate(v.sentOn, LABELS.sentOn);
  const responded = parseKeptDate(v.respondedOn, LABELS.respondedOn);
  const back = { pathname: `/training/sessions/${session.id}`, search, hash: 'register' };

  function input() {
    return {
      sentOn: sent.value as string,
      respondedOn: responded.value,
      changedPractice: v.changedPractice === 'yes' ? true : v.changedPractice === 'no' ? false : null,
      example: v.example.trim() || null,
    };
  }

  function submit(ev: FormEvent) {
    ev.preventDefault();
    const p: Partial<Record<F, string>> = {};
    if (sent.problem) p.sentOn = sent.problem;
    else if (!sent.value) p.sentOn = 'Enter the date the follow-up was sent';
    if (responded.problem) p.respondedOn = responded.problem;
    if (v.example.trim().length > 5000) p.example = 'Example must be 5,000 characters or fewer';
    if (sent.value && !responded.problem) {
      for (const rule of followUpProblems(input(), session.sessionDate, todayInEngland())) {
        p[rule.field as F] ??= sentence(LABELS[rule.field as F], rule.message);
      }
    }
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    if (f) send();
    else step.check();
  }

  function send() {
    save.mutate(input(), {
      onError: step.back,
      onSuccess: () => navigate(back, { state: { flash: `Follow-up ${f ? 'saved' : 'recorded'} for ${bookingWords(booking)}.` } }),
    });
  }

  if (step.checking) {
    return (
      <CheckAnswers
        title="Check your answers before recording the follow-up"
        onChange={(x) => step.change(problems.id(x as F))}
        rows={[
          { key: LABELS.sentOn, field: 'sentOn', value: formatDate(sent.value) },
          { key: LABELS.respondedOn, field: 'respondedOn', value: responded.value ? formatDate(responded.value) : '' },
          { key: LABELS.changedPractice, field: 'changedPractice', value: ANSWERS.find((a) => a.value === v.changedPractice)?.label },
          { key: LABELS.example, field: 'example', value: v.example.trim() },
        ]}
      >
        <div className="button-group">
          <button type="button" className="primary" disabled={save.isPending} onClick={send}>
            {save.isPending ? 'Recording…' : 'Record the follow-up'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form">
      {form.kept ? <KeptNotice what="the follow-up" /> : null}
      <ErrorSummary items={problems.summary} title={f ? 'The follow-up was not saved' : 'The follow-up was not recorded'} />
      <DateInput
        id={problems.id('sentOn')}
        legend={LABELS.sentOn}
        hint={`On or after the session (${formatDate(session.sessionDate)}), usually some weeks later.`}
        error={problems.error('sentOn')}
        errorParts={local.sentOn && sent.parts.length ? sent.parts : undefined}
        value={v.sentOn}
        onChange={(x) => form.setValue('sentOn', x)}
      />
      <DateInput
        id={problems.id('respondedOn')}
        legend={`${LABELS.respondedOn} (if they answered)`}
        hint="Leave blank until they answer."
        error={problems.error('respondedOn')}
        errorParts={local.respondedOn && responded.parts.length ? responded.parts : undefined}
        value={v.respondedOn}
        onChange={(x) => form.setValue('respondedOn', x)}
      />
      <Radios
        id={problems.id('changedPractice')}
        name="changedPractice"
        legend="Has the training changed their practice?"
        error={problems.error('changedPractice')}
        options={ANSWERS}
        value={v.changedPractice}
        onChange={(x) => form.setValue('changedPractice', x)}
      />
      <Field id={problems.id('example')} label={`${LABELS.example} (optional)`} hint="What they now do differently, in their words. No names." error={problems.error('example')}>
        {(control) => <textarea {...control} rows={3} value={v.example} onChange={(ev) => form.setValue('example', ev.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {f ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

/** `/training/sessions/:id/register/:attendanceId/follow-up`. */
export function FollowUpFormPage() {
  const { query, session, booking, missing } = useBookingOfPage();
  return (
    <>
      <PageHeader
        title={booking?.followUp ? 'Change the follow-up' : 'Record the follow-up'}
        lead={session && booking ? `${bookingWords(booking)}, at the session of “${session.course.title}” on ${formatDate(session.sessionDate)}.` : undefined}
      />
      <QueryState isLoading={query.isLoading} error={query.error} isEmpty={missing} empty="There is no such session or booking, or you may not see it.">
        {session && booking ? (
          booking.attended ? (
            <FollowUpForm session={session} booking={booking} />
          ) : (
            <p className="state">They did not attend, so there is no follow-up to record. Change the booking first if they did attend.</p>
          )
        ) : null}
      </QueryState>
    </>
  );
}
