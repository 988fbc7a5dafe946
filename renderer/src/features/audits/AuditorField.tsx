import { useTranslation } from 'react-i18next';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { usePeople } from '../people/hooks';

/** Someone on the audit team as the form holds it: a person of the directory, or an external name. */
export type AuditorValue = { personId: number | null; externalName: string | null };

type AuditorFieldProps = {
  label: string;
  value: AuditorValue | null;
  onChange: (value: AuditorValue | null) => void;
  onBlur?: () => void;
  error?: string;
  showHelp?: boolean;
};

/**
 * One auditor in one combobox: choosing (or typing exactly) a name of the directory links that
 * person; any other name is kept as an external auditor (the certification body's, a partner's).
 */
export const AuditorField = ({ label, value, onChange, onBlur, error, showHelp = true }: AuditorFieldProps) => {
  const { t } = useTranslation();
  const people = usePeople();
  const known = (people.data ?? []).filter((person) => person.active || person.id === value?.personId);
  const text = value?.personId ? (known.find((person) => person.id === value.personId)?.name ?? '') : (value?.externalName ?? '');

  const isExternal = value !== null && value.personId === null && value.externalName !== null;
  const description = isExternal ? t('audits.auditor.externalNote') : showHelp ? t('audits.auditor.help') : null;

  const fromText = (typed: string) => {
    const trimmed = typed.trim();
    if (trimmed === '') return onChange(null);
    const person = known.find((candidate) => candidate.name === trimmed);
    onChange(person ? { personId: person.id, externalName: null } : { personId: null, externalName: typed });
  };

  return (
    <ComboBox
      className="field"
      allowsCustomValue
      allowsEmptyCollection
      menuTrigger="focus"
      inputValue={text}
      onInputChange={fromText}
      selectedKey={value?.personId ?? null}
      onSelectionChange={(key) => key !== null && onChange({ personId: Number(key), externalName: null })}
      onBlur={onBlur}
      defaultItems={known}
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <div className="field__input combobox__group">
        <Input className="combobox__input" maxLength={120} />
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
        <ListBox className="listbox" renderEmptyState={() => <p className="listbox__item">{t('audits.auditor.externalHint')}</p>}>
          {(person: { id: number; name: string }) => (
            <ListBoxItem className="listbox__item" id={person.id} textValue={person.name}>
              {person.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
};
