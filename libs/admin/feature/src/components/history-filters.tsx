import { useState, type FormEvent } from 'react';
import { ErrorSummary, Field, useFieldProblems } from '@sli/shared/ui';
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
  const [draft, setDraft] = useState(value);
  const [local, setLocal] = useState<Partial<Record<keyof HistoryFilter, string>>>({});
  const problems = useFieldProblems(null, LABELS, 'history', { local });

  function submit(e: FormEvent) {
    e.preventDefault();
    const wrongOrder = draft.from && draft.to && draft.from > draft.to;
    const next = { to: wrongOrder ? 'Changed to must be the same as or after changed from' : undefined };
    setLocal(next);
    if (!next.to) onApply(draft);
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
        <Field id={problems.id('from')} label={LABELS.from} error={problems.error('from')}>
          {(control) => <input {...control} type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />}
        </Field>
        <Field id={problems.id('to')} label={LABELS.to} error={problems.error('to')}>
          {(control) => <input {...control} type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />}
        </Field>
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
