import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { periodOf } from '@sli/analytics-domain';
import { isRecordId, useFilters, useKeptValues } from '@sli/shared/data-access';
import { CheckAnswers, ErrorSummary, Field, KeptNotice, PageHeader, QueryState, Radios, useCheckStep, useFieldProblems, type RadioOption } from '@sli/shared/ui';
import { useCreateMeasure, useMeasureForEditing, useMeasureFormChoices, useUpdateMeasure } from './api/measure-form';
import {
  EMPTY_MEASURE,
  MEASURE_LABELS,
  PERIODICITIES,
  POLARITIES,
  QUADRANTS,
  SOURCES,
  UNITS,
  fromMeasure,
  measureFormProblems,
  toMeasureInput,
  type LabelledField,
  type MeasureField,
  type MeasureFormValues,
} from './lib/measure-form-values';
import { GRAINS, parseValue, valuePeriods } from './lib/value-periods';
import { formatValue } from './lib/words';
import './oba.css';

type Choices = NonNullable<ReturnType<typeof useMeasureFormChoices>['data']>;
type Problems = Partial<Record<LabelledField, string>>;

/** A choice list (value → words, or words and a hint) as radio options, in its order. */
const options = (choices: Record<string, string | { label: string; hint: string }>): RadioOption[] =>
  Object.entries(choices).map(([value, o]) => (typeof o === 'string' ? { value, label: o } : { value, label: o.label, hint: o.hint }));

/** The answers as the check page lists them, in the form's order. */
function answers(v: MeasureFormValues, choices: Choices): { field: MeasureField; key: string; value: ReactNode }[] {
  const metric = choices.builtInMetrics.find((m) => m.key === v.metric);
  const agency = choices.agencies.nodes.find((a) => a.id === v.agencyId);
  const grain = v.periodicity ? GRAINS[v.periodicity] : null;
  const inUnit = (text: string) => (v.unit ? formatValue(parseValue(text), v.unit) : text.trim());
  const rows: { field: MeasureField; key: string; value: ReactNode }[] = [
    { field: 'name', key: MEASURE_LABELS.name, value: v.name.trim() },
    { field: 'source', key: MEASURE_LABELS.source, value: v.source ? SOURCES[v.source].label : '' },
  ];
  if (v.source === 'COMPUTED') rows.push({ field: 'metric', key: MEASURE_LABELS.metric, value: metric ? metric.label : v.metric });
  rows.push(
    { field: 'quadrant', key: MEASURE_LABELS.quadrant, value: v.quadrant ? QUADRANTS[v.quadrant] : '' },
    { field: 'periodicity', key: MEASURE_LABELS.periodicity, value: v.periodicity ? PERIODICITIES[v.periodicity] : '' },
    { field: 'unit', key: MEASURE_LABELS.unit, value: v.unit ? UNITS[v.unit] : '' },
    { field: 'polarity', key: MEASURE_LABELS.polarity, value: v.polarity ? POLARITIES[v.polarity] : '' },
    { field: 'target', key: MEASURE_LABELS.target, value: v.target.trim() ? inUnit(v.target) : 'None' },
    {
      field: 'baselinePeriodStart',
      key: 'Baseline',
      value: v.baselinePeriodStart && grain ? `${inUnit(v.baseline)} in ${periodOf(v.baselinePeriodStart, grain).label}` : 'None',
    },
    { field: 'headline', key: 'Headline measure', value: v.headline ? 'Yes' : 'No' },
    { field: 'agencyId', key: MEASURE_LABELS.agencyId, value: agency ? agency.name : 'The whole partnership' },
    { field: 'description', key: MEASURE_LABELS.description, value: v.description.trim() || 'None' },
    { field: 'ref', key: MEASURE_LABELS.ref, value: v.ref.trim() || 'None: the product gives it one' },
  );
  return rows;
}

function MeasureForm({
  partnershipId,
  measureId,
  initial,
  storedPeriods,
  choices,
  backTo,
}: {
  partnershipId: string;
  measureId?: string;
  initial: MeasureFormValues;
  storedPeriods: string[];
  choices: Choices;
  backTo: string;
}) {
  const navigate = useNavigate();
  const { search } = useFilters();
  const form = useKeptValues(`oba-measure:${measureId ?? `new:${partnershipId}`}`, initial);
  const v = form.values;
  const step = useCheckStep();
  const [local, setLocal] = useState<Problems>({});
  const create = useCreateMeasure(partnershipId);
  const update = useUpdateMeasure(measureId ?? '');
  const save = measureId ? update : create;
  const labels = useMemo(() => ({ ...MEASURE_LABELS }), []);
  const problems = useFieldProblems(save.error, labels, 'measure', { local });

  // A refusal from the API goes back to the form, where each message sits beside its field.
  const { back } = step;
  useEffect(() => {
    if (save.error) back();
  }, [save.error, back]);

  const set = <K extends MeasureField>(field: K, value: MeasureFormValues[K]) => form.setValue(field, value);
  const chooseMetric = (key: string) => {
    set('metric', key);
    const metric = choices.builtInMetrics.find((m) => m.key === key);
    if (!metric) return;
    // The metric decides the unit; its question and direction are where most measures start.
    set('unit', metric.unit);
    set('polarity', metric.polarity);
    set('quadrant', metric.quadrant);
  };
  const baselineOptions = v.periodicity ? valuePeriods(v.periodicity, storedPeriods, v.baselinePeriodStart || null) : [];

  function toCheck(e: FormEvent) {
    e.preventDefault();
    const found = measureFormProblems(v);
    setLocal(found);
    save.reset();
    if (Object.keys(found).length === 0) step.check();
  }

  function submit() {
    save.mutate(toMeasureInput(v), {
      onSuccess: (data) => {
        const id = 'createMeasure' in data ? data.createMeasure.id : data.updateMeasure.id;
        form.reset(initial);
        const next = new URLSearchParams(search);
        next.set('partnershipId', partnershipId);
        void navigate(`/oba/measures/${id}?${next.toString()}`, { state: { flash: measureId ? 'Measure saved.' : 'Measure added.' } });
      },
    });
  }

  if (step.checking) {
    return (
      <div data-testid="measure-answers">
        <CheckAnswers title="Check your answers" rows={answers(v, choices)} onChange={(field) => step.change(`measure-${field}`)}>
          <div className="button-group">
            <button type="button" className="primary" onClick={submit} disabled={save.isPending}>
              {save.isPending ? 'Saving…' : measureId ? 'Save changes' : 'Add the measure'}
            </button>
            <Link to={backTo}>Cancel</Link>
          </div>
        </CheckAnswers>
      </div>
    );
  }

  return (
    <form className="measure-form" onSubmit={toCheck} noValidate aria-labelledby="measure-form-h">
      <h2 id="measure-form-h" className="visually-hidden">
        {measureId ? 'The measure' : 'The new measure'}
      </h2>
      {form.kept ? <KeptNotice what="the measure" /> : null}
      <ErrorSummary items={problems.summary} title={save.error ? 'The measure was not saved' : 'There is a problem'} />
      <Field id={problems.id('name')} label={MEASURE_LABELS.name} hint="As the scorecard shows it, e.g. “Re-referrals to children’s social care within 12 months”." error={problems.error('name')}>
        {(control) => <input {...control} type="text" autoComplete="off" value={v.name} onChange={(e) => set('name', e.target.value)} />}
      </Field>
      <Radios
        id={problems.id('source')}
        name="measure-source"
        legend={MEASURE_LABELS.source}
        options={options(SOURCES)}
        value={v.source}
        error={problems.error('source')}
        onChange={(x) => set('source', x as MeasureFormValues['source'])}
      />
      {v.source === 'COMPUTED' ? (
        <Field id={problems.id('metric')} label={MEASURE_LABELS.metric} hint="Choosing one sets the unit, the question and which way is better; change the last two if you need to." error={problems.error('metric')}>
          {(control) => (
            <select {...control} value={v.metric} onChange={(e) => chooseMetric(e.target.value)}>
              <option value="">Choose a metric</option>
              {choices.builtInMetrics.map((m) => (
                <option key={m.key} value={m.key}>
                  {m.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Radios
        id={problems.id('quadrant')}
        name="measure-quadrant"
        legend={MEASURE_LABELS.quadrant}
        hint="The three questions of outcomes-based accountability."
        options={options(QUADRANTS)}
        value={v.quadrant}
        error={problems.error('quadrant')}
        onChange={(x) => set('quadrant', x as MeasureFormValues['quadrant'])}
      />
      <Radios
        id={problems.id('periodicity')}
        name="measure-periodicity"
        legend={MEASURE_LABELS.periodicity}
        options={options(PERIODICITIES)}
        value={v.periodicity}
        error={problems.error('periodicity')}
        onChange={(x) => {
          set('periodicity', x as MeasureFormValues['periodicity']);
          set('baselinePeriodStart', '');
        }}
      />
      {v.source === 'COMPUTED' ? null : (
        <Field id={problems.id('unit')} label={MEASURE_LABELS.unit} error={problems.error('unit')}>
          {(control) => (
            <select {...control} value={v.unit} onChange={(e) => set('unit', e.target.value as MeasureFormValues['unit'])}>
              <option value="">Choose a unit</option>
              {Object.entries(UNITS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Radios
        id={problems.id('polarity')}
        name="measure-polarity"
        legend={MEASURE_LABELS.polarity}
        options={options(POLARITIES)}
        value={v.polarity}
        error={problems.error('polarity')}
        onChange={(x) => set('polarity', x as MeasureFormValues['polarity'])}
      />
      <Field id={problems.id('target')} label={`${MEASURE_LABELS.target} (optional)`} hint="In the measure’s unit, e.g. 80 for 80%." error={problems.error('target')}>
        {(control) => <input {...control} className="width-10" inputMode="decimal" autoComplete="off" value={v.target} onChange={(e) => set('target', e.target.value)} />}
      </Field>
      <Field
        id={problems.id('baselinePeriodStart')}
        label={`${MEASURE_LABELS.baselinePeriodStart} (optional)`}
        hint={v.periodicity ? 'The period the change is measured from.' : 'Choose how often first.'}
        error={problems.error('baselinePeriodStart')}
      >
        {(control) => (
          <select {...control} value={v.baselinePeriodStart} disabled={!v.periodicity} onChange={(e) => set('baselinePeriodStart', e.target.value)}>
            <option value="">No baseline</option>
            {baselineOptions.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {v.baselinePeriodStart ? (
        <Field id={problems.id('baseline')} label={MEASURE_LABELS.baseline} error={problems.error('baseline')}>
          {(control) => <input {...control} className="width-10" inputMode="decimal" autoComplete="off" value={v.baseline} onChange={(e) => set('baseline', e.target.value)} />}
        </Field>
      ) : null}
      <div className="form-group">
        <div className="checkbox">
          <input type="checkbox" id="measure-headline" checked={v.headline} onChange={(e) => set('headline', e.target.checked)} aria-describedby="measure-headline-hint" />
          <label htmlFor="measure-headline">Headline measure</label>
        </div>
        <p id="measure-headline-hint" className="hint">
          Headline measures lead the scorecard and can be shown on their own; the rest are secondary.
        </p>
      </div>
      <Field id={problems.id('agencyId')} label={`${MEASURE_LABELS.agencyId} (optional)`} hint="Leave as the whole partnership unless one agency owns the figure." error={problems.error('agencyId')}>
        {(control) => (
          <select {...control} value={v.agencyId} onChange={(e) => set('agencyId', e.target.value)}>
            <option value="">The whole partnership</option>
            {choices.agencies.nodes.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={problems.id('description')} label={`${MEASURE_LABELS.description} (optional)`} hint="How it is counted and where the figure comes from." error={problems.error('description')}>
        {(control) => <textarea {...control} rows={3} value={v.description} onChange={(e) => set('description', e.target.value)} />}
      </Field>
      <Field id={problems.id('ref')} label={`${MEASURE_LABELS.ref} (optional)`} hint="A short code your partnership uses, e.g. M12. Imports match measures by it." error={problems.error('ref')}>
        {(control) => <input {...control} className="width-10" autoComplete="off" spellCheck={false} value={v.ref} onChange={(e) => set('ref', e.target.value)} />}
      </Field>
      <div className="button-group">
        <button type="submit" className="primary">
          Continue
        </button>
        <Link to={backTo}>Cancel</Link>
      </div>
    </form>
  );
}

/**
 * Adds a measure to a partnership's scorecard (`/oba/measures/new?partnershipId=…`) or changes one
 * (`/oba/measures/:measureId/edit`): one page of questions, then "Check your answers" before saving.
 */
export function MeasureFormPage() {
  const { measureId } = useParams();
  const [params] = useSearchParams();
  const { search } = useFilters();
  const editing = measureId !== undefined;
  const valid = !editing || isRecordId(measureId);
  const stored = useMeasureForEditing(editing && valid ? measureId : undefined);
  const measure = stored.data?.measure;
  const partnershipId = editing ? measure?.partnership.id : (params.get('partnershipId') ?? undefined);
  const choices = useMeasureFormChoices(partnershipId);
  const title = editing ? (measure ? `Change “${measure.name}”` : 'Change a measure') : 'Add a measure';
  const back = new URLSearchParams(search);
  if (partnershipId) back.set('partnershipId', partnershipId);
  const backTo = editing && measureId ? `/oba/measures/${measureId}?${back.toString()}` : `/oba?${back.toString()}`;

  if (!valid || (editing && stored.isSuccess && !measure) || (!editing && !partnershipId)) {
    return (
      <>
        <PageHeader title={title} actions={<Link to="/oba">Back to the scorecard</Link>} />
        <p className="state">{editing ? 'There is no measure with this address, or you may not see it.' : 'Choose a partnership on the scorecard first, then add its measure there.'}</p>
      </>
    );
  }
  const data = choices.data;
  return (
    <>
      <PageHeader title={title} lead={data?.partnership?.name} actions={<Link to={backTo}>{editing ? 'Back to the measure' : 'Back to the scorecard'}</Link>} />
      <QueryState isLoading={stored.isLoading || choices.isLoading} error={stored.error ?? choices.error}>
        {data && partnershipId && (!editing || measure) ? (
          <MeasureForm
            partnershipId={partnershipId}
            measureId={measure?.id}
            initial={measure ? fromMeasure(measure) : EMPTY_MEASURE}
            storedPeriods={measure?.values.map((x) => x.periodStart) ?? []}
            choices={data}
            backTo={backTo}
          />
        ) : null}
      </QueryState>
    </>
  );
}
