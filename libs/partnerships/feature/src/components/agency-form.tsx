import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useKeptValues, type AgencySector } from '@sli/shared/data-access';
import { CheckAnswers, ErrorSummary, Field, KeptNotice, Radios, useCheckStep, useFieldProblems } from '@sli/shared/ui';
import { useCreateAgency, useUpdateAgency, type AgencyRow, type AgencyValues } from '../api/agencies';
import { SECTORS } from '../lib/sectors';

const LABELS = { name: 'Name', sector: 'Sector', isCoreMember: 'Member of the partnership', ref: 'Your reference' };
type FieldName = keyof typeof LABELS;

const MEMBER_OPTIONS = [
  { value: 'yes', label: 'Yes, a member', hint: 'A statutory partner or relevant agency named in the partnership’s arrangements.' },
  { value: 'no', label: 'No, another agency', hint: 'Takes part in reviews, audits or training without being a member.' },
];

/**
 * Adds an agency (then "check your answers") or changes one in place. The name is what every filter,
 * form and report shows; the reference is what imports match it by.
 */
export function AgencyForm({
  partnershipId,
  agency,
  onDone,
}: {
  partnershipId: string;
  agency?: AgencyRow;
  onDone: (message: string) => void;
}) {
  const prefix = agency ? `agency-${agency.id}` : 'agency-new';
  const form = useKeptValues(`agency:${partnershipId}:${agency?.id ?? 'new'}`, {
    name: agency?.name ?? '',
    sector: agency?.sector ?? '',
    isCoreMember: agency ? (agency.isCoreMember ? 'yes' : 'no') : 'yes',
    ref: agency?.ref ?? '',
  });
  const v = form.values;
  const create = useCreateAgency(partnershipId);
  const update = useUpdateAgency(agency?.id ?? '');
  const save = agency ? update : create;
  const step = useCheckStep();
  const [local, setLocal] = useState<Partial<Record<FieldName, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, prefix, { local });
  const heading = useRef<HTMLHeadingElement>(null);
  // Changing an agency opens this form below the list: take the reader there.
  useEffect(() => {
    if (agency) heading.current?.focus();
  }, [agency]);

  const values = (): AgencyValues => ({
    name: v.name.trim(),
    sector: v.sector as AgencySector,
    isCoreMember: v.isCoreMember === 'yes',
    ...(v.ref.trim() ? { ref: v.ref.trim() } : {}),
  });

  function send() {
    save.mutate(values(), {
      onSuccess: () => {
        form.reset({ name: '', sector: '', isCoreMember: 'yes', ref: '' });
        step.back();
        onDone(agency ? `${v.name.trim()} saved.` : `${v.name.trim()} added: it can now own actions and be chosen in forms.`);
      },
      onError: () => step.back(),
    });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const found: Partial<Record<FieldName, string>> = {
      name: v.name.trim() ? (v.name.trim().length > 200 ? 'Name must be 200 characters or fewer' : undefined) : 'Enter the agency’s name',
      sector: v.sector ? undefined : 'Choose the agency’s sector',
    };
    setLocal(found);
    save.reset();
    if (found.name || found.sector) return;
    if (agency) send();
    else step.check();
  }

  if (step.checking) {
    return (
      <CheckAnswers
        title="Check the new agency"
        rows={[
          { key: LABELS.name, value: v.name.trim(), field: problems.id('name') },
          { key: LABELS.sector, value: SECTORS[v.sector as AgencySector], field: problems.id('sector') },
          { key: LABELS.isCoreMember, value: v.isCoreMember === 'yes' ? 'Yes' : 'No', field: problems.id('isCoreMember') },
          { key: LABELS.ref, value: v.ref.trim() || 'None: the product gives it one', field: problems.id('ref') },
        ]}
        onChange={step.change}
      >
        <div className="button-group">
          <button type="button" className="primary" onClick={send} disabled={save.isPending}>
            {save.isPending ? 'Adding…' : 'Add the agency'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`} className="agency-form">
      <h2 id={`${prefix}-title`} ref={heading} tabIndex={-1}>
        {agency ? `Change ${agency.name}` : 'Add an agency'}
      </h2>
      {form.kept ? <KeptNotice what="the agency" /> : null}
      <ErrorSummary items={problems.summary} title={save.error ? 'The agency was not saved' : 'There is a problem'} />
      <Field id={problems.id('name')} label={LABELS.name} hint="As people know it, e.g. “Northshire Police”." error={problems.error('name')}>
        {(control) => <input {...control} type="text" autoComplete="off" value={v.name} onChange={(e) => form.setValue('name', e.target.value)} />}
      </Field>
      <Field id={problems.id('sector')} label={LABELS.sector} error={problems.error('sector')}>
        {(control) => (
          <select {...control} value={v.sector} onChange={(e) => form.setValue('sector', e.target.value)}>
            <option value="">Choose a sector</option>
            {Object.entries(SECTORS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Radios
        id={problems.id('isCoreMember')}
        name={`${prefix}-member`}
        legend={LABELS.isCoreMember}
        options={MEMBER_OPTIONS}
        value={v.isCoreMember}
        error={problems.error('isCoreMember')}
        onChange={(x) => form.setValue('isCoreMember', x)}
      />
      <Field id={problems.id('ref')} label={`${LABELS.ref} (optional)`} hint="A short code, e.g. NPOL. Spreadsheet imports match agencies by name or by it." error={problems.error('ref')}>
        {(control) => (
          <input {...control} className="width-10" type="text" autoComplete="off" spellCheck={false} value={v.ref} onChange={(e) => form.setValue('ref', e.target.value)} />
        )}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {agency ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        {agency ? (
          <button type="button" onClick={() => onDone('')}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
