import type { ReactNode } from 'react';
import { joinDateParts, splitDateParts, type DatePart, type DateParts } from './date-parts';

interface Props {
  /** The day input's id: what the error summary links to. The month and year inputs add `-month`, `-year`. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The parts at fault (all three when the error names none). */
  errorParts?: DatePart[];
  /** The three parts kept in one string (see `joinDateParts`). */
  value: string;
  onChange: (value: string) => void;
}

const PARTS: { part: DatePart; label: string; width: string }[] = [
  { part: 'day', label: 'Day', width: 'date-input-2' },
  { part: 'month', label: 'Month', width: 'date-input-2' },
  { part: 'year', label: 'Year', width: 'date-input-4' },
];

/**
 * GOV.UK date input: day, month and year in UK order (never the browser's `type=date`, whose order
 * follows the locale), numeric keyboards on phones, the error beside the field.
 */
export function DateInput({ id, legend, hint, error, errorParts, value, onChange }: Props) {
  const parts = splitDateParts(value);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const bad = (p: DatePart) => Boolean(error) && (!errorParts?.length || errorParts.includes(p));
  const set = (part: DatePart, text: string) => onChange(joinDateParts({ ...parts, [part]: text } as DateParts));
  return (
    <div className={error ? 'form-group form-group-error' : 'form-group'}>
      <fieldset role="group" aria-describedby={describedBy}>
        <legend>{legend}</legend>
        {hint ? (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="field-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <div className="date-input">
          {PARTS.map(({ part, label, width }) => {
            const partId = part === 'day' ? id : `${id}-${part}`;
            return (
              <div key={part} className="date-input-item">
                <label htmlFor={partId}>{label}</label>
                <input
                  id={partId}
                  className={width}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={bad(part) ? true : undefined}
                  value={parts[part]}
                  onChange={(e) => set(part, e.target.value)}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
