import { useEffect, useRef } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Checkbox, Form } from 'react-aria-components';
import type { z } from 'zod';
import { schemeSuggestions } from '../../../../shared/domain/certification';
import { defaultSchemeRules, proposedExpiry, ruleFamilyFor } from '../../../../shared/domain/certification-rules';
import { certificationFieldsSchema, type CertificationFields } from '../../../../shared/schemas/audits';
import { useServerForm } from '../../api/useServerForm';
import { ComboBoxField } from '../../ui/ComboBoxField';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormIdSelectField, FormSelectField, FormTextAreaField, FormTextField } from '../../ui/FormFields';
import { useReferentials } from '../common/lookups';
import { certificationStatusOptions } from './labels';
import { RulesFields } from './RulesFields';

type CertificationFormProps = {
  defaultValues: CertificationFields;
  submitLabel: string;
  onSubmit: (fields: z.output<typeof certificationFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
  /** `fields.` when editing (the update method nests the fields). */
  serverPrefix?: string;
};

export const emptyCertification: CertificationFields = {
  scheme: '',
  referentialId: null,
  body: '',
  certificateNumber: '',
  decisionDate: null,
  expiryDate: null,
  status: 'en_preparation',
  isGroup: false,
  groupName: '',
  centralFunction: '',
  otherMembers: '',
  rules: defaultSchemeRules('iso17021'),
};

/** The group certification's fields, shown only for a group (multi-site) certificate. */
const GroupFields = ({ control }: { control: Control<CertificationFields> }) => {
  const { t } = useTranslation();
  return (
    <>
      <div className="form__row">
        <FormTextField control={control} name="groupName" label={t('certifications.field.groupName')} isRequired maxLength={160} />
        <FormTextField control={control} name="centralFunction" label={t('certifications.field.centralFunction')} maxLength={160} />
      </div>
      <FormTextAreaField
        control={control}
        name="otherMembers"
        label={t('certifications.field.otherMembers')}
        description={t('certifications.otherMembersHelp')}
        maxLength={4000}
      />
    </>
  );
};

/** A certificate: its scheme, body and number, its dates and status, and whether it covers a group. */
export const CertificationForm = ({ defaultValues, submitLabel, onSubmit, onCancel, serverPrefix }: CertificationFormProps) => {
  const { t } = useTranslation();
  const referentials = useReferentials();
  const form = useServerForm(certificationFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  const { control, formState } = form;
  const error = (name: keyof CertificationFields) => formState.errors[name]?.message;
  // What Sève last proposed, so a date or rule the user chose is never overwritten.
  const proposed = useRef({
    expiry: defaultValues.decisionDate ? proposedExpiry(defaultValues.decisionDate) : null,
  });
  useEffect(() => {
    const subscription = form.watch((values, { name }) => {
      if (name === 'decisionDate') {
        const expiry = form.getValues('expiryDate');
        const next = values.decisionDate ? proposedExpiry(values.decisionDate) : null;
        if (next !== null && (expiry === null || expiry === proposed.current.expiry)) form.setValue('expiryDate', next);
        proposed.current.expiry = next;
      }
      if (name === 'scheme') {
        // Rules still at their family's defaults follow the scheme (typing "Qualiopi" switches to its rules).
        const rules = form.getValues('rules');
        const family = ruleFamilyFor(values.scheme ?? '');
        if (rules && rules.family !== family && JSON.stringify(rules) === JSON.stringify(defaultSchemeRules(rules.family))) {
          form.setValue('rules', defaultSchemeRules(family));
        }
      }
    });
    return () => subscription.unsubscribe();
  }, [form]);
  const rules = form.watch('rules');
  return (
    <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
      <FormAlert message={form.formError} />
      <div className="form__row">
        <Controller
          control={control}
          name="scheme"
          render={({ field }) => (
            <ComboBoxField
              label={t('certifications.field.scheme')}
              isRequired
              suggestions={schemeSuggestions}
              noMatch={t('certifications.schemeNoMatch')}
              description={t('certifications.schemeHelp')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('scheme')}
              maxLength={120}
            />
          )}
        />
        <FormIdSelectField
          control={control}
          name="referentialId"
          label={t('certifications.field.referentialId')}
          records={(referentials.data ?? []).map((referential) => ({ id: referential.id, label: referential.name }))}
          noneLabel={t('certifications.noReferential')}
        />
      </div>
      <div className="form__row">
        <FormTextField control={control} name="body" label={t('certifications.field.body')} maxLength={160} />
        <FormTextField control={control} name="certificateNumber" label={t('certifications.field.certificateNumber')} maxLength={80} />
      </div>
      <div className="form__row form__row--three">
        <FormDateField control={control} name="decisionDate" label={t('certifications.field.decisionDate')} />
        <FormDateField
          control={control}
          name="expiryDate"
          label={t('certifications.field.expiryDate')}
          description={t('certifications.expiryHelp')}
        />
        <FormSelectField
          control={control}
          name="status"
          label={t('certifications.field.status')}
          isRequired
          options={certificationStatusOptions(t)}
        />
      </div>
      <Controller
        control={control}
        name="isGroup"
        render={({ field }) => (
          <Checkbox className="checkbox checkbox--start" isSelected={field.value} onChange={field.onChange} onBlur={field.onBlur}>
            <span className="checkbox__box" aria-hidden="true" />
            {t('certifications.field.isGroup')}
          </Checkbox>
        )}
      />
      {form.watch('isGroup') && <GroupFields control={control} />}
      {rules && <RulesFields control={control} setValue={form.setValue} rules={rules} />}
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
