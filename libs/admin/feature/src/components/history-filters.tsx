import { useState, type FormEvent } from 'react';
import { DateInput, ErrorSummary, Field, isoToKept, parseKeptDate, useFieldProblems } from '@sli/shared/ui';
import { ACTIONS, ENTITIES } from '../lib/changes';

export interface HistoryFilter {
  entity: string;
  action: string;
  from: string;
  to: string;
}

const LABELS = { entity: 'Kind of record', action: 'What happened', from: 'Changed from', to: 'Changed to' };

/** The history's filters, applied together with one button (GOV.UK filter pattern). */
export function HistoryFilters({ value, onApply }: { value: HistoryFilter; onApply: (next: HistoryFilter) => void }) {
  // The dates as typed (day, month, year in UK order); the filter holds them as ISO dates once applied.
  const [draft, setDraft] = useState({ ...value, from: isoToKept(value.from), to: isoToKept(value.to) });
  const [local, setLocal] = useState<Partial<Record<keyof HistoryFilter, string>>>({});
  const problems = useFieldProblems(null, LABELS, 'history', { local });
  const from = parseKeptDate(draft.from, LABELS.from);
  const to = parseKeptDate(draft.to, LABELS.to);

  function submit(e: FormEvent) {
    e.preventDefault();
    const wrongOrder = from.value && to.value && from.value > to.value;
    const next = { from: from.problem, to: to.problem ?? (wrongOrder ? 'Changed to must be the same as or after changed from' : undefined) };
    setLocal(next);
    if (!next.from && !next.to) onApply({ ...draft, from: from.value ?? '', to: to.value ?? '' });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="history-filters-heading">
      <h2 id="history-filters-heading" className="visually-hidden">
        Filter the history
      </h2>
      <ErrorSummary items={problems.summary} />
      <div className="admin-filters">
        <Field id={problems.id('entity')} label={LABELS.entity} error={problems.error('entity')}>
          {(control) => (
            <select {...control} value={draft.entity} onChange={(e) => setDraft({ ...draft, entity: e.target.value })}>
              <option value="">Every kind</option>
              {ENTITIES.map(([entity, label]) => (
                <option key={entity} value={entity}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={problems.id('action')} label={LABELS.action} error={problems.error('action')}>
          {(control) => (
            <select {...control} value={draft.action} onChange={(e) => setDraft({ ...draft, action: e.target.value })}>
              <option value="">Anything</option>
              {ACTIONS.map(([action, label]) => (
                <option key={action} value={action}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DateInput
          id={problems.id('from')}
          legend={LABELS.from}
          error={problems.error('from')}
          errorParts={local.from ? from.parts : undefined}
          value={draft.from}
          onChange={(x) => setDraft({ ...draft, from: x })}
        />
        <DateInput
          id={problems.id('to')}
          legend={LABELS.to}
          error={problems.error('to')}
          errorParts={local.to && to.problem ? to.parts : undefined}
          value={draft.to}
          onChange={(x) => setDraft({ ...draft, to: x })}
        />
        <div className="button-group">
          <button type="submit" className="primary">
            Apply filters
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const none = { entity: '', action: '', from: '', to: '' };
              setDraft(none);
              setLocal({});
              onApply(none);
            }}
          >
            Clear filters
          </button>
        </div>
      </div>
    </form>
  );
}
