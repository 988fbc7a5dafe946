import { useTranslation } from 'react-i18next';
import { Checkbox, Form } from 'react-aria-components';
import { useController } from 'react-hook-form';
import type { z } from 'zod';
import { providerKinds } from '../../../../shared/domain/providers';
import { providerFieldsSchema, type ProviderFields } from '../../../../shared/schemas/providers';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormNumberField, FormSelectField, FormTextAreaField, FormTextField } from '../../ui/FormFields';
import { FormProcessField } from '../processes/FormProcessField';

type ProviderFormProps = {
  defaultValues: ProviderFields;
  onSubmit: (fields: z.output<typeof providerFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
  submitLabel: string;
  serverPrefix?: string;
};

/** A provider or partner: who, what it provides, since when, and how often it is evaluated. */
export const ProviderForm = ({ defaultValues, onSubmit, onCancel, submitLabel, serverPrefix }: ProviderFormProps) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(providerFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  const active = useController({ control, name: 'active' });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <div className="form__row">
        <FormTextField control={control} name="name" label={t('providers.field.name')} isRequired maxLength={120} />
        <FormSelectField
          control={control}
          name="kind"
          label={t('providers.field.kind')}
          options={providerKinds.map((id) => ({ id, label: t(`providers.kind.${id}`) }))}
          isRequired
        />
      </div>
      <FormTextAreaField control={control} name="supplies" label={t('providers.field.supplies')} isRequired maxLength={2000} />
      <div className="form__row form__row--three">
        <FormProcessField control={control} name="processId" label={t('providers.field.processId')} />
        <FormDateField control={control} name="since" label={t('providers.field.since')} isRequired />
        <FormNumberField
          control={control}
          name="evaluationMonths"
          label={t('providers.field.evaluationMonths')}
          minValue={1}
          maxValue={60}
          isRequired
        />
      </div>
      <Checkbox className="checkbox" isSelected={active.field.value as boolean} onChange={active.field.onChange}>
        <span className="checkbox__box" aria-hidden="true" />
        {t('providers.field.active')}
      </Checkbox>
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
