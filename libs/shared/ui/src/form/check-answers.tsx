import { useEffect, useRef, type ReactNode } from 'react';

export interface AnswerRow {
  /** The question, as on the form. */
  key: string;
  value: ReactNode;
  /** The field to go back to. */
  field: string;
}

/**
 * GOV.UK "check your answers": every answer with a Change link back to its field, then the button that
 * creates the record. The heading takes focus when the page appears.
 */
export function CheckAnswers({
  title,
  rows,
  onChange,
  children,
}: {
  title: string;
  rows: AnswerRow[];
  onChange: (field: string) => void;
  /** The error summary and the buttons. */
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="check-answers-title" className="check-answers">
      <h2 id="check-answers-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <dl className="summary-list">
        {rows.map((r) => (
          <div key={r.field} className="summary-list-row">
            <dt>{r.key}</dt>
            <dd>{r.value === '' || r.value === null || r.value === undefined ? <span className="hint">Not given</span> : r.value}</dd>
            <dd className="summary-list-actions">
              <button type="button" className="link-button" onClick={() => onChange(r.field)}>
                Change<span className="visually-hidden"> {r.key.toLowerCase()}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      {children}
    </section>
  );
}
