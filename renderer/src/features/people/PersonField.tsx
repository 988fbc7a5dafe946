import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { IdSelectField } from '../../ui/IdSelectField';
import { usePeople } from './hooks';

type PersonFieldProps = Omit<ComponentProps<typeof IdSelectField>, 'records' | 'noneLabel' | 'placeholder'>;

/**
 * Chooses a person of the directory. Only active people are offered, plus the one already chosen
 * (who may have left since: the record keeps naming them). Optional unless `isRequired`.
 */
export const PersonField = ({ value, isRequired, ...props }: PersonFieldProps) => {
  const { t } = useTranslation();
  const people = usePeople();
  const records = (people.data ?? [])
    .filter((person) => person.active || person.id === value)
    .map((person) => ({ id: person.id, label: person.name }));
  return (
    <IdSelectField
      {...props}
      value={value}
      isRequired={isRequired}
      records={records}
      noneLabel={isRequired ? undefined : t('common.noneOption')}
      placeholder={t('common.choose')}
    />
  );
};
