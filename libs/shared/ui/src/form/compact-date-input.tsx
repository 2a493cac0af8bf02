import { useEffect, useState } from 'react';
import { isoToKept, joinDateParts, parseKeptDate, splitDateParts } from './date-parts';
import type { DatePart, DateParts } from './date-parts';

interface Props {
  /** The day input's id; the month and year inputs add `-month`, `-year`. */
  id: string;
  /** The question, e.g. "From": the fieldset's legend, and the start of its error. */
  legend: string;
  /** The date in force (`YYYY-MM-DD`), or null. */
  value: string | null;
  /** Called with a real date, or null when all three parts are blank; never with a date half typed. */
  onChange: (value: string | null) => void;
  /** Ids of text that says more about the field (e.g. the note saying which date is in force). */
  describedBy?: string;
}

const PARTS: { part: DatePart; label: string; className: string }[] = [
  { part: 'day', label: 'Day', className: 'date-input-2' },
  { part: 'month', label: 'Month', className: 'date-input-2' },
  { part: 'year', label: 'Year', className: 'date-input-4' },
];

/**
 * The day/month/year date input (UK order, never the browser's `type=date`) in a size that fits a
 * filter bar and a 320 px screen. It changes the date in force only when the three parts make a real
 * date, or are all cleared; a date half typed stays in the inputs, and says what is wrong once the
 * reader moves on. A new date from elsewhere (a link, "use the default date") replaces what is typed.
 */
export function CompactDateInput({ id, legend, value, onChange, describedBy }: Props) {
  const [kept, setKept] = useState(() => isoToKept(value));
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    // Only a change of the date in force resets what is typed (the legend only words a problem).
    setKept((now) => (parseKeptDate(now, 'Date').value === value ? now : isoToKept(value)));
  }, [value]);
  const parts = splitDateParts(kept);
  const parsed = parseKeptDate(kept, legend);
  const problem = touched ? parsed.problem : undefined;
  const set = (part: DatePart, text: string) => {
    const next = joinDateParts({ ...parts, [part]: text } as DateParts);
    setKept(next);
    const read = parseKeptDate(next, legend);
    if (!read.problem && read.value !== value) onChange(read.value);
  };
  const described = [describedBy, problem ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      role="group"
      className={problem ? 'field compact-date form-group-error' : 'field compact-date'}
      aria-describedby={described}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setTouched(true);
      }}
    >
      <legend>{legend}</legend>
      <div className="date-input">
        {PARTS.map(({ part, label, className }) => {
          const partId = part === 'day' ? id : `${id}-${part}`;
          return (
            <div key={part} className="date-input-item">
              <label htmlFor={partId}>{label}</label>
              <input
                id={partId}
                className={className}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                aria-invalid={problem && parsed.parts.includes(part) ? true : undefined}
                value={parts[part]}
                onChange={(e) => set(part, e.target.value)}
              />
            </div>
          );
        })}
      </div>
      {problem ? (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
