import type { ReactNode } from 'react';
import { Fieldset } from './field';

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

interface Props {
  /** The first radio's id: what the error summary links to. */
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: RadioOption[];
  value: string;
  onChange: (value: string) => void;
}

/** One question answered by one of a few options (GOV.UK radios), each with an optional hint. */
export function Radios({ id, name, legend, hint, error, options, value, onChange }: Props) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      <div className="radios">
        {options.map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${o.value}`;
          return (
            <div key={o.value} className="radio">
              <input
                type="radio"
                id={optionId}
                name={name}
                value={o.value}
                checked={value === o.value}
                aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                onChange={() => onChange(o.value)}
              />
              <div>
                <label htmlFor={optionId}>{o.label}</label>
                {o.hint ? (
                  <p id={`${optionId}-hint`} className="hint">
                    {o.hint}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
