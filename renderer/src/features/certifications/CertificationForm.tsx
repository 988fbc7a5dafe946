import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Checkbox, Form } from 'react-aria-components';
import type { z } from 'zod';
import { schemeSuggestions } from '../../../../shared/domain/certification';
import { certificationFieldsSchema, type CertificationFields } from '../../../../shared/schemas/audits';
import { useServerForm } from '../../api/useServerForm';
import { ComboBoxField } from '../../ui/ComboBoxField';
import { DateField } from '../../ui/DateField';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useReferentials } from '../referentials/hooks';
import { certificationStatusOptions } from './labels';

type CertificationFormProps = {
  defaultValues: CertificationFields;
  submitLabel: string;
  onSubmit: (fields: z.output<typeof certificationFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
  /** `fields.` when editing (the update method nests the fields). */
  serverPrefix?: string;
};

const NONE = 'none';

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
};

/** The group certification's fields, shown only for a group (multi-site) certificate. */
const GroupFields = ({
  control,
  error,
}: {
  control: Control<CertificationFields>;
  error: (name: keyof CertificationFields) => string | undefined;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <div className="form__row">
        <Controller
          control={control}
          name="groupName"
          render={({ field }) => (
            <TextField
              label={t('certifications.field.groupName')}
              isRequired
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('groupName')}
              maxLength={160}
            />
          )}
        />
        <Controller
          control={control}
          name="centralFunction"
          render={({ field }) => (
            <TextField
              label={t('certifications.field.centralFunction')}
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('centralFunction')}
              maxLength={160}
            />
          )}
        />
      </div>
      <Controller
        control={control}
        name="otherMembers"
        render={({ field }) => (
          <TextAreaField
            label={t('certifications.field.otherMembers')}
            description={t('certifications.otherMembersHelp')}
            value={field.value ?? ''}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={error('otherMembers')}
            maxLength={4000}
          />
        )}
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
  const referentialOptions = [
    { id: NONE, label: t('certifications.noReferential') },
    ...(referentials.data ?? []).map((referential) => ({ id: String(referential.id), label: referential.name })),
  ];
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
        <Controller
          control={control}
          name="referentialId"
          render={({ field }) => (
            <SelectField
              label={t('certifications.field.referentialId')}
              options={referentialOptions}
              value={field.value === null ? NONE : String(field.value)}
              onChange={(key) => field.onChange(key === null || key === NONE ? null : Number(key))}
              onBlur={field.onBlur}
              error={error('referentialId')}
            />
          )}
        />
      </div>
      <div className="form__row">
        <Controller
          control={control}
          name="body"
          render={({ field }) => (
            <TextField
              label={t('certifications.field.body')}
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('body')}
              maxLength={160}
            />
          )}
        />
        <Controller
          control={control}
          name="certificateNumber"
          render={({ field }) => (
            <TextField
              label={t('certifications.field.certificateNumber')}
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('certificateNumber')}
              maxLength={80}
            />
          )}
        />
      </div>
      <div className="form__row form__row--three">
        <Controller
          control={control}
          name="decisionDate"
          render={({ field }) => (
            <DateField
              label={t('certifications.field.decisionDate')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('decisionDate')}
            />
          )}
        />
        <Controller
          control={control}
          name="expiryDate"
          render={({ field }) => (
            <DateField
              label={t('certifications.field.expiryDate')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('expiryDate')}
              description={t('certifications.expiryHelp')}
            />
          )}
        />
        <Controller
          control={control}
          name="status"
          render={({ field }) => (
            <SelectField
              label={t('certifications.field.status')}
              isRequired
              options={certificationStatusOptions(t)}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('status')}
            />
          )}
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
      {form.watch('isGroup') && <GroupFields control={control} error={error} />}
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
