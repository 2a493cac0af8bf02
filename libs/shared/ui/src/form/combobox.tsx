import { useCombobox, useMultipleSelection } from 'downshift';
import { useEffect, useMemo, useState } from 'react';
import type { ControlProps } from './field';

/** One choice: an agency or a theme of the partnership. */
export interface ComboOption {
  value: string;
  label: string;
  /** Shown beside the label, e.g. the agency's partnership when several are searched. */
  hint?: string;
}

/** Options whose label contains every word typed, in any order, ignoring case. */
function matching(options: ComboOption[], text: string): ComboOption[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length === 0 ? options : options.filter((o) => words.every((w) => o.label.toLowerCase().includes(w)));
}

interface Common {
  /** From `Field`: the input's id, aria-describedby and aria-invalid; the label is `${id}-label`. */
  control: ControlProps;
  options: ComboOption[];
  /** What the options are, plural, for "No agencies match". */
  noun: string;
}

/**
 * An accessible autocomplete (WAI-ARIA 1.2 combobox, from downshift) over a partnership's own list:
 * type part of a name, move with the arrow keys, Enter to choose. Only a listed option can be chosen.
 */
export function Combobox({ control, options, noun, value, onChange }: Common & { value: string; onChange: (value: string) => void }) {
  const selected = options.find((o) => o.value === value) ?? null;
  const [text, setText] = useState(selected?.label ?? '');
  // The chosen option's own name shows every option again, so the list is not a list of one.
  const items = useMemo(() => (selected && text === selected.label ? options : matching(options, text)), [options, selected, text]);
  const box = useCombobox<ComboOption>({
    inputId: control.id,
    labelId: `${control.id}-label`,
    menuId: `${control.id}-listbox`,
    toggleButtonId: `${control.id}-toggle`,
    items,
    itemToString: (o) => o?.label ?? '',
    selectedItem: selected,
    // The input's text stays downshift's own (not controlled): a controlled value lags a render behind
    // and drops keys typed quickly. Its changes only filter the options.
    initialInputValue: selected?.label ?? '',
    onInputValueChange: ({ inputValue }) => {
      setText(inputValue);
      if (!inputValue) onChange('');
    },
    onSelectedItemChange: ({ selectedItem }) => onChange(selectedItem?.value ?? ''),
  });
  // Options fetched after the form opened name the value already chosen: its name fills the empty input
  // once they arrive (text the user typed is never replaced, and clearing the input clears the value).
  const chosenLabel = selected?.label ?? '';
  const { inputValue, setInputValue } = box;
  useEffect(() => {
    if (chosenLabel && inputValue === '') setInputValue(chosenLabel);
  }, [chosenLabel, inputValue, setInputValue]);
  return (
    <div className="combobox">
      <div className="combobox-control">
        <input {...box.getInputProps({ 'aria-describedby': control['aria-describedby'], 'aria-invalid': control['aria-invalid'] })} />
        <button type="button" className="combobox-toggle" aria-label={`Show all ${noun}`} {...box.getToggleButtonProps()}>
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <Menu box={box} items={items} noun={noun} />
    </div>
  );
}

/**
 * The same autocomplete choosing several: each choice shows as a tag with its own Remove button;
 * Backspace in the empty input removes the last.
 */
export function MultiCombobox({ control, options, noun, values, onChange }: Common & { values: string[]; onChange: (values: string[]) => void }) {
  const [text, setText] = useState('');
  const selectedItems = useMemo(() => values.map((v) => options.find((o) => o.value === v)).filter((o): o is ComboOption => !!o), [options, values]);
  const items = useMemo(() => matching(options, text).filter((o) => !values.includes(o.value)), [options, text, values]);
  const multiple = useMultipleSelection<ComboOption>({
    selectedItems,
    itemToKey: (o) => o?.value,
    onSelectedItemsChange: ({ selectedItems: next }) => onChange(next.map((o) => o.value)),
  });
  const box = useCombobox<ComboOption>({
    inputId: control.id,
    labelId: `${control.id}-label`,
    menuId: `${control.id}-listbox`,
    toggleButtonId: `${control.id}-toggle`,
    items,
    itemToString: (o) => o?.label ?? '',
    selectedItem: null,
    // Choosing empties the input, ready for the next choice; the list closes so it hides nothing below.
    stateReducer: (_state, { changes, type }) => {
      if (type === useCombobox.stateChangeTypes.InputKeyDownEnter || type === useCombobox.stateChangeTypes.ItemClick) {
        return { ...changes, isOpen: false, inputValue: '' };
      }
      if (type === useCombobox.stateChangeTypes.InputBlur && changes.selectedItem) return { ...changes, inputValue: '' };
      return changes;
    },
    onStateChange: ({ type, selectedItem }) => {
      if (
        (type === useCombobox.stateChangeTypes.InputKeyDownEnter || type === useCombobox.stateChangeTypes.ItemClick || type === useCombobox.stateChangeTypes.InputBlur) &&
        selectedItem
      ) {
        onChange([...values, selectedItem.value]);
        setText('');
      }
    },
    onInputValueChange: ({ inputValue }) => setText(inputValue),
  });
  return (
    <div className="combobox">
      {selectedItems.length > 0 ? (
        <ul className="combobox-tags" aria-label={`Chosen ${noun}`}>
          {selectedItems.map((o, index) => (
            <li key={o.value} className="combobox-tag">
              <span {...multiple.getSelectedItemProps({ selectedItem: o, index })}>{o.label}</span>
              <button type="button" className="combobox-remove" onClick={() => multiple.removeSelectedItem(o)}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">Remove {o.label}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="combobox-control">
        <input
          {...box.getInputProps(
            multiple.getDropdownProps({
              preventKeyAction: box.isOpen,
              'aria-describedby': control['aria-describedby'],
              'aria-invalid': control['aria-invalid'],
            }),
          )}
        />
        <button type="button" className="combobox-toggle" aria-label={`Show all ${noun}`} {...box.getToggleButtonProps()}>
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <Menu box={box} items={items} noun={noun} />
    </div>
  );
}

/**
 * The open list and its status line (read out): "No agencies match" when nothing does, or the `status`
 * given (e.g. "Searching…", "The first 20 of 130: type more of the name").
 */
export function Menu({ box, items, noun, status }: { box: ReturnType<typeof useCombobox<ComboOption>>; items: ComboOption[]; noun: string; status?: string }) {
  const open = box.isOpen;
  // One box floating under the input, so neither the list nor its status line moves the page.
  return (
    <div className="combobox-popup">
      <ul {...box.getMenuProps()} className="combobox-menu" hidden={!open || items.length === 0}>
        {open
          ? items.map((item, index) => (
              <li key={item.value} className={box.highlightedIndex === index ? 'combobox-option highlighted' : 'combobox-option'} {...box.getItemProps({ item, index })}>
                {item.label}
                {item.hint ? <span className="combobox-hint"> ({item.hint})</span> : null}
              </li>
            ))
          : null}
      </ul>
      <p className="hint combobox-empty" role="status">
        {!open ? '' : status ?? (items.length === 0 ? `No ${noun} match what you typed.` : '')}
      </p>
    </div>
  );
}
