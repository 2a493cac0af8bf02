import { useState, type FormEvent } from 'react';
import { useKeptValues, type Role } from '@sli/shared/data-access';
import { ErrorSummary, Field, Fieldset, KeptNotice, useFieldProblems } from '@sli/shared/ui';
import { useAgencies, useCreateUser } from '../api/users';
import { PARTNERSHIP_ROLES, ROLES } from '../lib/roles';

const LABELS = { email: 'Email address', name: 'Full name', role: 'Role', agencyId: 'Agency', password: 'Initial password' };
type Problems = Partial<Record<keyof typeof LABELS, string>>;
const EMPTY = { email: '', name: '', role: '', agencyId: '', password: '' };

/**
 * Adds a user to the partnership: email, name, role (with what each may do), the agency an agency lead
 * acts for, and an initial password unless they use single sign-on. The API checks the rest.
 */
export function AddUserForm({ partnershipId, onAdded }: { partnershipId: string; onAdded: (name: string) => void }) {
  const form = useKeptValues(`admin-users:new:${partnershipId}`, EMPTY, { exclude: ['password'] });
  const { email, name, role, agencyId, password } = form.values;
  const create = useCreateUser();
  const agencies = useAgencies(role === 'AGENCY_LEAD' ? partnershipId : null);
  const [local, setLocal] = useState<Problems>({});
  const problems = useFieldProblems(create.error, LABELS, 'new-user', { local });

  function submit(e: FormEvent) {
    e.preventDefault();
    const missing: Problems = {
      email: email.trim() ? undefined : 'Enter their email address',
      name: name.trim() ? undefined : 'Enter their full name',
      role: role ? undefined : 'Choose a role',
      agencyId: role === 'AGENCY_LEAD' && !agencyId ? 'Choose the agency they act for' : undefined,
    };
    setLocal(missing);
    if (Object.values(missing).some(Boolean)) return;
    create.mutate(
      {
        email: email.trim(),
        name: name.trim(),
        role: role as Role,
        partnershipId,
        agencyId: role === 'AGENCY_LEAD' ? agencyId : null,
        password: password || null,
      },
      {
        onSuccess: (user) => {
          form.reset(EMPTY);
          onAdded(user.name);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-user-heading">
      <h2 id="add-user-heading">Add a user</h2>
      {form.kept ? <KeptNotice what="the new user" /> : null}
      <ErrorSummary items={problems.summary} />
      <Field id={problems.id('email')} label={LABELS.email} hint="Their work email: they sign in with it." error={problems.error('email')}>
        {(control) => (
          <input {...control} type="email" autoComplete="off" spellCheck={false} value={email} onChange={(e) => form.setValue('email', e.target.value)} />
        )}
      </Field>
      <Field id={problems.id('name')} label={LABELS.name} error={problems.error('name')}>
        {(control) => <input {...control} type="text" autoComplete="off" value={name} onChange={(e) => form.setValue('name', e.target.value)} />}
      </Field>
      <Fieldset id="new-user-role-group" legend={LABELS.role} hint="What they may see and do." error={problems.error('role')}>
        <div className="radios">
          {PARTNERSHIP_ROLES.map((r, i) => (
            <div key={r}>
              <div className="radio">
                <input
                  type="radio"
                  // The error summary links to the first radio, as GOV.UK does.
                  id={i === 0 ? problems.id('role') : `new-user-role-${r}`}
                  name="new-user-role"
                  value={r}
                  checked={role === r}
                  aria-describedby={`new-user-role-${r}-hint`}
                  onChange={() => form.setValue('role', r)}
                />
                <div>
                  <label htmlFor={i === 0 ? problems.id('role') : `new-user-role-${r}`}>{ROLES[r].label}</label>
                  <p id={`new-user-role-${r}-hint`} className="hint">
                    {ROLES[r].hint}
                  </p>
                </div>
              </div>
              {r === 'AGENCY_LEAD' && role === 'AGENCY_LEAD' ? (
                <div className="conditional">
                  <Field id={problems.id('agencyId')} label={LABELS.agencyId} hint="The agency whose actions they update." error={problems.error('agencyId')}>
                    {(control) => (
                      <select {...control} value={agencyId} onChange={(e) => form.setValue('agencyId', e.target.value)}>
                        <option value="">{agencies.isLoading ? 'Loading agencies…' : 'Choose an agency'}</option>
                        {(agencies.data ?? []).map((a) => (
                          <option key={a.id} value={a.id}>
                            {a.name}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                </div>
              ) : null}
            </div>
          ))}
        </div>
      </Fieldset>
      <Field
        id={problems.id('password')}
        label={LABELS.password}
        hint="Leave it empty if they sign in with their organisation's account. Otherwise give it to them in person or by phone, not by email."
        error={problems.error('password')}
      >
        {(control) => <input {...control} type="password" autoComplete="new-password" value={password} onChange={(e) => form.setValue('password', e.target.value)} />}
      </Field>
      <p>
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add user'}
        </button>
      </p>
    </form>
  );
}
