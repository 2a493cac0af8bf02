import { useState, type FormEvent } from 'react';
import { ErrorSummary, Field, SuccessMessage, useFieldProblems } from '@sli/shared/ui';
import { useUpdateMeeting, type MeetingDetail } from '../api/groups';

const LABELS = { minutes: 'Minutes', status: 'Status', meetsOn: 'Date' };
type F = keyof typeof LABELS;

/**
 * The minutes of a meeting held (or being held today), recorded by the business unit or any current
 * member of the group: saving them records the meeting as held. Moving a meeting stays with the
 * business unit's meeting form.
 */
export function MinutesForm({ meeting }: { meeting: MeetingDetail }) {
  const [minutes, setMinutes] = useState(meeting.minutes ?? '');
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const [done, setDone] = useState('');
  const update = useUpdateMeeting(meeting.id);
  const problems = useFieldProblems(update.error, LABELS, 'minutes', { local });

  function submit(e: FormEvent) {
    e.preventDefault();
    setDone('');
    const p: Partial<Record<F, string>> = {};
    if (!minutes.trim()) p.minutes = 'Enter the minutes';
    else if (minutes.trim().length > 20000) p.minutes = 'Minutes must be 20,000 characters or fewer';
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    update.mutate({ minutes: minutes.trim(), status: 'HELD' }, { onSuccess: () => setDone('Minutes saved; the meeting is recorded as held.') });
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form no-print" aria-labelledby="minutes-form-title">
      <h3 id="minutes-form-title">{meeting.minutes ? 'Correct the minutes' : 'Record the minutes'}</h3>
      <SuccessMessage message={done} />
      <ErrorSummary items={problems.summary} title="The minutes were not saved" />
      <Field id={problems.id('minutes')} label={LABELS.minutes} hint="Who attended, what was discussed; decisions are recorded one by one above." error={problems.error('minutes')}>
        {(control) => <textarea {...control} rows={5} value={minutes} onChange={(e) => setMinutes(e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save the minutes'}
        </button>
      </div>
    </form>
  );
}
