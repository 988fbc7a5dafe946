import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, useFilter } from 'react-aria-components';
import { useRequirementOptions } from '../common/lookups';

type RequirementFieldProps = {
  label: string;
  value: number | null;
  onChange: (id: number | null) => void;
  onBlur?: () => void;
  error?: string;
};

const MAX_SUGGESTIONS = 60;

/** One requirement, searched by number or words of its title; emptying the text clears it. */
export const RequirementField = ({ label, value, onChange, onBlur, error }: RequirementFieldProps) => {
  const { t } = useTranslation();
  const options = useRequirementOptions();
  const { contains } = useFilter({ sensitivity: 'base' });
  const all = (options.data ?? []).map((option) => ({
    id: option.id,
    label: `${option.number} ${option.titleFr}`,
    detail: option.referentialName,
  }));
  const selected = all.find((option) => option.id === value) ?? null;
  // What the user is typing; null shows the chosen requirement (its label arrives with the options).
  const [typed, setTyped] = useState<string | null>(null);
  const terms = (typed ?? '').split(/\s+/).filter((term) => term !== '');
  const suggestions = all
    .filter((option) => terms.every((term) => contains(`${option.label} ${option.detail}`, term)))
    .slice(0, MAX_SUGGESTIONS);

  return (
    <ComboBox
      className="field"
      items={suggestions}
      inputValue={typed ?? selected?.label ?? ''}
      onInputChange={(text) => {
        if (text === (selected?.label ?? '') && typed === null) return;
        setTyped(text);
        if (text.trim() === '') onChange(null);
      }}
      selectedKey={value}
      onSelectionChange={(key) => {
        if (key === null) return;
        setTyped(null);
        onChange(Number(key));
      }}
      onBlur={onBlur}
      allowsEmptyCollection
      menuTrigger="focus"
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <div className="field__input combobox__group">
        <Input className="combobox__input" placeholder={t('audits.pick.placeholder')} />
        <Button className="combobox__button">
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <FieldError className="field__error">{error}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" renderEmptyState={() => <p className="listbox__item">{t('audits.pick.noMatch')}</p>}>
          {(option: { id: number; label: string; detail: string }) => (
            <ListBoxItem className="listbox__item" id={option.id} textValue={option.label}>
              {option.label} <span className="link-list__meta">— {option.detail}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
};
