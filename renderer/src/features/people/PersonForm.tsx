import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { personFieldsSchema, type PersonFields } from '../../../../shared/schemas/people';
import { applyServerErrors } from '../../api/forms';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { TextField } from '../../ui/TextField';

type PersonFormProps = {
  defaultValues: PersonFields;
  submitLabel: string;
  onSubmit: (fields: z.output<typeof personFieldsSchema>) => Promise<unknown>;
  onCancel?: () => void;
};

/** Name and job title of a person in the directory. */
export const PersonForm = ({ defaultValues, submitLabel, onSubmit, onCancel }: PersonFormProps) => {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, reset, formState } = useForm<PersonFields, unknown, z.output<typeof personFieldsSchema>>({
    resolver: zodResolver(personFieldsSchema),
    defaultValues,
  });
  const submit = handleSubmit(async (fields) => {
    setFormError(null);
    try {
      await onSubmit(fields);
      reset(defaultValues);
    } catch (error) {
      setFormError(applyServerErrors(error, setError));
    }
  });
  return (
    <Form className="form form--inline" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <Controller
        control={control}
        name="name"
        render={({ field }) => (
          <TextField
            label={t('people.name')}
            isRequired
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={formState.errors.name?.message}
            maxLength={120}
          />
        )}
      />
      <Controller
        control={control}
        name="jobTitle"
        render={({ field }) => (
          <TextField
            label={t('people.jobTitle')}
            value={field.value ?? ''}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={formState.errors.jobTitle?.message}
            maxLength={120}
          />
        )}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="quiet" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </Form>
  );
};
