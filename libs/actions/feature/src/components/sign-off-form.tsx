import { useState, type FormEvent } from 'react';
import { useKeptValues, useViewer } from '@sli/shared/data-access';
import { DateInput, ErrorSummary, Field, formatDate, isoToKept, KeptNotice, parseKeptDate, useFieldProblems, type DatePart } from '@sli/shared/ui';
import { useSignOffAction, type ActionDetail } from '../api/action';

const LABELS = { signedOffBy: 'Signed off by', meetingId: 'At a meeting', signedOffOn: 'Signed off on' };

/** Today in UK time, as an ISO date. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

/** The monitoring committee's sign-off of a complete or cancelled action: who signed it off, and when. */
export function SignOffForm({ action, onSignedOff }: { action: ActionDetail; onSignedOff: (message: string) => void }) {
  const viewer = useViewer();
  // The date as day, month and year (kept as typed, in UK order); `:dmy` so no draft of the old ISO field is read as parts.
  const form = useKeptValues(`action-sign-off:${action.id}:dmy`, { signedOffBy: viewer.name, signedOffOn: isoToKept(today()), meetingId: '' });
  // The group's meetings held by today, most recent first: a sign-off at one is dated that day.
  const meetings = (action.group?.meetings ?? []).filter((m) => m.meetsOn <= today());
  const chooseMeeting = (meetingId: string) => {
    form.setValue('meetingId', meetingId);
    const meeting = meetings.find((m) => m.id === meetingId);
    if (meeting) form.setValue('signedOffOn', isoToKept(meeting.meetsOn));
  };
  const mutation = useSignOffAction(action.id);
  const [local, setLocal] = useState<Partial<Record<keyof typeof LABELS, string>>>({});
  const [badParts, setBadParts] = useState<DatePart[]>([]);
  const problems = useFieldProblems(mutation.error, LABELS, `sign-off-${action.id}`, { local });

  function submit(e: FormEvent) {
    e.preventDefault();
    const date = parseKeptDate(form.values.signedOffOn, LABELS.signedOffOn);
    const missing = {
      signedOffBy: form.values.signedOffBy.trim() ? undefined : 'Enter who signed the action off',
      signedOffOn: date.problem ?? (date.value ? undefined : 'Enter the date the action was signed off'),
    };
    setLocal(missing);
    setBadParts(date.parts);
    if (missing.signedOffBy || missing.signedOffOn || !date.value) return;
    mutation.mutate(
      { signedOffBy: form.values.signedOffBy.trim(), signedOffOn: date.value, meetingId: form.values.meetingId || null },
      { onSuccess: () => onSignedOff('Action signed off.') },
    );
  }

  return (
    <form className="ap-form" onSubmit={submit} noValidate aria-labelledby={`sign-off-${action.id}-title`}>
      <h3 id={`sign-off-${action.id}-title`}>Sign off the action</h3>
      {form.kept ? <KeptNotice what="the sign-off" /> : null}
      <ErrorSummary items={problems.summary} title="The action was not signed off" />
      <Field id={problems.id('signedOffBy')} label={LABELS.signedOffBy} hint="The committee or the person signing it off." error={problems.error('signedOffBy')}>
        {(control) => (
          <input {...control} type="text" autoComplete="name" value={form.values.signedOffBy} onChange={(e) => form.setValue('signedOffBy', e.target.value)} />
        )}
      </Field>
      {action.group && meetings.length > 0 ? (
        <Field id={problems.id('meetingId')} label={`${LABELS.meetingId} of the ${action.group.name} (optional)`} hint="Choosing a meeting dates the sign-off that day." error={problems.error('meetingId')}>
          {(control) => (
            <select {...control} value={form.values.meetingId} onChange={(e) => chooseMeeting(e.target.value)}>
              <option value="">Not at a meeting</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {formatDate(m.meetsOn)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <DateInput
        id={problems.id('signedOffOn')}
        legend={LABELS.signedOffOn}
        hint="For example, 27 3 2026."
        error={problems.error('signedOffOn')}
        errorParts={badParts}
        value={form.values.signedOffOn}
        onChange={(x) => form.setValue('signedOffOn', x)}
      />
      <p>
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? 'Saving…' : 'Sign off'}
        </button>
      </p>
    </form>
  );
}
