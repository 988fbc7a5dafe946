import { useState } from 'react';
import { Button as AriaButton, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { PickEmpty, PickOptionText } from './PickParts';
import { pickOptionText, usePickSuggestions, type PickFrom, type PickOption } from './pickSource';

type LinkPickerProps = PickFrom & {
  label: string;
  placeholder: string;
  help: string;
  noMatch: string;
  /** The records linked already, left out of the suggestions. */
  linkedIds?: readonly number[];
  /** Links the chosen one; resolves true once linked (the field then starts afresh). */
  onPick: (option: PickOption) => Promise<boolean>;
  isDisabled?: boolean;
};

const NONE: readonly number[] = [];

/**
 * A combobox that links one record at a time (a requirement to a record, a document to a
 * requirement), from a loaded list or a register searched as the user types, each typed word
 * matched, accents and case aside. After a choice the list closes and stays closed, so the
 * confirmation shows: the field is replaced by a new one (clearing the text of a focused combobox
 * would open its whole list again over the page), focused for the next choice.
 */
export const LinkPicker = ({
  label,
  placeholder,
  help,
  noMatch,
  linkedIds = NONE,
  onPick,
  isDisabled = false,
  ...from
}: LinkPickerProps) => {
  const [inputValue, setInputValue] = useState('');
  const [round, setRound] = useState(0);
  const { suggestions, isSearching, error } = usePickSuggestions(from, inputValue, linkedIds, { named: false });
  return (
    <ComboBox
      key={round}
      className="field"
      items={suggestions}
      inputValue={inputValue}
      onInputChange={setInputValue}
      selectedKey={null}
      onSelectionChange={(key) => {
        const chosen = suggestions.find((option) => String(option.id) === String(key));
        if (!chosen) return;
        void onPick(chosen).then((linked) => {
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
        <ListBox className="listbox" renderEmptyState={() => <PickEmpty isSearching={isSearching} error={error} noMatch={noMatch} />}>
          {(option: PickOption) => (
            <ListBoxItem className="listbox__item" id={option.id} textValue={pickOptionText(option)}>
              <PickOptionText option={option} />
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
};
