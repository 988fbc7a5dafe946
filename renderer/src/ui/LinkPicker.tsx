import { useState } from 'react';
import { Button as AriaButton, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, useFilter } from 'react-aria-components';

/** One record the picker offers: its number or reference, its title, and a detail in grey. */
export type LinkOption = { id: number; prefix: string; title: string; detail: string };

type LinkPickerProps = {
  label: string;
  placeholder: string;
  help: string;
  noMatch: string;
  /** The records not linked yet. */
  options: readonly LinkOption[];
  /** Links the chosen one; resolves true once linked (the field then starts afresh). */
  onPick: (id: number) => Promise<boolean>;
  isDisabled?: boolean;
};

/** At most this many suggestions at once: typing narrows them, and a short list stays usable by keyboard. */
const MAX_SUGGESTIONS = 60;

/** How an option reads and is searched. */
const textOf = (option: LinkOption): string => `${option.prefix} ${option.title} — ${option.detail}`;

/**
 * A combobox that links one record at a time (a requirement to a record, a document to a
 * requirement), searching every typed word, accents and case aside. After a choice the list closes
 * and stays closed, so the confirmation shows: the field is replaced by a new one (clearing the text
 * of a focused combobox would open its whole list again over the page), focused for the next choice.
 */
export const LinkPicker = ({ label, placeholder, help, noMatch, options, onPick, isDisabled = false }: LinkPickerProps) => {
  const { contains } = useFilter({ sensitivity: 'base' });
  const [inputValue, setInputValue] = useState('');
  const [round, setRound] = useState(0);
  const terms = inputValue.split(/\s+/).filter((term) => term !== '');
  const suggestions = options.filter((option) => terms.every((term) => contains(textOf(option), term))).slice(0, MAX_SUGGESTIONS);
  return (
    <ComboBox
      key={round}
      className="field"
      items={suggestions}
      inputValue={inputValue}
      onInputChange={setInputValue}
      selectedKey={null}
      onSelectionChange={(key) => {
        const chosen = options.find((option) => String(option.id) === String(key));
        if (!chosen) return;
        void onPick(chosen.id).then((linked) => {
          if (!linked) return;
          setInputValue('');
          setRound((value) => value + 1);
        });
      }}
      isDisabled={isDisabled}
      allowsEmptyCollection
    >
      <Label className="field__label">{label}</Label>
      <div className="field__input combobox__group">
        <Input autoFocus={round > 0} className="combobox__input" placeholder={placeholder} />
        <AriaButton className="combobox__button">
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </div>
      <Text slot="description" className="field__description">
        {help}
      </Text>
      <Popover className="popover">
        <ListBox className="listbox" renderEmptyState={() => <p className="listbox__item">{noMatch}</p>}>
          {(option: LinkOption) => (
            <ListBoxItem className="listbox__item" id={option.id} textValue={textOf(option)}>
              <span className="req-number">{option.prefix}</span> {option.title} <span className="link-list__meta">— {option.detail}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
};
