import type { ThemeGroup } from '@sli/shared/data-access';
import { useId } from 'react';
import { GROUP_LABELS, listNames, nameOf, type ThemeInfo } from '../lib/themes';

interface Props {
  themes: ThemeInfo[];
  selected: string[];
  /** True when the selection is the default (the five most tagged). */
  isDefault: boolean;
  onChange: (codes: string[] | null) => void;
}

const GROUPS = Object.keys(GROUP_LABELS) as ThemeGroup[];

/** Checkboxes for the themes on the trend chart, grouped as the taxonomy is; the choice goes in the URL. */
export function ThemePicker({ themes, selected, isDefault, onChange }: Props) {
  const id = useId();
  const toggle = (code: string, on: boolean) => onChange(on ? [...selected.filter((c) => c !== code), code] : selected.filter((c) => c !== code));
  const summary = selected.length === 0 ? 'no theme chosen' : listNames(selected.map((c) => nameOf(themes, c)));
  return (
    <details className="theme-picker" style={{ border: '1px solid var(--border)', padding: '0 0.75rem', margin: '0.5rem 0 1rem' }}>
      <summary>
        Choose themes <span className="hint">({isDefault ? `the ${selected.length} most tagged: ` : `${selected.length} chosen: `}{summary})</span>
      </summary>
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', margin: '0.25rem 0 0.5rem' }}>
        <button type="button" onClick={() => onChange(null)} disabled={isDefault}>
          The five most tagged
        </button>
        <button type="button" onClick={() => onChange([])} disabled={selected.length === 0}>
          Clear all
        </button>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 14rem), 1fr))', gap: '0 1rem' }}>
        {GROUPS.map((group) => {
          const inGroup = themes.filter((t) => t.group === group).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
          if (inGroup.length === 0) return null;
          return (
            <fieldset key={group} style={{ border: 0, padding: 0, margin: '0 0 0.75rem' }}>
              <legend style={{ fontWeight: 700, padding: 0 }}>{GROUP_LABELS[group]}</legend>
              {inGroup.map((t) => {
                const box = `${id}-${t.code}`;
                return (
                  <div key={t.code} style={{ display: 'flex', gap: '0.4rem', alignItems: 'center', margin: '0.15rem 0' }}>
                    <input
                      id={box}
                      type="checkbox"
                      checked={selected.includes(t.code)}
                      onChange={(e) => toggle(t.code, e.target.checked)}
                      style={{ width: '1.1rem', height: '1.1rem', margin: 0 }}
                    />
                    <label htmlFor={box}>
                      {t.name} <span className="hint">({t.total})</span>
                    </label>
                  </div>
                );
              })}
            </fieldset>
          );
        })}
      </div>
    </details>
  );
}
