import { useState, type FormEvent } from 'react';
import { useKeptValues } from '@sli/shared/data-access';
import { ErrorSummary, Field, KeptNotice, useFieldProblems } from '@sli/shared/ui';
import { useCreateToken } from '../api/tokens';

const LABELS = { name: 'Token name', expiresInDays: 'Days until it expires' };
type Problems = Partial<Record<keyof typeof LABELS, string>>;

/** Name and lifetime of a new token; on success the parent shows the secret once. */
export function CreateTokenForm({ onCreated }: { onCreated: (created: { token: string; name: string; expiresAt: string | null }) => void }) {
  const form = useKeptValues('account-tokens:new', { name: '', expiresInDays: '90' });
  const create = useCreateToken();
  const [local, setLocal] = useState<Problems>({});
  const problems = useFieldProblems(create.error, LABELS, 'token', { local });

  function submit(e: FormEvent) {
    e.preventDefault();
    const name = form.values.name.trim();
    const days = form.values.expiresInDays.trim();
    const missing: Problems = {
      name: name ? undefined : 'Enter a name for the token',
      expiresInDays: !days || /^\d+$/.test(days) ? undefined : 'Days until it expires must be a whole number, like 90',
    };
    setLocal(missing);
    if (missing.name || missing.expiresInDays) return;
    create.mutate(
      { name, expiresInDays: days ? Number(days) : null },
      {
        onSuccess: (created) => {
          form.reset({ name: '', expiresInDays: '90' });
          onCreated({ token: created.token, name: created.apiToken.name, expiresAt: created.apiToken.expiresAt ?? null });
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="create-token-heading">
      <h2 id="create-token-heading">Create a token</h2>
      {form.kept ? <KeptNotice what="the token" /> : null}
      <ErrorSummary items={problems.summary} />
      <Field id={problems.id('name')} label={LABELS.name} hint="What it is for, so you can tell your tokens apart. For example, Quarterly R script." error={problems.error('name')}>
        {(control) => <input {...control} type="text" maxLength={100} value={form.values.name} onChange={(e) => form.setValue('name', e.target.value)} />}
      </Field>
      <Field id={problems.id('expiresInDays')} label={LABELS.expiresInDays} hint="From 1 to 366 days. If you leave it empty, the token expires after 90 days." error={problems.error('expiresInDays')}>
        {(control) => (
          <input
            {...control}
            className="width-10"
            type="text"
            inputMode="numeric"
            value={form.values.expiresInDays}
            onChange={(e) => form.setValue('expiresInDays', e.target.value)}
          />
        )}
      </Field>
      <p>
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create token'}
        </button>
      </p>
    </form>
  );
}
