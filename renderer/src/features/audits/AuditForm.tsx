import { Controller, FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { isExternalAudit, type AuditStatus } from '../../../../shared/domain/audits';
import { auditFieldsSchema, type Audit, type AuditFields } from '../../../../shared/schemas/audits';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { FormDateField, FormSelectField, FormTextAreaField, FormTextField } from '../../ui/FormFields';
import { useCertifications } from '../common/lookups';
import { AuditScopeFields, AuditTeamFields } from './AuditTeamFields';
import { auditStatusOptions, auditTypeOptions } from './labels';

type AuditFormProps = {
  defaultValues: AuditFields;
  submitLabel: string;
  onSubmit: (fields: z.output<typeof auditFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
  serverPrefix?: string;
};

const NONE = 'none';

/** The form's values for an audit as recorded (people by id, external auditors by name). */
export const auditToFields = (audit: Audit): AuditFields => {
  const member = (auditor: { personId: number | null; name: string }) =>
    auditor.personId === null ? { personId: null, externalName: auditor.name } : { personId: auditor.personId, externalName: null };
  return {
    type: audit.type,
    certificationId: audit.certificationId,
    title: audit.title ?? '',
    startDate: audit.startDate,
    endDate: audit.endDate,
    reportNotifiedOn: audit.reportNotifiedOn,
    status: audit.status,
    leadAuditor: audit.leadAuditor ? member(audit.leadAuditor) : null,
    auditors: audit.auditors.map(member),
    auditeeIds: audit.auditees.map((auditee) => auditee.id),
    processIds: audit.processes.map((process) => process.id),
    requirementIds: audit.requirements.map((requirement) => requirement.id),
    notes: audit.notes ?? '',
  };
};

/** An audit: what kind, for which certification, when, its status, its team and its scope. */
export const AuditForm = ({ defaultValues, submitLabel, onSubmit, onCancel, serverPrefix }: AuditFormProps) => {
  const { t } = useTranslation();
  const certifications = useCertifications();
  const form = useServerForm(auditFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  const { control, formState } = form;
  const certificationOptions = [
    { id: NONE, label: t('audits.noCertification') },
    ...(certifications.data ?? []).map((certification) => ({ id: String(certification.id), label: certification.scheme })),
  ];
  return (
    <FormProvider {...form}>
      <Form className="form form--wide" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
        <FormAlert message={form.formError} />
        <div className="form__row">
          <FormSelectField control={control} name="type" label={t('audits.field.type')} isRequired options={auditTypeOptions(t)} />
          <Controller
            control={control}
            name="certificationId"
            render={({ field, fieldState }) => (
              <SelectField
                label={t('audits.field.certificationId')}
                options={certificationOptions}
                value={field.value === null ? NONE : String(field.value)}
                onChange={(key) => field.onChange(key === null || key === NONE ? null : Number(key))}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
              />
            )}
          />
        </div>
        <FormTextField control={control} name="title" label={t('audits.field.title')} maxLength={200} />
        <div className="form__row form__row--three">
          <FormDateField control={control} name="startDate" label={t('audits.field.startDate')} isRequired />
          <FormDateField control={control} name="endDate" label={t('audits.field.endDate')} isRequired />
          <FormSelectField
            control={control}
            name="status"
            label={t('audits.field.status')}
            isRequired
            options={auditStatusOptions(t, defaultValues.status as AuditStatus)}
          />
        </div>
        {isExternalAudit(form.watch('type')) && (
          <FormDateField
            control={control}
            name="reportNotifiedOn"
            label={t('audits.field.reportNotifiedOn')}
            description={t('audits.reportNotifiedOnHelp')}
          />
        )}
        <AuditTeamFields />
        <AuditScopeFields />
        <FormTextAreaField control={control} name="notes" label={t('audits.field.notes')} maxLength={4000} />
        <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
      </Form>
    </FormProvider>
  );
};
