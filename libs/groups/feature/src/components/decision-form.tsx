import { useState, type FormEvent } from 'react';
import { ErrorSummary, Field, SuccessMessage, useFieldProblems } from '@sli/shared/ui';
import { useRecordDecision, type MeetingDetail } from '../api/groups';

const LABELS = { text: 'Decision', actionId: 'About the action' };
type F = keyof typeof LABELS;

/** Records a decision against the meeting, optionally about one of the actions the group monitors. */
export function DecisionForm({ meeting }: { meeting: MeetingDetail }) {
  const [text, setText] = useState('');
  const [actionId, setActionId] = useState('');
  const [local, setLocal] = useState<Partial<Record<F, string>>>({});
  const [done, setDone] = useState('');
  const record = useRecordDecision();
  const problems = useFieldProblems(record.error, LABELS, 'decision', { local });

  function submit(e: FormEvent) {
    e.preventDefault();
    setDone('');
    const p: Partial<Record<F, string>> = {};
    if (!text.trim()) p.text = 'Enter the decision';
    else if (text.trim().length > 4000) p.text = 'Decision must be 4,000 characters or fewer';
    setLocal(p);
    if (Object.keys(p).length > 0) return;
    record.mutate(
      { meetingId: meeting.id, text: text.trim(), actionId: actionId || null },
      {
        onSuccess: () => {
          setText('');
          setActionId('');
          setDone('Decision recorded.');
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="narrow record-form no-print" aria-labelledby="decision-form-title">
      <h3 id="decision-form-title">Record a decision</h3>
      <SuccessMessage message={done} />
      <ErrorSummary items={problems.summary} title="The decision was not recorded" />
      <Field id={problems.id('text')} label={LABELS.text} hint="What the group decided, in a sentence or two." error={problems.error('text')}>
        {(control) => <textarea {...control} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <Field id={problems.id('actionId')} label={`${LABELS.actionId} (optional)`} error={problems.error('actionId')}>
        {(control) => (
          <select {...control} value={actionId} onChange={(e) => setActionId(e.target.value)}>
            <option value="">No particular action</option>
            {meeting.group.actions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.ref}: {a.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={record.isPending}>
          {record.isPending ? 'Recording…' : 'Record the decision'}
        </button>
      </div>
    </form>
  );
}
