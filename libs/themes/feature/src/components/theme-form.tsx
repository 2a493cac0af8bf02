import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useKeptValues, type ThemeGroup } from '@sli/shared/data-access';
import { CheckAnswers, ErrorSummary, Field, KeptNotice, Radios, useCheckStep, useFieldProblems } from '@sli/shared/ui';
import { useCreateTheme, useUpdateTheme, type ThemeRow } from '../api/theme-list';
import { codeFromName } from '../lib/theme-code';
import { GROUP_LABELS } from '../lib/themes';

const LABELS = { name: 'Name', code: 'Code', themeGroup: 'Group', description: 'Description' };
type FieldName = keyof typeof LABELS;

const GROUP_OPTIONS = (Object.entries(GROUP_LABELS) as [ThemeGroup, string][]).map(([value, label]) => ({ value, label }));

/**
 * Adds one of the partnership's own themes (then "check your answers"), or changes a theme's name,
 * group or description in place. The code is fixed once the theme exists: records and imports use it.
 */
export function ThemeForm({ partnershipId, theme, onDone }: { partnershipId: string; theme?: ThemeRow; onDone: (message: string) => void }) {
  const prefix = theme ? `theme-${theme.id}` : 'theme-new';
  const form = useKeptValues(`theme:${partnershipId}:${theme?.id ?? 'new'}`, {
    name: theme?.name ?? '',
    code: theme?.code ?? '',
    themeGroup: theme?.themeGroup ?? '',
    description: theme?.description ?? '',
  });
  const v = form.values;
  const create = useCreateTheme(partnershipId);
  const update = useUpdateTheme(theme?.id ?? '');
  const save = theme ? update : create;
  const step = useCheckStep();
  const [local, setLocal] = useState<Partial<Record<FieldName, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, prefix, { local });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (theme) heading.current?.focus();
  }, [theme]);
  const code = v.code.trim() || codeFromName(v.name);

  function send() {
    const values = { name: v.name.trim(), themeGroup: v.themeGroup as ThemeGroup, description: v.description.trim() || null };
    const done = () => {
      form.reset({ name: '', code: '', themeGroup: '', description: '' });
      step.back();
      onDone(theme ? `${values.name} saved.` : `${values.name} added: it can now be chosen on reviews, audits, findings and actions.`);
    };
    if (theme) update.mutate(values, { onSuccess: done, onError: () => step.back() });
    else create.mutate({ ...values, code }, { onSuccess: done, onError: () => step.back() });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const found: Partial<Record<FieldName, string>> = {
      name: v.name.trim() ? undefined : 'Enter the theme’s name',
      code: theme || code ? undefined : 'Enter a code of letters and numbers, e.g. cost-of-living',
      themeGroup: v.themeGroup ? undefined : 'Choose the theme’s group',
    };
    setLocal(found);
    save.reset();
    if (found.name || found.code || found.themeGroup) return;
    if (theme) send();
    else step.check();
  }

  if (step.checking) {
    return (
      <CheckAnswers
        title="Check the new theme"
        rows={[
          { key: LABELS.name, value: v.name.trim(), field: problems.id('name') },
          { key: LABELS.code, value: code, field: problems.id('code') },
          { key: LABELS.themeGroup, value: GROUP_LABELS[v.themeGroup as ThemeGroup], field: problems.id('themeGroup') },
          { key: LABELS.description, value: v.description.trim() || 'None', field: problems.id('description') },
        ]}
        onChange={step.change}
      >
        <div className="button-group">
          <button type="button" className="primary" onClick={send} disabled={save.isPending}>
            {save.isPending ? 'Adding…' : 'Add the theme'}
          </button>
        </div>
      </CheckAnswers>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`} ref={heading} tabIndex={-1}>
        {theme ? `Change ${theme.name}` : 'Add a theme'}
      </h2>
      {form.kept ? <KeptNotice what="the theme" /> : null}
      <ErrorSummary items={problems.summary} title={save.error ? 'The theme was not saved' : 'There is a problem'} />
      <Field id={problems.id('name')} label={LABELS.name} hint="As reports and charts show it, e.g. “Cost of living”." error={problems.error('name')}>
        {(control) => <input {...control} type="text" autoComplete="off" value={v.name} onChange={(e) => form.setValue('name', e.target.value)} />}
      </Field>
      {theme ? (
        <p className="hint">
          Code: <code>{theme.code}</code> (a code never changes: records and imports use it).
        </p>
      ) : (
        <Field
          id={problems.id('code')}
          label={`${LABELS.code} (optional)`}
          hint={`Made from the name unless you type one${code ? `: “${code}”` : ''}. It never changes.`}
          error={problems.error('code')}
        >
          {(control) => (
            <input {...control} className="width-10" type="text" autoComplete="off" spellCheck={false} value={v.code} onChange={(e) => form.setValue('code', e.target.value)} />
          )}
        </Field>
      )}
      <Radios
        id={problems.id('themeGroup')}
        name={`${prefix}-group`}
        legend={LABELS.themeGroup}
        hint="Where it sits in the taxonomy: about the child, the family’s context, the harm, practice, or the system."
        options={GROUP_OPTIONS}
        value={v.themeGroup}
        error={problems.error('themeGroup')}
        onChange={(x) => form.setValue('themeGroup', x)}
      />
      <Field id={problems.id('description')} label={`${LABELS.description} (optional)`} hint="What counts as this theme, so tagging is consistent." error={problems.error('description')}>
        {(control) => <textarea {...control} rows={3} value={v.description} onChange={(e) => form.setValue('description', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {theme ? (save.isPending ? 'Saving…' : 'Save changes') : 'Continue'}
        </button>
        {theme ? (
          <button type="button" onClick={() => onDone('')}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
