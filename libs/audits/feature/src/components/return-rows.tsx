import type { RagRating } from '@sli/shared/data-access';
import { Field, Radios } from '@sli/shared/ui';
import type { ReturnToFill } from '../api/agency-returns';
import { ragOptions, ratingWords } from '../labels';
import { controlId, EMPTY_STANDARD, type ReturnValues, type StandardValues } from '../lib/return-values';

interface Props {
  r: ReturnToFill;
  values: ReturnValues;
  /** Absent: the return is shown, not filled in. */
  onChange?: (next: ReturnValues) => void;
  errors?: Map<string, string>;
}

/** Each standard of the round's tool with the agency's rating, narrative and evidence; or each case with its narrative. */
export function ReturnRows({ r, values, onChange, errors = new Map() }: Props) {
  const rowsError = errors.get(controlId(null, 'rows'));
  const heading = (
    <h2 id={controlId(null, 'rows')} tabIndex={-1}>
      {r.kind === 'SELF_ASSESSMENT' ? 'Standards' : 'Cases'}
    </h2>
  );
  const problem = rowsError ? (
    <p className="field-error">
      <span className="visually-hidden">Error: </span>
      {rowsError}
    </p>
  ) : null;

  if (r.kind === 'CASE_AUDIT') {
    return (
      <>
        {heading}
        {problem}
        {r.audit.cases.length === 0 ? <p className="state">The audit has no cases yet.</p> : null}
        {r.audit.cases.map((c) => {
          const id = controlId(c.id, 'narrative');
          const text = values.cases[c.id] ?? '';
          return onChange ? (
            <Field key={c.id} id={id} label={`Case ${c.ref}: your agency's narrative`} hint="What your agency knew and did, and what it learned." error={errors.get(id)}>
              {(control) => <textarea {...control} rows={5} value={text} onChange={(e) => onChange({ ...values, cases: { ...values.cases, [c.id]: e.target.value } })} />}
            </Field>
          ) : (
            <section key={c.id} aria-labelledby={`${id}-h`}>
              <h3 id={`${id}-h`}>Case {c.ref}</h3>
              <p style={{ whiteSpace: 'pre-line' }}>{text || 'No narrative given.'}</p>
            </section>
          );
        })}
      </>
    );
  }

  const scale = r.audit.tool?.ratingScale;
  const standards = [...(r.audit.tool?.standards ?? [])].sort((a, b) => a.position - b.position);
  const set = (id: string, patch: Partial<StandardValues>) =>
    onChange?.({ ...values, standards: { ...values.standards, [id]: { ...(values.standards[id] ?? EMPTY_STANDARD), ...patch } } });
  return (
    <>
      {heading}
      {problem}
      {r.audit.tool ? (
        <p className="hint">
          {r.audit.tool.name}, version {r.audit.tool.version}: {standards.length} standards. Rate each and say what shows it.
        </p>
      ) : null}
      {standards.map((s, i) => {
        const v = values.standards[s.id] ?? EMPTY_STANDARD;
        const headingId = `${controlId(s.id, 'heading')}`;
        return (
          <section key={s.id} aria-labelledby={headingId} className="return-standard" data-testid="return-standard">
            <h3 id={headingId}>
              {i + 1}. {s.title}
            </h3>
            {s.description ? <p className="hint">{s.description}</p> : null}
            {onChange ? (
              <>
                <Radios
                  id={controlId(s.id, 'rating')}
                  name={`rating-${s.id}`}
                  legend={<>Your rating<span className="visually-hidden"> of {s.title}</span></>}
                  error={errors.get(controlId(s.id, 'rating'))}
                  options={ragOptions(scale)}
                  value={v.rating}
                  onChange={(x) => set(s.id, { rating: x as RagRating })}
                />
                <Field id={controlId(s.id, 'evidence')} label={<>Evidence<span className="visually-hidden"> for {s.title}</span></>} hint="Policies, audits, training records: what shows the rating. Required to submit." error={errors.get(controlId(s.id, 'evidence'))}>
                  {(control) => <textarea {...control} rows={3} value={v.evidence} onChange={(e) => set(s.id, { evidence: e.target.value })} />}
                </Field>
                <Field id={controlId(s.id, 'narrative')} label={<>Narrative (optional)<span className="visually-hidden"> for {s.title}</span></>} error={errors.get(controlId(s.id, 'narrative'))}>
                  {(control) => <textarea {...control} rows={3} value={v.narrative} onChange={(e) => set(s.id, { narrative: e.target.value })} />}
                </Field>
              </>
            ) : (
              <dl className="details">
                <div>
                  <dt>Rating</dt>
                  <dd>{v.rating ? ratingWords(scale, v.rating) : 'Not rated'}</dd>
                </div>
                <div>
                  <dt>Evidence</dt>
                  <dd style={{ whiteSpace: 'pre-line' }}>{v.evidence || 'None given'}</dd>
                </div>
                {v.narrative ? (
                  <div>
                    <dt>Narrative</dt>
                    <dd style={{ whiteSpace: 'pre-line' }}>{v.narrative}</dd>
                  </div>
                ) : null}
              </dl>
            )}
          </section>
        );
      })}
    </>
  );
}
