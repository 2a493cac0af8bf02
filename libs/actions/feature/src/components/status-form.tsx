import type { FormEvent } from 'react';
import { kindOf, kindScope, peopleWords, useFilters, useKeptValues, useViewer, type ActionStatus, type ChangeActionStatusInput } from '@sli/shared/data-access';
import { DateInput, ErrorSummary, Field, KeptNotice, isoToKept, parseKeptDate, useFieldProblems } from '@sli/shared/ui';
import { useState } from 'react';
import type { ActionDetail } from '../api/action';
import { useChangeActionStatus } from '../api/action';
import { STATUSES, STATUS_LABELS, isComplete, readableMessage } from '../lib/labels';

const LABELS = {
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
 * beside the fields they name, with a summary above linking to each. If the session ends before the
 * change is saved, what was typed comes back after signing in again.
 */
export function StatusForm({ action, onChanged }: { action: ActionDetail; onChanged: (message: string) => void }) {
  const form = useKeptValues(`action-status:${action.id}:${action.status}`, {
    status: NEXT[action.status] as string,
    completedOn: isoToKept(action.completedOn),
    impactEvidence: action.impactEvidence ?? '',
    note: '',
  });
  // Impact is on the people the partnership safeguards: children and families, adults at risk, or both.
  const { filters } = useFilters();
  const people = peopleWords(kindScope(kindOf(useViewer().partnerships, filters.partnershipId)));
  const { status, completedOn, impactEvidence, note } = form.values;
  const mutation = useChangeActionStatus(action.id);
  const [local, setLocal] = useState<Partial<Record<keyof typeof LABELS, string>>>({});
  const problems = useFieldProblems(mutation.error, LABELS, `status-${action.id}`, { readable: readableMessage, local });
  const complete = isComplete(status as ActionStatus);
  const completed = parseKeptDate(completedOn, LABELS.completedOn);

  function submit(e: FormEvent) {
    e.preventDefault();
    // Only "not a real date" is checked here; the API decides what each status requires, in the same words.
    const problem = complete ? completed.problem : undefined;
    setLocal({ completedOn: problem });
    if (problem) return;
    const input: ChangeActionStatusInput = { status: status as ActionStatus };
    if (note.trim()) input.note = note.trim();
    if (complete && completed.value) input.completedOn = completed.value;
    if (complete && impactEvidence.trim() && impactEvidence.trim() !== (action.impactEvidence ?? '')) input.impactEvidence = impactEvidence.trim();
    mutation.mutate(input, {
      onSuccess: (saved) => {
        form.reset({ ...form.values, note: '' });
        onChanged(`Status changed to ${STATUS_LABELS[saved.changeActionStatus.status].toLowerCase()}.`);
      },
    });
  }

  return (
    <form className="ap-form" onSubmit={submit} noValidate aria-labelledby={`status-${action.id}-title`}>
      <h3 id={`status-${action.id}-title`}>Change the status</h3>
      {form.kept ? <KeptNotice what="the status change" /> : null}
      <ErrorSummary items={problems.summary} title="The status was not changed" />
      <p className="hint">Now: {STATUS_LABELS[action.status]}</p>
      <Field id={problems.id('status')} label={LABELS.status} error={problems.error('status')}>
        {(control) => (
          <select {...control} value={status} onChange={(e) => form.setValue('status', e.target.value)}>
            {STATUSES.filter((s) => s !== action.status).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {complete ? (
        <>
          <DateInput
            id={problems.id('completedOn')}
            legend={LABELS.completedOn}
            hint="Required for completed; for impact evidenced unless a date is already recorded. For example, 27 3 2026."
            error={problems.error('completedOn')}
            errorParts={local.completedOn ? completed.parts : undefined}
            value={completedOn}
            onChange={(x) => form.setValue('completedOn', x)}
          />
          <Field
            id={problems.id('impactEvidence')}
            label={LABELS.impactEvidence}
            hint={`Required for impact evidenced: what changed for ${people} or practice, and how you know.`}
            error={problems.error('impactEvidence')}
          >
            {(control) => <textarea {...control} rows={3} value={impactEvidence} onChange={(e) => form.setValue('impactEvidence', e.target.value)} />}
          </Field>
        </>
      ) : null}
      <Field id={problems.id('note')} label={LABELS.note} hint="Why the status changes; kept in the update history." error={problems.error('note')}>
        {(control) => <textarea {...control} rows={3} value={note} onChange={(e) => form.setValue('note', e.target.value)} />}
      </Field>
      <p>
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? 'Saving…' : 'Change status'}
        </button>
      </p>
    </form>
  );
}
