import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';

type ComboBoxFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Offered as the user types; any other text is kept as typed. */
  suggestions: readonly string[];
  /** Shown in the popover when no suggestion matches the text. */
  noMatch: string;
  error?: string;
  description?: string;
  isRequired?: boolean;
  maxLength?: number;
};

/** Free text with suggestions (an accessible combobox that accepts any value). */
export const ComboBoxField = ({
  label,
  value,
  onChange,
  onBlur,
  suggestions,
  noMatch,
  error,
  description,
  isRequired,
  maxLength,
}: ComboBoxFieldProps) => (
  <ComboBox
    className="field"
    allowsCustomValue
    allowsEmptyCollection
    menuTrigger="focus"
    inputValue={value}
    onInputChange={onChange}
    onBlur={onBlur}
    defaultItems={suggestions.map((suggestion) => ({ id: suggestion }))}
    isInvalid={error !== undefined}
    isRequired={isRequired}
    validationBehavior="aria"
  >
    <Label className="field__label">{label}</Label>
    <div className="field__input combobox__group">
      <Input className="combobox__input" maxLength={maxLength} />
      <Button className="combobox__button">
        <span aria-hidden="true">▾</span>
      </Button>
    </div>
    {description && (
      <Text slot="description" className="field__description">
        {description}
      </Text>
    )}
    <FieldError className="field__error">{error}</FieldError>
    <Popover className="popover">
      <ListBox className="listbox" renderEmptyState={() => <p className="listbox__item">{noMatch}</p>}>
        {(item: { id: string }) => (
          <ListBoxItem className="listbox__item" id={item.id} textValue={item.id}>
            {item.id}
          </ListBoxItem>
        )}
      </ListBox>
    </Popover>
  </ComboBox>
);
