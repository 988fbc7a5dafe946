import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button as AriaButton, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, useFilter } from 'react-aria-components';
import type { RequirementOption } from '../../../../shared/schemas/referentials';
import { Button } from '../../ui/Button';
import { useRequirementOptions } from '../common/lookups';

const label = (option: Pick<RequirementOption, 'number' | 'titleFr' | 'referentialName'>): string =>
  `${option.number} ${option.titleFr} — ${option.referentialName}`;

// Typing narrows the list; a short one stays usable by keyboard.
const MAX_SUGGESTIONS = 60;

type RequirementsFieldProps = { value: readonly number[]; onChange: (ids: number[]) => void; error?: string };

/** Several requirements of the referentials: a combobox searching number and title adds one, each chosen one can be removed. */
export const RequirementsField = ({ value, onChange, error }: RequirementsFieldProps) => {
  const { t } = useTranslation();
  const options = useRequirementOptions();
  const { contains } = useFilter({ sensitivity: 'base' });
  const [inputValue, setInputValue] = useState('');
  const chosen = new Set(value);
  const terms = inputValue.split(/\s+/).filter((term) => term !== '');
  const suggestions = (options.data ?? [])
    .filter((option) => !chosen.has(option.id) && terms.every((term) => contains(label(option), term)))
    .slice(0, MAX_SUGGESTIONS);
  const byId = new Map((options.data ?? []).map((option) => [option.id, option]));

  return (
    <div className="field field--wide">
      <ComboBox
        className="field"
        items={suggestions}
        inputValue={inputValue}
        onInputChange={setInputValue}
        selectedKey={null}
        onSelectionChange={(key) => {
          if (key === null) return;
          onChange([...value, Number(key)]);
          setInputValue('');
        }}
        isInvalid={error !== undefined}
        menuTrigger="focus"
      >
        <Label className="field__label">{t('nonconformities.field.requirementIds')}</Label>
        <div className="field__input combobox__group">
          <Input className="combobox__input" />
          <AriaButton className="combobox__button">
            <span aria-hidden="true">▾</span>
          </AriaButton>
        </div>
        <Text slot="description" className="field__description">
          {t('nonconformities.requirementsHelp')}
        </Text>
        <Popover className="popover">
          <ListBox className="listbox">
            {(option: RequirementOption) => (
              <ListBoxItem className="listbox__item" id={option.id} textValue={label(option)}>
                {label(option)}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {error && <p className="field__error">{error}</p>}
      {value.length > 0 && (
        <ul className="chosen-list" aria-label={t('nonconformities.field.requirements')}>
          {value.map((id) => {
            const option = byId.get(id);
            const text = option ? label(option) : String(id);
            return (
              <li key={id}>
                {text}
                <Button
                  variant="quiet"
                  aria-label={t('nonconformities.removeRequirement', { label: text })}
                  onPress={() => onChange(value.filter((other) => other !== id))}
                >
                  ×
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
};
