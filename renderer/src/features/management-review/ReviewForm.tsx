import { Checkbox, CheckboxGroup, Form, Label } from 'react-aria-components';
import { FormProvider, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { freeTextInputs, yearPeriod } from '../../../../shared/domain/management-review';
import { reviewFieldsSchema, type ReviewFields } from '../../../../shared/schemas/management-review';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormTextAreaField, FormTextField } from '../../ui/FormFields';
import { usePeople } from '../people/hooks';

type ReviewFormProps = {
  defaultValues: ReviewFields;
  submitLabel: string;
  onSubmit: (fields: z.output<typeof reviewFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
  serverPrefix?: string;
};

/** The review's date, the period it covers, who takes part, and what only the direction can say (§9.3.2). */
export const ReviewForm = ({ defaultValues, submitLabel, onSubmit, onCancel, serverPrefix }: ReviewFormProps) => {
  const { t } = useTranslation();
  const people = usePeople();
  const form = useServerForm(reviewFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  const { control, formState } = form;
  const participants = useController({ control, name: 'participantIds' });
  const chosen = ((participants.field.value ?? []) as number[]).map(String);
  const year = Number(todayOnThisComputer().slice(0, 4));
  const fillYear = (value: number) => {
    const period = yearPeriod(value);
    form.setValue('periodStart', period.periodStart, { shouldValidate: true });
    form.setValue('periodEnd', period.periodEnd, { shouldValidate: true });
  };
  return (
    <FormProvider {...form}>
      <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
        <FormAlert message={form.formError} />
        <div className="form__row form__row--three">
          <FormDateField control={control} name="heldOn" label={t('managementReview.field.heldOn')} isRequired />
          <FormDateField control={control} name="periodStart" label={t('managementReview.field.periodStart')} isRequired />
          <FormDateField control={control} name="periodEnd" label={t('managementReview.field.periodEnd')} isRequired />
        </div>
        <div className="form__actions form__actions--start">
          {[year - 1, year].map((value) => (
            <Button key={value} variant="quiet" onPress={() => fillYear(value)}>
              {t('managementReview.yearShortcut', { year: String(value) })}
            </Button>
          ))}
        </div>
        <CheckboxGroup
          className="checkbox-group checkbox-group--columns"
          value={chosen}
          onChange={(values) => participants.field.onChange(values.map(Number))}
          isInvalid={participants.fieldState.error !== undefined}
        >
          <Label className="field__label">{t('managementReview.field.participantIds')}</Label>
          {(people.data ?? [])
            .filter((person) => person.active || chosen.includes(String(person.id)))
            .map((person) => (
              <Checkbox key={person.id} value={String(person.id)} className="checkbox">
                <span className="checkbox__box" aria-hidden="true" />
                {person.name}
                {person.jobTitle && ` (${person.jobTitle})`}
              </Checkbox>
            ))}
          {participants.fieldState.error && <p className="field__error">{participants.fieldState.error.message}</p>}
        </CheckboxGroup>
        <FormTextField control={control} name="otherParticipants" label={t('managementReview.field.otherParticipants')} maxLength={1000} />
        <p className="form__help">{t('managementReview.inputs.freeHelp')}</p>
        {freeTextInputs.map((name) => (
          <FormTextAreaField key={name} control={control} name={name} label={t(`managementReview.field.${name}`)} rows={3} />
        ))}
        <FormTextAreaField control={control} name="conclusion" label={t('managementReview.field.conclusion')} rows={3} />
        <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
      </Form>
    </FormProvider>
  );
};
