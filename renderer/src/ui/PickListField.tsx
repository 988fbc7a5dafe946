import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button as AriaButton, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { Button } from './Button';
import { PickEmpty, PickOptionText } from './PickParts';
import { PICK_LIMIT, pickOptionText, usePickSuggestions, type PickFrom, type PickOption } from './pickSource';
import './pickList.css';

export type { PickOption } from './pickSource';

type PickListFieldProps = PickFrom & {
  label: string;
  value: readonly number[];
  onChange: (value: number[]) => void;
  onBlur?: () => void;
  error?: string;
  description?: string;
  /** One record at most: a new choice replaces the current one. */
  single?: boolean;
  isRequired?: boolean;
};

/**
 * Records chosen from a long list (people, processes, requirements) or from a register searched as
 * the user types (actions, nonconformities, documents): a combobox to add one, and the chosen ones
 * listed by name with a remove button each, whether or not the current suggestions hold them.
 */
export const PickListField = ({
  label,
  value,
  onChange,
  onBlur,
  error,
  description,
  single = false,
  isRequired,
  ...from
}: PickListFieldProps) => {
  const { t } = useTranslation();
  const [inputValue, setInputValue] = useState('');
  // After a choice the field is replaced by a new one, focused: clearing the text of a focused
  // combobox would open its list again over the chosen ones (as in LinkPicker).
  const [round, setRound] = useState(0);
  const { suggestions, isSearching, error: searchError, chosen } = usePickSuggestions(from, inputValue, value);
  const help = description ?? (from.source ? t('audits.pick.searchHelp', { count: PICK_LIMIT }) : undefined);

  return (
    <div className="field pick-list">
      <ComboBox
        key={round}
        className="pick-list__combobox"
        items={suggestions}
        inputValue={inputValue}
        onInputChange={setInputValue}
        selectedKey={null}
        onSelectionChange={(key) => {
          if (key === null) return;
          setInputValue('');
          setRound((current) => current + 1);
          onChange(single ? [Number(key)] : [...value, Number(key)]);
        }}
        onBlur={onBlur}
        allowsEmptyCollection
        isInvalid={error !== undefined}
        isRequired={isRequired}
        validationBehavior="aria"
      >
        <Label className="field__label">{label}</Label>
        <div className="field__input combobox__group">
          <Input autoFocus={round > 0} className="combobox__input" placeholder={t('audits.pick.placeholder')} />
          <AriaButton className="combobox__button">
            <span aria-hidden="true">▾</span>
          </AriaButton>
        </div>
        {help && (
          <Text slot="description" className="field__description">
            {help}
          </Text>
        )}
        <FieldError className="field__error">{error}</FieldError>
        <Popover className="popover">
          <ListBox
            className="listbox"
            renderEmptyState={() => <PickEmpty isSearching={isSearching} error={searchError} noMatch={t('audits.pick.noMatch')} />}
          >
            {(option: PickOption) => (
              <ListBoxItem className="listbox__item" id={option.id} textValue={pickOptionText(option)}>
                <PickOptionText option={option} />
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {chosen.length === 0 ? (
        <p className="pick-list__none">{t('audits.pick.none')}</p>
      ) : (
        <ul className="pick-list__chosen" aria-label={label}>
          {chosen.map((option) => (
            <li key={option.id} className="pick-list__item">
              <span>
                <PickOptionText option={option} />
              </span>
              <Button
                variant="quiet"
                aria-label={t('audits.pick.removeLabel', { name: [option.prefix, option.label].filter(Boolean).join(' ') })}
                onPress={() => onChange(value.filter((id) => id !== option.id))}
              >
                {t('audits.pick.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
