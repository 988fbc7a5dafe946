import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/SelectField';
import { usePeople } from './hooks';

type PersonFieldProps = {
  label: string;
  value: number | null;
  onChange: (id: number | null) => void;
  onBlur?: () => void;
  error?: string;
  description?: string;
  isRequired?: boolean;
};

const NONE = 'none';

/**
 * Chooses a person of the directory. Only active people are offered, plus the one already chosen
 * (who may have left since: the record keeps naming them).
 */
export const PersonField = ({ label, value, onChange, onBlur, error, description, isRequired }: PersonFieldProps) => {
  const { t } = useTranslation();
  const people = usePeople();
  const options = [
    ...(isRequired ? [] : [{ id: NONE, label: t('common.noneOption') }]),
    ...(people.data ?? [])
      .filter((person) => person.active || person.id === value)
      .map((person) => ({ id: String(person.id), label: person.name })),
  ];
  return (
    <SelectField
      label={label}
      options={options}
      value={value === null ? (isRequired ? null : NONE) : String(value)}
      onChange={(key) => onChange(key === null || key === NONE ? null : Number(key))}
      onBlur={onBlur}
      error={error}
      description={description}
      isRequired={isRequired}
      placeholder={t('common.choose')}
    />
  );
};
