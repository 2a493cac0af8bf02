import { useId, useState, type FormEvent } from 'react';
import { GraphQLRequestError, type ActionStatus, type ChangeActionStatusInput } from '@sli/shared/data-access';
import type { ActionDetail } from '../api/action';
import { useChangeActionStatus } from '../api/action';
import { STATUSES, STATUS_LABELS, isComplete, readableMessage } from '../lib/labels';

type Field = 'status' | 'completedOn' | 'impactEvidence' | 'note';

const FIELD_LABELS: Record<Field, string> = {
  status: 'New status',
  completedOn: 'Completed on',
  impactEvidence: 'Evidence of impact',
  note: 'Note',
};

/** The usual next step from each status. */
const NEXT: Record<ActionStatus, ActionStatus> = {
  NOT_STARTED: 'IN_PROGRESS',
  IN_PROGRESS: 'COMPLETED',
  COMPLETED: 'IMPACT_EVIDENCED',
  IMPACT_EVIDENCED: 'IN_PROGRESS',
  CANCELLED: 'NOT_STARTED',
};

/**
 * Moves the action to another status with a note. The API checks the input; its problems are shown
 * beside the fields they name (GraphQLRequestError.fields), and a summary above links to each.
 */
export function StatusForm({ action, onChanged }: { action: ActionDetail; onChanged: (message: string) => void }) {
  const id = useId();
  const [status, setStatus] = useState<ActionStatus>(NEXT[action.status]);
  const [completedOn, setCompletedOn] = useState(action.completedOn ?? '');
  const [impactEvidence, setImpactEvidence] = useState(action.impactEvidence ?? '');
  const [note, setNote] = useState('');
  const mutation = useChangeActionStatus(action.id);

  const error = mutation.error;
  const problems = error instanceof GraphQLRequestError ? error.fields : [];
  const byField = new Map<Field, string>();
  const others: string[] = [];
  for (const p of problems) {
    const field = p.field.split('.').pop() as Field;
    if (field in FIELD_LABELS && !byField.has(field)) byField.set(field, `${FIELD_LABELS[field]} ${readableMessage(p.message)}`);
    else others.push(`${p.field} ${readableMessage(p.message)}`);
  }
  if (error && problems.length === 0) others.push(error.message);

  const complete = isComplete(status);
  const fieldId = (f: Field) => `${id}-${f}`;
  const errorId = (f: Field) => `${id}-${f}-error`;
  const describe = (f: Field, hint?: boolean) => [hint ? `${id}-${f}-hint` : '', byField.has(f) ? errorId(f) : ''].filter(Boolean).join(' ') || undefined;
  const fieldError = (f: Field) =>
    byField.has(f) ? (
      <p id={errorId(f)} className="ap-field-error">
        <span className="visually-hidden">Error: </span>
        {byField.get(f)}
      </p>
    ) : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    const input: ChangeActionStatusInput = { status };
    if (note.trim()) input.note = note.trim();
    if (complete && completedOn) input.completedOn = completedOn;
    if (complete && impactEvidence.trim() && impactEvidence.trim() !== (action.impactEvidence ?? '')) input.impactEvidence = impactEvidence.trim();
    mutation.mutate(input, {
      onSuccess: (saved) => {
        setNote('');
        onChanged(`Status changed to ${STATUS_LABELS[saved.changeActionStatus.status].toLowerCase()}.`);
      },
    });
  }

  return (
    <form className="ap-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Change the status</h3>
      {byField.size > 0 || others.length > 0 ? (
        <div className="ap-error-summary" role="alert">
          <p>
            <strong>The status was not changed:</strong>
          </p>
          <ul>
            {[...byField.entries()].map(([f, message]) => (
              <li key={f}>
                <a href={`#${fieldId(f)}`}>{message}</a>
              </li>
            ))}
            {others.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="hint">Now: {STATUS_LABELS[action.status]}</p>
      <div className="field">
        <label htmlFor={fieldId('status')}>{FIELD_LABELS.status}</label>
        {fieldError('status')}
        <select
          id={fieldId('status')}
          value={status}
          aria-invalid={byField.has('status') || undefined}
          aria-describedby={describe('status')}
          onChange={(e) => setStatus(e.target.value as ActionStatus)}
        >
          {STATUSES.filter((s) => s !== action.status).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {complete ? (
        <>
          <div className="field">
            <label htmlFor={fieldId('completedOn')}>{FIELD_LABELS.completedOn}</label>
            <p id={`${id}-completedOn-hint`} className="hint">
              Required for completed; for impact evidenced unless a date is already recorded.
            </p>
            {fieldError('completedOn')}
            <input
              id={fieldId('completedOn')}
              type="date"
              value={completedOn}
              aria-invalid={byField.has('completedOn') || undefined}
              aria-describedby={describe('completedOn', true)}
              onChange={(e) => setCompletedOn(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={fieldId('impactEvidence')}>{FIELD_LABELS.impactEvidence}</label>
            <p id={`${id}-impactEvidence-hint`} className="hint">
              Required for impact evidenced: what changed for children, adults or practice, and how you know.
            </p>
            {fieldError('impactEvidence')}
            <textarea
              id={fieldId('impactEvidence')}
              rows={3}
              value={impactEvidence}
              aria-invalid={byField.has('impactEvidence') || undefined}
              aria-describedby={describe('impactEvidence', true)}
              onChange={(e) => setImpactEvidence(e.target.value)}
            />
          </div>
        </>
      ) : null}
      <div className="field">
        <label htmlFor={fieldId('note')}>{FIELD_LABELS.note}</label>
        <p id={`${id}-note-hint`} className="hint">
          Why the status changes; kept in the update history.
        </p>
        {fieldError('note')}
        <textarea
          id={fieldId('note')}
          rows={3}
          value={note}
          aria-invalid={byField.has('note') || undefined}
          aria-describedby={describe('note', true)}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <p>
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? 'Saving…' : 'Change status'}
        </button>
      </p>
    </form>
  );
}
