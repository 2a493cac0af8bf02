import { useState, type FormEvent } from 'react';
import { useKeptValues, useViewer } from '@sli/shared/data-access';
import { ErrorSummary, Field, KeptNotice, useFieldProblems } from '@sli/shared/ui';
import { useSignOffAction, type ActionDetail } from '../api/action';

const LABELS = { signedOffBy: 'Signed off by', signedOffOn: 'Signed off on' };

/** Today in UK time, as an ISO date. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

/** The monitoring committee's sign-off of a complete or cancelled action: who signed it off, and when. */
export function SignOffForm({ action, onSignedOff }: { action: ActionDetail; onSignedOff: (message: string) => void }) {
  const viewer = useViewer();
  const form = useKeptValues(`action-sign-off:${action.id}`, { signedOffBy: viewer.name, signedOffOn: today() });
  const mutation = useSignOffAction(action.id);
  const [local, setLocal] = useState<Partial<Record<keyof typeof LABELS, string>>>({});
  const problems = useFieldProblems(mutation.error, LABELS, `sign-off-${action.id}`, { local });

  function submit(e: FormEvent) {
    e.preventDefault();
    const missing = {
      signedOffBy: form.values.signedOffBy.trim() ? undefined : 'Enter who signed the action off',
      signedOffOn: form.values.signedOffOn ? undefined : 'Enter the date the action was signed off',
    };
    setLocal(missing);
    if (missing.signedOffBy || missing.signedOffOn) return;
    mutation.mutate(
      { signedOffBy: form.values.signedOffBy.trim(), signedOffOn: form.values.signedOffOn },
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
      <Field id={problems.id('signedOffOn')} label={LABELS.signedOffOn} error={problems.error('signedOffOn')}>
        {(control) => <input {...control} type="date" value={form.values.signedOffOn} onChange={(e) => form.setValue('signedOffOn', e.target.value)} />}
      </Field>
      <p>
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {mutation.isPending ? 'Saving…' : 'Sign off'}
        </button>
      </p>
    </form>
  );
}
