import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DocumentFields } from '../../../../shared/schemas/documents';
import { FormNumberField, FormSelectField, FormTextField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';
import { typeOptions } from '../common/documentOptions';
import { FormProcessField } from '../processes/FormProcessField';

/** The register's fields of a document, inside a create or edit form (react-hook-form context). */
export const DocumentFieldControls = () => {
  const { t } = useTranslation();
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
        <FormProcessField control={control} name="processId" label={t('documents.field.processId')} />
        <FormPersonField control={control} name="ownerId" label={t('documents.field.ownerId')} />
      </div>
    </>
  );
};
