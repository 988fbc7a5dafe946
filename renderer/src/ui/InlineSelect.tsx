import { Button, ListBox, ListBoxItem, Popover, Select, SelectValue, type Key } from 'react-aria-components';
import type { Option } from './SelectField';
import './utilities.css';

type InlineSelectProps = {
  /** Names the control for assistive technologies, since a table row has no room for a visible label. */
  label: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
  isDisabled?: boolean;
};

/** A compact select for a table cell (a checklist result, an imported file's type), labelled by `aria-label`. */
export const InlineSelect = ({ label, options, value, onChange, isDisabled }: InlineSelectProps) => (
  <Select
    className="inline-select"
    aria-label={label}
    value={value}
    onChange={(key: Key | null) => key !== null && onChange(String(key))}
    isDisabled={isDisabled}
  >
    <Button className="field__input select__button">
      <SelectValue className="select__value" />
      <span aria-hidden="true" className="select__chevron">
        ▾
      </span>
    </Button>
    <Popover className="popover">
      <ListBox className="listbox" items={options}>
        {(option) => (
          <ListBoxItem className="listbox__item" id={option.id} textValue={option.label}>
            {option.label}
          </ListBoxItem>
        )}
      </ListBox>
    </Popover>
  </Select>
);
