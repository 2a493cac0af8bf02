import type { Choice } from '@sli/shared/data-access';
import { DateInput, Field, parseKeptDate } from '@sli/shared/ui';
import { newRow, PSEUDONYMS, ROW_LABELS, rowFieldId, type RowField, type RowValues } from '../lib/answer-values';

interface Props {
  rows: RowValues[];
  onChange: (rows: RowValues[]) => void;
  agencies: Choice[];
  /** The answering agency: a new row's agency. */
  agencyId: string;
  /** Problems beside each row's field, keyed `index.field`. */
  errors: Map<string, string>;
}

/** The agency's chronology, one fieldset per row: date of event, agency, event and source; rows added and removed here. */
export function ChronologyRows({ rows, onChange, agencies, agencyId, errors }: Props) {
  const set = (i: number, field: Exclude<keyof RowValues, 'key'>, value: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)));
  const error = (i: number, f: RowField) => errors.get(`${i}.${f}`);
  return (
    <div className="chronology-rows">
      {rows.map((r, i) => (
        <fieldset key={r.key} className="chronology-row">
          <legend>Chronology row {i + 1}</legend>
          <DateInput
            id={rowFieldId(i, 'occurredOn')}
            legend={ROW_LABELS.occurredOn}
            error={error(i, 'occurredOn')}
            errorParts={error(i, 'occurredOn') ? parseKeptDate(r.occurredOn, ROW_LABELS.occurredOn).parts : undefined}
            value={r.occurredOn}
            onChange={(x) => set(i, 'occurredOn', x)}
          />
          <Field id={rowFieldId(i, 'agencyId')} label={ROW_LABELS.agencyId} hint="Your agency, unless the event was another agency's." error={error(i, 'agencyId')}>
            {(control) => (
              <select {...control} value={r.agencyId} onChange={(e) => set(i, 'agencyId', e.target.value)}>
                {agencies.map((a) => (
                  <option key={a.value} value={a.value}>
                    {a.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={rowFieldId(i, 'event')} label={ROW_LABELS.event} hint={`What happened and what your agency knew or did. ${PSEUDONYMS}`} error={error(i, 'event')}>
            {(control) => <textarea {...control} rows={3} value={r.event} onChange={(e) => set(i, 'event', e.target.value)} />}
          </Field>
          <Field id={rowFieldId(i, 'source')} label={`${ROW_LABELS.source} (optional)`} hint="For example case notes, a record system or an assessment." error={error(i, 'source')}>
            {(control) => <input {...control} type="text" value={r.source} onChange={(e) => set(i, 'source', e.target.value)} />}
          </Field>
          {rows.length > 1 ? (
            <button type="button" className="secondary" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              Remove row {i + 1}
            </button>
          ) : null}
        </fieldset>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...rows, newRow(agencyId)])}>
        Add a chronology row
      </button>
    </div>
  );
}
