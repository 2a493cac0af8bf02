import type { ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface Props {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The control, given its id, aria-describedby (hint, then error) and aria-invalid. */
  children: (control: ControlProps) => ReactNode;
}

/** A label, an optional hint, the error beside the field (GOV.UK pattern), and the control wired to all three. */
export function Field({ id, label, hint, error, children }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'form-group form-group-error' : 'form-group'}>
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

/** A group of radios or checkboxes under one question: legend, hint, error. Controls inside name their own ids. */
export function Fieldset({ id, legend, hint, error, children }: { id: string; legend: ReactNode; hint?: ReactNode; error?: string; children: ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'form-group form-group-error' : 'form-group'}>
      <fieldset aria-describedby={describedBy || undefined}>
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
        {children}
      </fieldset>
    </div>
  );
}
