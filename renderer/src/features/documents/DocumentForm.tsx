import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { documentFieldsSchema, type DocumentFields } from '../../../../shared/schemas/documents';
import { applyServerErrors } from '../../api/forms';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { FormAlert } from '../../ui/FormAlert';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { usePeople } from '../people/hooks';
import { useProcesses } from '../processes/hooks';
import { statusOptions, typeOptions } from './labels';

type FormValues = z.input<typeof documentFieldsSchema>;

type DocumentFormProps = {
  defaultValues: DocumentFields;
  submitLabel: string;
  /** Saves; a rejected promise's field errors are shown beside the fields. */
  onSubmit: (fields: z.output<typeof documentFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
  /** Prefix of the backend's field paths for this form (`fields.` for an update). */
  serverPrefix?: string;
};

const NONE = 'none';
const idToKey = (id: number | null): string => (id === null ? NONE : String(id));
const keyToId = (key: string | null): number | null => (key === null || key === NONE ? null : Number(key));

/** Create/edit form of a document, validated with the shared schema (the backend checks it again). */
export const DocumentForm = ({ defaultValues, submitLabel, onSubmit, onCancel, serverPrefix = '' }: DocumentFormProps) => {
  const { t } = useTranslation();
  const people = usePeople();
  const processes = useProcesses();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState } = useForm<FormValues, unknown, z.output<typeof documentFieldsSchema>>({
    resolver: zodResolver(documentFieldsSchema),
    defaultValues,
    mode: 'onTouched',
  });

  const submit = handleSubmit(
    async (fields) => {
      setFormError(null);
      try {
        await onSubmit(fields);
      } catch (error) {
        setFormError(applyServerErrors(error, setError, serverPrefix));
      }
    },
    () => setFormError(t('common.formErrors')),
  );

  const processOptions = [
    { id: NONE, label: t('common.noneOption') },
    ...(processes.data ?? []).map((p) => ({ id: String(p.id), label: p.name })),
  ];
  const ownerOptions = [
    { id: NONE, label: t('common.noneOption') },
    ...(people.data ?? []).filter((p) => p.active || p.id === defaultValues.ownerId).map((p) => ({ id: String(p.id), label: p.name })),
  ];
  const error = (name: keyof FormValues) => formState.errors[name]?.message;

  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
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
          name="status"
          render={({ field }) => (
            <SelectField
              label={t('documents.field.status')}
              isRequired
              options={statusOptions(t)}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('status')}
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
              value={idToKey(field.value)}
              onChange={(key) => field.onChange(keyToId(key))}
              onBlur={field.onBlur}
              error={error('processId')}
            />
          )}
        />
        <Controller
          control={control}
          name="ownerId"
          render={({ field }) => (
            <SelectField
              label={t('documents.field.ownerId')}
              options={ownerOptions}
              value={idToKey(field.value)}
              onChange={(key) => field.onChange(keyToId(key))}
              onBlur={field.onBlur}
              error={error('ownerId')}
            />
          )}
        />
      </div>
      <div className="form__row">
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
        <Controller
          control={control}
          name="lastReviewDate"
          render={({ field }) => (
            <DateField
              label={t('documents.field.lastReviewDate')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('lastReviewDate')}
              description={t('documents.lastReviewHelp')}
            />
          )}
        />
      </div>
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
