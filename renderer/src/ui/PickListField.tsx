import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button as AriaButton,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  useFilter,
} from 'react-aria-components';
import { Button } from './Button';
import './pickList.css';

export type PickOption = { id: number; label: string; detail?: string };

type PickListFieldProps = {
  label: string;
  options: readonly PickOption[];
  value: readonly number[];
  onChange: (value: number[]) => void;
  onBlur?: () => void;
  error?: string;
  description?: string;
};

/** At most this many suggestions at once: typing narrows them, and a short list stays usable by keyboard. */
const MAX_SUGGESTIONS = 60;

/**
 * Several records chosen from a long list (people, processes, requirements): a combobox to add one,
 * searching every typed word, and the chosen ones listed with a remove button each.
 */
export const PickListField = ({ label, options, value, onChange, onBlur, error, description }: PickListFieldProps) => {
  const { t } = useTranslation();
  const { contains } = useFilter({ sensitivity: 'base' });
  const [inputValue, setInputValue] = useState('');
  const chosen = new Set(value);
  const terms = inputValue.split(/\s+/).filter((term) => term !== '');
  const suggestions = options
    .filter((option) => !chosen.has(option.id) && terms.every((term) => contains(`${option.label} ${option.detail ?? ''}`, term)))
    .slice(0, MAX_SUGGESTIONS);
  const picked = value.map((id) => options.find((option) => option.id === id) ?? { id, label: `#${id}` });

  return (
    <div className="field pick-list">
      <ComboBox
        className="pick-list__combobox"
        items={suggestions}
        inputValue={inputValue}
        onInputChange={setInputValue}
        selectedKey={null}
        onSelectionChange={(key) => {
          if (key === null) return;
          setInputValue('');
          onChange([...value, Number(key)]);
        }}
        onBlur={onBlur}
        allowsEmptyCollection
        isInvalid={error !== undefined}
        validationBehavior="aria"
      >
        <Label className="field__label">{label}</Label>
        <div className="field__input combobox__group">
          <Input className="combobox__input" placeholder={t('audits.pick.placeholder')} />
          <AriaButton className="combobox__button">
            <span aria-hidden="true">▾</span>
          </AriaButton>
        </div>
        {description && (
          <Text slot="description" className="field__description">
            {description}
          </Text>
        )}
        <FieldError className="field__error">{error}</FieldError>
        <Popover className="popover">
          <ListBox className="listbox" renderEmptyState={() => <p className="listbox__item">{t('audits.pick.noMatch')}</p>}>
            {(option: PickOption) => (
              <ListBoxItem className="listbox__item" id={option.id} textValue={option.label}>
                {option.label}
                {option.detail && <span className="link-list__meta"> — {option.detail}</span>}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {picked.length === 0 ? (
        <p className="pick-list__none">{t('audits.pick.none')}</p>
      ) : (
        <ul className="pick-list__chosen" aria-label={label}>
          {picked.map((option) => (
            <li key={option.id} className="pick-list__item">
              <span>
                {option.label}
                {option.detail && <span className="link-list__meta"> — {option.detail}</span>}
              </span>
              <Button
                variant="quiet"
                aria-label={t('audits.pick.removeLabel', { name: option.label })}
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
