import { useCombobox } from 'downshift';
import { Menu, type ComboOption } from './combobox';
import type { ControlProps } from './field';

interface Props {
  /** From `Field` (or a label with id `${id}-label`): the input's id, aria-describedby and aria-invalid. */
  control: ControlProps;
  /** What the options are, plural, for "No agencies match". */
  noun: string;
  /** The chosen option, or null; it may arrive after the first render (looked up by id). */
  selected: ComboOption | null;
  /** The server's answer for the text last reported by `onSearch`. */
  options: ComboOption[];
  /** Read out under the list instead of "No … match", e.g. "Searching…". */
  status?: string;
  /** The text to search for: empty when the input is empty or still shows the chosen option's name. */
  onSearch: (text: string) => void;
  /** The chosen option's value, or '' when the input is emptied. */
  onChange: (value: string) => void;
  disabled?: boolean;
  placeholder?: string;
}

/**
 * The `Combobox` over a list too long to load: the caller searches (on the server) for what is typed
 * and passes back the options. Same markup, keyboard and list as `Combobox`.
 */
export function AsyncCombobox({ control, noun, selected, options, status, onSearch, onChange, disabled, placeholder }: Props) {
  const box = useCombobox<ComboOption>({
    inputId: control.id,
    labelId: `${control.id}-label`,
    menuId: `${control.id}-listbox`,
    toggleButtonId: `${control.id}-toggle`,
    items: options,
    itemToString: (o) => o?.label ?? '',
    // By value: the chosen option is a new object on each render, and downshift puts its name in the
    // input whenever it changes (so a name looked up after the first render still shows).
    itemToKey: (o) => o?.value ?? null,
    selectedItem: selected,
    initialInputValue: selected?.label ?? '',
    onInputValueChange: ({ inputValue }) => {
      // The chosen option's own name searches for everything, so the list is not a list of one.
      onSearch(selected && inputValue === selected.label ? '' : inputValue);
      if (!inputValue && selected) onChange('');
    },
    onSelectedItemChange: ({ selectedItem }) => onChange(selectedItem?.value ?? ''),
  });
  return (
    <div className="combobox">
      <div className="combobox-control">
        <input {...box.getInputProps({ 'aria-describedby': control['aria-describedby'], 'aria-invalid': control['aria-invalid'], disabled, placeholder })} />
        <button type="button" className="combobox-toggle" aria-label={`Show ${noun}`} {...box.getToggleButtonProps({ disabled })}>
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <Menu box={box} items={options} noun={noun} status={status} />
    </div>
  );
}
