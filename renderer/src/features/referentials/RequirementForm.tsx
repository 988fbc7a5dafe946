import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { requirementFieldsSchema, type RequirementFields } from '../../../../shared/schemas/referentials';
import { applyServerErrors } from '../../api/forms';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { SelectField, type Option } from '../../ui/SelectField';
import { FormTextAreaField, FormTextField } from '../../ui/FormFields';

type RequirementFormProps = {
  defaultValues: RequirementFields;
  /** Requirements of the same referential that may be the parent (not the requirement itself nor its descendants). */
  parentOptions: Option[];
  /** Shipped standard: number, titles and parent are the standard's, only the user's text is edited. */
  textOnly?: boolean;
  submitLabel: string;
  onSubmit: (fields: z.output<typeof requirementFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
};

const NONE = 'none';

/** Number, titles, optional text and parent of a requirement, checked with the shared schema. */
export const RequirementForm = ({
  defaultValues,
  parentOptions,
  textOnly = false,
  submitLabel,
  onSubmit,
  onCancel,
}: RequirementFormProps) => {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState } = useForm<RequirementFields, unknown, z.output<typeof requirementFieldsSchema>>({
    resolver: zodResolver(requirementFieldsSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const submit = handleSubmit(
    async (fields) => {
      setFormError(null);
      try {
        await onSubmit(fields);
      } catch (error) {
        // Both create ({ referentialId, fields }) and update ({ id, fields }) nest the fields.
        setFormError(applyServerErrors(error, setError, 'fields.'));
      }
    },
    () => setFormError(t('common.formErrors')),
  );

  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      {!textOnly && (
        <>
          <div className="form__row">
            <FormTextField
              control={control}
              name="number"
              label={t('referentials.field.number')}
              isRequired
              description={t('referentials.numberHelp')}
              maxLength={30}
            />
            <Controller
              control={control}
              name="parentId"
              render={({ field, fieldState }) => (
                <SelectField
                  label={t('referentials.field.parentId')}
                  options={[{ id: NONE, label: t('referentials.noParent') }, ...parentOptions]}
                  value={field.value === null ? NONE : String(field.value)}
                  onChange={(key) => field.onChange(key === null || key === NONE ? null : Number(key))}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
          </div>
          <FormTextField control={control} name="titleFr" label={t('referentials.field.titleFr')} isRequired maxLength={300} />
          <FormTextField control={control} name="titleEn" label={t('referentials.field.titleEn')} maxLength={300} />
        </>
      )}
      <FormTextAreaField
        control={control}
        name="text"
        label={t('referentials.field.text')}
        description={t('referentials.textHelp')}
        rows={6}
        maxLength={10_000}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('common.saving') : submitLabel}
        </Button>
        <Button variant="quiet" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
};
