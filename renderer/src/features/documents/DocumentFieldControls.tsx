import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DocumentFields } from '../../../../shared/schemas/documents';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { PersonField } from '../people/PersonField';
import { useProcesses } from '../processes/hooks';
import { typeOptions } from './labels';

const NONE = 'none';

/** The register's fields of a document, inside a create or edit form (react-hook-form context). */
export const DocumentFieldControls = () => {
  const { t } = useTranslation();
  const processes = useProcesses();
  const { control, formState } = useFormContext<DocumentFields>();
  const error = (name: keyof DocumentFields) => formState.errors[name]?.message;
  const processOptions = [
    { id: NONE, label: t('common.noneOption') },
    ...(processes.data ?? []).map((p) => ({ id: String(p.id), label: p.name })),
  ];
  return (
    <>
      <Controller
        control={control}
        name="title"
        render={({ field }) => (
          <TextField
            label={t('documents.field.title')}
            isRequired
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={error('title')}
            maxLength={200}
          />
        )}
      />
      <div className="form__row">
        <Controller
          control={control}
          name="type"
          render={({ field }) => (
            <SelectField
              label={t('documents.field.type')}
              isRequired
              options={typeOptions(t)}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('type')}
              description={t('documents.referenceHint')}
            />
          )}
        />
        <Controller
          control={control}
          name="reviewPeriodMonths"
          render={({ field }) => (
            <NumberField
              label={t('documents.field.reviewPeriodMonths')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('reviewPeriodMonths')}
              minValue={1}
              maxValue={120}
            />
          )}
        />
      </div>
      <div className="form__row">
        <Controller
          control={control}
          name="processId"
          render={({ field }) => (
            <SelectField
              label={t('documents.field.processId')}
              options={processOptions}
              value={field.value === null ? NONE : String(field.value)}
              onChange={(key) => field.onChange(key === null || key === NONE ? null : Number(key))}
              onBlur={field.onBlur}
              error={error('processId')}
            />
          )}
        />
        <Controller
          control={control}
          name="ownerId"
          render={({ field }) => (
            <PersonField
              label={t('documents.field.ownerId')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('ownerId')}
            />
          )}
        />
      </div>
    </>
  );
};
