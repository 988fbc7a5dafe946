import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text, type Key } from 'react-aria-components';

export type Option = { id: string; label: string };

type SelectFieldProps = {
  label: string;
  options: readonly Option[];
  value: string | null;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  error?: string;
  description?: string;
  placeholder?: string;
  isRequired?: boolean;
  name?: string;
};

/** Accessible single choice from a short list (a listbox in a popover). */
export const SelectField = ({
  label,
  options,
  value,
  onChange,
  onBlur,
  error,
  description,
  placeholder,
  isRequired,
  name,
}: SelectFieldProps) => (
  <Select
    className="field"
    value={value}
    onChange={(key: Key | null) => onChange(key === null ? null : String(key))}
    onBlur={onBlur}
    isInvalid={error !== undefined}
    isRequired={isRequired}
    validationBehavior="aria"
    placeholder={placeholder}
    name={name}
  >
    <Label className="field__label">{label}</Label>
    <Button className="field__input select__button">
      <SelectValue className="select__value" />
      <span aria-hidden="true" className="select__chevron">
        ▾
      </span>
    </Button>
    {description && (
      <Text slot="description" className="field__description">
        {description}
      </Text>
    )}
    <FieldError className="field__error">{error}</FieldError>
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
