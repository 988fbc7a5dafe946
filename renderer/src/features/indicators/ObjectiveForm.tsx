import { Checkbox, CheckboxGroup, Form, Label } from 'react-aria-components';
import { FormProvider, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { objectiveFieldsSchema, objectiveStatuses, type ObjectiveFields } from '../../../../shared/schemas/objectives';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormSelectField, FormTextAreaField, FormTextField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';
import { FormProcessField } from '../processes/FormProcessField';
import { useIndicatorList } from '../common/lookups';

type ObjectiveFormProps = {
  defaultValues: ObjectiveFields;
  submitLabel: string;
  onSubmit: (fields: z.output<typeof objectiveFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
  serverPrefix?: string;
};

/** A quality objective (§6.2): what, by when, who, its status, and the indicators that measure it. */
export const ObjectiveForm = ({ defaultValues, submitLabel, onSubmit, onCancel, serverPrefix }: ObjectiveFormProps) => {
  const { t } = useTranslation();
  const indicators = useIndicatorList(true);
  const form = useServerForm(objectiveFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  const { control, formState } = form;
  const linked = useController({ control, name: 'indicatorIds' });
  const ids = (linked.field.value ?? []) as number[];
  return (
    <FormProvider {...form}>
      <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
        <FormAlert message={form.formError} />
        <FormTextField control={control} name="title" label={t('objectives.field.title')} isRequired maxLength={300} />
        <FormTextAreaField control={control} name="description" label={t('objectives.field.description')} rows={2} />
        <div className="form__row">
          <FormPersonField control={control} name="ownerId" label={t('objectives.field.ownerId')} isRequired />
          <FormProcessField control={control} name="processId" label={t('objectives.field.processId')} />
        </div>
        <div className="form__row">
          <FormDateField control={control} name="setOn" label={t('objectives.field.setOn')} isRequired />
          <FormDateField control={control} name="targetDate" label={t('objectives.field.targetDate')} isRequired />
        </div>
        <div className="form__row">
          <FormSelectField
            control={control}
            name="status"
            label={t('objectives.field.status')}
            isRequired
            options={objectiveStatuses.map((id) => ({ id, label: t(`objectives.status.${id}`) }))}
          />
        </div>
        <CheckboxGroup
          className="checkbox-group objective-indicators"
          value={ids.map(String)}
          onChange={(values) => linked.field.onChange(values.map(Number))}
          isInvalid={linked.fieldState.error !== undefined}
        >
          <Label className="field__label">{t('objectives.field.indicatorIds')}</Label>
          {(indicators.data ?? []).map((indicator) => (
            <Checkbox key={indicator.id} value={String(indicator.id)} className="checkbox">
              <span className="checkbox__box" aria-hidden="true" />
              {indicator.name}
            </Checkbox>
          ))}
          {linked.fieldState.error && <p className="field__error">{linked.fieldState.error.message}</p>}
        </CheckboxGroup>
        <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
      </Form>
    </FormProvider>
  );
};
