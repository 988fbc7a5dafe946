import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DocumentFields } from '../../../../shared/schemas/documents';
import { FormIdSelectField, FormNumberField, FormSelectField, FormTextField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';
import { useProcesses } from '../processes/hooks';
import { typeOptions } from './labels';

/** The register's fields of a document, inside a create or edit form (react-hook-form context). */
export const DocumentFieldControls = () => {
  const { t } = useTranslation();
  const processes = useProcesses();
  const { control } = useFormContext<DocumentFields>();
  return (
    <>
      <FormTextField control={control} name="title" label={t('documents.field.title')} isRequired maxLength={200} />
      <div className="form__row">
        <FormSelectField
          control={control}
          name="type"
          label={t('documents.field.type')}
          isRequired
          options={typeOptions(t)}
          description={t('documents.referenceHint')}
        />
        <FormNumberField
          control={control}
          name="reviewPeriodMonths"
          label={t('documents.field.reviewPeriodMonths')}
          minValue={1}
          maxValue={120}
        />
      </div>
      <div className="form__row">
        <FormIdSelectField
          control={control}
          name="processId"
          label={t('documents.field.processId')}
          records={(processes.data ?? []).map((process) => ({ id: process.id, label: process.name }))}
          noneLabel={t('common.noneOption')}
        />
        <FormPersonField control={control} name="ownerId" label={t('documents.field.ownerId')} />
      </div>
    </>
  );
};
