import { useMemo, useState, type FormEvent } from 'react';
import { periodOf } from '@sli/analytics-domain';
import { useCan, useKeptValues } from '@sli/shared/data-access';
import { ConfirmButton, DownloadButtons, ErrorSummary, Field, KeptNotice, exportTable, useFieldProblems, type Column } from '@sli/shared/ui';
import type { MeasureDetail } from '../api/scorecard';
import { useRemoveMeasureValue, useSetMeasureValue } from '../api/values';
import { GRAINS, parseValue, valuePeriods } from '../lib/value-periods';
import { formatValue } from '../lib/words';

const LABELS = { periodStart: 'Period', value: 'Value' };
type FieldName = keyof typeof LABELS;

const UNIT_HINTS: Record<MeasureDetail['measure']['unit'], string> = {
  COUNT: 'A whole number, such as 14.',
  DAYS: 'A number of days, such as 12.5.',
  PERCENT: 'A percentage from 0 to 100, without the % sign, such as 72.5.',
  RATE_PER_10000: 'A rate per 10,000, such as 3.4.',
  RATIO: 'A ratio as a decimal, such as 1.25.',
  SCORE: 'A score, such as 3.8.',
};

function ValueForm({
  detail,
  editing,
  onDone,
}: {
  detail: MeasureDetail;
  editing: string | null;
  onDone: (message: string) => void;
}) {
  const { measure } = detail;
  const grain = GRAINS[measure.periodicity];
  const stored = useMemo(() => new Map(measure.values.map((v) => [v.periodStart, v.value])), [measure.values]);
  const options = useMemo(
    () => valuePeriods(measure.periodicity, measure.values.map((v) => v.periodStart), measure.baselinePeriodStart),
    [measure.periodicity, measure.values, measure.baselinePeriodStart],
  );
  const firstEmpty = options.find((o) => !stored.has(o.value))?.value ?? options[0]?.value ?? '';
  const start = editing ?? firstEmpty;
  const form = useKeptValues(`oba-value:${measure.id}:${editing ?? 'new'}`, {
    periodStart: start,
    value: editing != null && stored.has(editing) ? String(stored.get(editing)) : '',
  });
  const save = useSetMeasureValue(measure.id);
  const [local, setLocal] = useState<Partial<Record<FieldName, string>>>({});
  const problems = useFieldProblems(save.error, LABELS, 'measure-value', { local });
  const current = stored.get(form.values.periodStart);
  const periodLabel = form.values.periodStart ? periodOf(form.values.periodStart, grain).label : '';

  function submit(e: FormEvent) {
    e.preventDefault();
    const value = parseValue(form.values.value);
    const next: Partial<Record<FieldName, string>> = {
      periodStart: form.values.periodStart ? undefined : 'Choose the period the value is for',
      value: !form.values.value.trim() ? 'Enter the value' : value === null ? 'Value must be a number, like 72.5' : undefined,
    };
    setLocal(next);
    if (next.periodStart || next.value || value === null) return;
    save.mutate(
      { periodStart: form.values.periodStart, value },
      {
        onSuccess: () => {
          form.reset({ periodStart: firstEmpty, value: '' });
          onDone(
            current === undefined
              ? `Value for ${periodLabel} added: ${formatValue(value, measure.unit)}.`
              : `Value for ${periodLabel} changed from ${formatValue(current, measure.unit)} to ${formatValue(value, measure.unit)}.`,
          );
        },
      },
    );
  }

  return (
    <form className="oba-story-form no-print" onSubmit={submit} noValidate aria-labelledby="measure-value-title">
      <h3 id="measure-value-title">{editing ? `Change the value for ${periodLabel}` : 'Enter a value'}</h3>
      {form.kept ? <KeptNotice what="the value" /> : null}
      <ErrorSummary items={problems.summary} title="The value was not saved" />
      <Field
        id={problems.id('periodStart')}
        label="Period"
        hint="Periods that have ended. A period that already has a value shows it; saving replaces it."
        error={problems.error('periodStart')}
      >
        {(control) => (
          <select {...control} value={form.values.periodStart} onChange={(e) => form.setValue('periodStart', e.target.value)} disabled={editing != null}>
            {options.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
                {stored.has(p.value) ? ` (now ${formatValue(stored.get(p.value), measure.unit)})` : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={problems.id('value')} label="Value" hint={UNIT_HINTS[measure.unit]} error={problems.error('value')}>
        {(control) => (
          <input
            {...control}
            className="width-10"
            inputMode="decimal"
            autoComplete="off"
            value={form.values.value}
            onChange={(e) => form.setValue('value', e.target.value)}
          />
        )}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : current === undefined ? 'Add the value' : `Replace the value for ${periodLabel}`}
        </button>
        {editing ? (
          <button type="button" onClick={() => onDone('')} disabled={save.isPending}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

interface ValueRow {
  measure: string;
  periodStart: string;
  value: number;
  note: string | null;
}

/** The columns the measure-values spreadsheet import reads, so a download imports back to the same state. */
const DOWNLOAD_COLUMNS: Column<ValueRow>[] = [
  { key: 'measure', header: 'Measure' },
  { key: 'periodStart', header: 'Period', type: 'date' },
  { key: 'value', header: 'Value', type: 'number' },
  { key: 'note', header: 'Note' },
];

/** Each value with the latest story written for its period, oldest period first. */
function downloadRows(detail: MeasureDetail): ValueRow[] {
  const latestNote = new Map<string, { writtenOn: string; text: string }>();
  for (const s of detail.stories) {
    if (!s.periodStart) continue;
    const held = latestNote.get(s.periodStart);
    if (!held || s.writtenOn > held.writtenOn) latestNote.set(s.periodStart, { writtenOn: s.writtenOn, text: s.text });
  }
  return [...detail.measure.values]
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart))
    .map((v) => ({ measure: detail.measure.ref, periodStart: v.periodStart, value: v.value, note: latestNote.get(v.periodStart)?.text ?? null }));
}

/**
 * An entered measure's values, newest first, with entering, changing and removing for those who may.
 * Every stored value is listed, also one for a period after the date the figures are as of.
 */
export function MeasureValues({ detail }: { detail: MeasureDetail }) {
  const can = useCan();
  const { measure } = detail;
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useRemoveMeasureValue(measure.id);
  const grain = GRAINS[measure.periodicity];
  const values = [...measure.values].sort((a, b) => b.periodStart.localeCompare(a.periodStart));
  const canSet = can('setMeasureValues');
  const canRemove = can('removeMeasureValue');
  const done = (m: string) => {
    setEditing(null);
    if (m) setMessage(m);
  };
  return (
    <section aria-labelledby="oba-values-h" className="oba-stories" id="values">
      <h2 id="oba-values-h">Values</h2>
      <p className="hint">Entered by the business unit, one per {grain === 'financial-year' ? 'financial year' : grain}.</p>
      <p role="status" className="hint">
        {message}
      </p>
      {values.length === 0 ? (
        <p className="hint">No value entered yet.</p>
      ) : (
        <>
        <DownloadButtons
          what={`the values of ${measure.name}`}
          hint="With the columns the import reads: change or add values, then import the file back."
          download={(format) =>
            exportTable(format, {
              name: `measure-values-${measure.ref}`,
              title: `Values of ${measure.name}`,
              columns: DOWNLOAD_COLUMNS,
              rows: downloadRows(detail),
              scope: { filter: { partnershipIds: [measure.partnership.id] }, asOf: null, extra: [{ label: 'Measure', value: `${measure.ref} ${measure.name}` }] },
            })
          }
        />
        <table className="oba-values-table">
          <caption className="visually-hidden">Values of {measure.name}, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className="num">
                Value
              </th>
              {canSet || canRemove ? (
                <th scope="col">
                  <span className="visually-hidden">Change or remove</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {values.map((v) => {
              const label = periodOf(v.periodStart, grain).label;
              return (
                <tr key={v.periodStart} data-testid="oba-value-row">
                  <th scope="row">{label}</th>
                  <td className="num">{formatValue(v.value, measure.unit)}</td>
                  {canSet || canRemove ? (
                    <td>
                      <div className="oba-value-buttons">
                      {canSet ? (
                        <button type="button" onClick={() => setEditing(v.periodStart)}>
                          Change<span className="visually-hidden"> the value for {label}</span>
                        </button>
                      ) : null}
                      {canRemove ? (
                        <ConfirmButton
                          label={
                            <>
                              Remove<span className="visually-hidden"> the value for {label}</span>
                            </>
                          }
                          question={`Remove the value for ${label} (${formatValue(v.value, measure.unit)})? The change history keeps it.`}
                          confirmLabel="Yes, remove it"
                          pending={remove.isPending}
                          onConfirm={() => remove.mutate(v.periodStart, { onSuccess: () => done(`Value for ${label} removed.`) })}
                        />
                      ) : null}
                      </div>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
        </>
      )}
      {canSet ? <ValueForm key={editing ?? 'new'} detail={detail} editing={editing} onDone={done} /> : null}
    </section>
  );
}
