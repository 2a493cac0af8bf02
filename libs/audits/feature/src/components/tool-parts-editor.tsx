import { LEVEL_CODES, type LevelCode } from '@sli/audits-domain';
import { Field } from '@sli/shared/ui';

/** A standard being edited; `key` keeps React's identity while standards move. */
export interface EditedStandard {
  key: number;
  code: string;
  title: string;
  description: string;
  groupName: string;
}

export interface EditedLevel {
  key: number;
  code: LevelCode;
  label: string;
  met: boolean;
}

const LEVEL_NAMES: Record<LevelCode, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

/** The control's id for an API path such as `standards[2].code`: `tool-standards-2-code`. */
export const partId = (path: string) => `tool-${path.replace(/\[(\d+)\]\.?/g, '-$1-').replace(/\./g, '-').replace(/-$/, '')}`;

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

interface RowButtonsProps {
  noun: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** Move up, move down and remove, each naming the row it acts on for screen readers. */
function RowButtons({ noun, index, count, onMove, onRemove }: RowButtonsProps) {
  const which = `${noun} ${index + 1}`;
  return (
    <div className="button-group">
      <button type="button" className="secondary" disabled={index === 0} onClick={() => onMove(index - 1)}>
        Move up<span className="visually-hidden">: {which}</span>
      </button>
      <button type="button" className="secondary" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
        Move down<span className="visually-hidden">: {which}</span>
      </button>
      <button type="button" className="secondary" onClick={onRemove}>
        Remove<span className="visually-hidden">: {which}</span>
      </button>
    </div>
  );
}

interface StandardsProps {
  standards: EditedStandard[];
  onChange: (next: EditedStandard[]) => void;
  error: (path: string) => string | undefined;
  newKey: () => number;
}

/** The draft's standards in reading order: code, title, group and guidance of each; add, move, remove. */
export function StandardsEditor({ standards, onChange, error, newKey }: StandardsProps) {
  const set = (i: number, patch: Partial<EditedStandard>) => onChange(standards.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <>
      {standards.length === 0 ? <p>No standards yet. A tool needs at least one before it is published.</p> : null}
      <ol className="tool-parts">
        {standards.map((s, i) => (
          <li key={s.key} className="tool-part">
            <fieldset>
              <legend>Standard {i + 1}</legend>
              <Field id={partId(`standards[${i}].title`)} label="Title" error={error(`standards[${i}].title`)}>
                {(control) => <input {...control} value={s.title} onChange={(e) => set(i, { title: e.target.value })} />}
              </Field>
              <Field
                id={partId(`standards[${i}].code`)}
                label="Code"
                hint="Lower-case words joined by hyphens. Keep the code while the standard asks the same thing, so rounds on both versions compare; give a new code when it asks something new."
                error={error(`standards[${i}].code`)}
              >
                {(control) => <input {...control} value={s.code} onChange={(e) => set(i, { code: e.target.value })} />}
              </Field>
              <Field id={partId(`standards[${i}].groupName`)} label="Group (optional)" hint="For example, Leadership, or Practice." error={error(`standards[${i}].groupName`)}>
                {(control) => <input {...control} value={s.groupName} onChange={(e) => set(i, { groupName: e.target.value })} />}
              </Field>
              <Field id={partId(`standards[${i}].description`)} label="Guidance (optional)" hint="What the standard asks, and what evidence shows it is met." error={error(`standards[${i}].description`)}>
                {(control) => <textarea {...control} rows={3} value={s.description} onChange={(e) => set(i, { description: e.target.value })} />}
              </Field>
              <RowButtons noun="standard" index={i} count={standards.length} onMove={(to) => onChange(move(standards, i, to))} onRemove={() => onChange(standards.filter((_, j) => j !== i))} />
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" id={partId('standards')} className="secondary" onClick={() => onChange([...standards, { key: newKey(), code: '', title: '', description: '', groupName: '' }])}>
        Add a standard
      </button>
    </>
  );
}

interface LevelsProps {
  levels: EditedLevel[];
  onChange: (next: EditedLevel[]) => void;
  error: (path: string) => string | undefined;
  newKey: () => number;
}

/** The rating scale, worst first: the RAG rating each level stores, its words, and whether it counts as met. */
export function LevelsEditor({ levels, onChange, error, newKey }: LevelsProps) {
  const set = (i: number, patch: Partial<EditedLevel>) => onChange(levels.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const unused = LEVEL_CODES.find((c) => !levels.some((l) => l.code === c));
  return (
    <>
      <ol className="tool-parts">
        {levels.map((l, i) => (
          <li key={l.key} className="tool-part">
            <fieldset>
              <legend>Level {i + 1}</legend>
              <Field id={partId(`levels[${i}].code`)} label="Rating stored" hint="Assessments are rated red, amber or green." error={error(`levels[${i}].code`)}>
                {(control) => (
                  <select {...control} value={l.code} onChange={(e) => set(i, { code: e.target.value as LevelCode })}>
                    {LEVEL_CODES.map((c) => (
                      <option key={c} value={c}>
                        {LEVEL_NAMES[c]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={partId(`levels[${i}].label`)} label="Words" hint="What agencies read, for example Green: met." error={error(`levels[${i}].label`)}>
                {(control) => <input {...control} value={l.label} onChange={(e) => set(i, { label: e.target.value })} />}
              </Field>
              <div className={error(`levels[${i}].met`) ? 'form-group form-group-error' : 'form-group'}>
                {error(`levels[${i}].met`) ? (
                  <p id={`${partId(`levels[${i}].met`)}-error`} className="field-error">
                    <span className="visually-hidden">Error: </span>
                    {error(`levels[${i}].met`)}
                  </p>
                ) : null}
                <div className="checkbox">
                  <input
                    type="checkbox"
                    id={partId(`levels[${i}].met`)}
                    checked={l.met}
                    aria-describedby={error(`levels[${i}].met`) ? `${partId(`levels[${i}].met`)}-error` : undefined}
                    onChange={(e) => set(i, { met: e.target.checked })}
                  />
                  <label htmlFor={partId(`levels[${i}].met`)}>Counts as the standard met</label>
                </div>
              </div>
              <RowButtons noun="level" index={i} count={levels.length} onMove={(to) => onChange(move(levels, i, to))} onRemove={() => onChange(levels.filter((_, j) => j !== i))} />
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        id={partId('levels')}
        className="secondary"
        disabled={!unused}
        onClick={() => unused && onChange([...levels, { key: newKey(), code: unused, label: LEVEL_NAMES[unused], met: false }])}
      >
        Add a level
      </button>
    </>
  );
}
