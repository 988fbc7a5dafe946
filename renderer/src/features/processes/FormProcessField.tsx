import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues } from 'react-hook-form';
import { FormIdSelectField } from '../../ui/FormFields';
import { useProcessRecords } from './hooks';

/**
 * A process of the structure bound to a react-hook-form field, with "Aucun" (or `noneLabel`) first
 * unless `isRequired`: what every record's "Processus" field offers.
 */
export const FormProcessField = <T extends FieldValues, Out extends FieldValues>({
  noneLabel,
  ...props
}: Omit<ComponentProps<typeof FormIdSelectField<T, Out>>, 'records'>) => {
  const { t } = useTranslation();
  const records = useProcessRecords();
  return (
    <FormIdSelectField {...props} records={records} noneLabel={props.isRequired ? undefined : (noneLabel ?? t('common.noneOption'))} />
  );
};
