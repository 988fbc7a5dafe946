import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { processKinds } from '../../../../shared/domain/processes';
import { processFieldsSchema, type ProcessFields } from '../../../../shared/schemas/processes';
import { applyServerErrors } from '../../api/forms';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { usePeople } from '../people/hooks';

type ProcessFormProps = {
  defaultValues: ProcessFields;
  submitLabel: string;
  onSubmit: (fields: z.output<typeof processFieldsSchema>) => Promise<unknown>;
  onCancel?: () => void;
};

const NONE = 'none';

/** Name, family and pilot of a process. */
export const ProcessForm = ({ defaultValues, submitLabel, onSubmit, onCancel }: ProcessFormProps) => {
  const { t } = useTranslation();
  const people = usePeople();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, reset, formState } = useForm<ProcessFields, unknown, z.output<typeof processFieldsSchema>>({
    resolver: zodResolver(processFieldsSchema),
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
  const kindOptions = processKinds.map((kind) => ({ id: kind, label: t(`processes.kinds.${kind}`) }));
  const pilotOptions = [
    { id: NONE, label: t('processes.noPilot') },
    ...(people.data ?? []).filter((p) => p.active || p.id === defaultValues.pilotId).map((p) => ({ id: String(p.id), label: p.name })),
  ];
  return (
    <Form className="form form--inline" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <Controller
        control={control}
        name="name"
        render={({ field }) => (
          <TextField
            label={t('processes.name')}
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
        name="kind"
        render={({ field }) => (
          <SelectField
            label={t('processes.kind')}
            isRequired
            options={kindOptions}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={formState.errors.kind?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="pilotId"
        render={({ field }) => (
          <SelectField
            label={t('processes.pilot')}
            options={pilotOptions}
            value={field.value === null ? NONE : String(field.value)}
            onChange={(key) => field.onChange(key === null || key === NONE ? null : Number(key))}
            onBlur={field.onBlur}
            error={formState.errors.pilotId?.message}
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
