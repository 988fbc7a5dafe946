import { Controller, FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { z } from 'zod';
import { requiredText } from '../../../../shared/schemas/common';
import { versionApprovalFieldsSchema, versionDraftFieldsSchema, type DocumentVersion } from '../../../../shared/schemas/versions';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { DateField } from '../../ui/DateField';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { PersonField } from '../people/PersonField';

type DialogFormProps<T> = { version: DocumentVersion; onSubmit: (values: T) => Promise<unknown>; onCancel: () => void };

/** The draft's summary, who wrote and checked it, and its planned effective date. */
export const VersionDraftForm = ({ version, onSubmit, onCancel }: DialogFormProps<z.output<typeof versionDraftFieldsSchema>>) => {
  const { t } = useTranslation();
  const form = useServerForm(versionDraftFieldsSchema, {
    defaultValues: {
      changeSummary: version.changeSummary ?? '',
      writtenById: version.writtenById,
      writtenOn: version.writtenOn,
      checkedById: version.checkedById,
      checkedOn: version.checkedOn,
      effectiveDate: version.effectiveDate,
    },
    onSubmit,
    serverPrefix: 'fields.',
  });
  const { control, formState } = form;
  const error = (name: keyof z.input<typeof versionDraftFieldsSchema>) => formState.errors[name]?.message;
  return (
    <FormProvider {...form}>
      <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
        <FormAlert message={form.formError} />
        <Controller
          control={control}
          name="changeSummary"
          render={({ field }) => (
            <TextAreaField
              label={t('documents.field.changeSummary')}
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('changeSummary')}
              maxLength={2000}
            />
          )}
        />
        <div className="form__row">
          <Controller
            control={control}
            name="writtenById"
            render={({ field }) => (
              <PersonField
                label={t('documents.field.writtenBy')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={error('writtenById')}
              />
            )}
          />
          <Controller
            control={control}
            name="writtenOn"
            render={({ field }) => (
              <DateField
                label={t('documents.field.writtenOn')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={error('writtenOn')}
              />
            )}
          />
        </div>
        <div className="form__row">
          <Controller
            control={control}
            name="checkedById"
            render={({ field }) => (
              <PersonField
                label={t('documents.field.checkedBy')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={error('checkedById')}
              />
            )}
          />
          <Controller
            control={control}
            name="checkedOn"
            render={({ field }) => (
              <DateField
                label={t('documents.field.checkedOn')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={error('checkedOn')}
              />
            )}
          />
        </div>
        <Controller
          control={control}
          name="effectiveDate"
          render={({ field }) => (
            <DateField
              label={t('documents.field.effectiveDate')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('effectiveDate')}
            />
          )}
        />
        <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
      </Form>
    </FormProvider>
  );
};

/** Approval: who, when, from when it applies; the checker can be recorded here too. */
export const VersionApproveForm = ({ version, onSubmit, onCancel }: DialogFormProps<z.output<typeof versionApprovalFieldsSchema>>) => {
  const { t } = useTranslation();
  const today = todayOnThisComputer();
  const form = useServerForm(versionApprovalFieldsSchema, {
    defaultValues: {
      approvedById: null,
      approvedOn: today,
      effectiveDate: version.effectiveDate ?? today,
      checkedById: version.checkedById,
      checkedOn: version.checkedOn,
    },
    onSubmit,
    serverPrefix: 'fields.',
  });
  const { control, formState } = form;
  const error = (name: keyof z.input<typeof versionApprovalFieldsSchema>) => formState.errors[name]?.message;
  return (
    <FormProvider {...form}>
      <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
        <FormAlert message={form.formError} />
        <p className="form__help">{t('versions.approveHelp')}</p>
        <div className="form__row">
          <Controller
            control={control}
            name="approvedById"
            render={({ field }) => (
              <PersonField
                label={t('documents.field.approvedBy')}
                isRequired
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={error('approvedById')}
              />
            )}
          />
          <Controller
            control={control}
            name="approvedOn"
            render={({ field }) => (
              <DateField
                label={t('documents.field.approvedOn')}
                isRequired
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={error('approvedOn')}
              />
            )}
          />
        </div>
        <Controller
          control={control}
          name="effectiveDate"
          render={({ field }) => (
            <DateField
              label={t('documents.field.effectiveDate')}
              isRequired
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('effectiveDate')}
              description={t('documents.effectiveDateHelp')}
            />
          )}
        />
        <div className="form__row">
          <Controller
            control={control}
            name="checkedById"
            render={({ field }) => (
              <PersonField
                label={t('documents.field.checkedBy')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={error('checkedById')}
              />
            )}
          />
          <Controller
            control={control}
            name="checkedOn"
            render={({ field }) => (
              <DateField
                label={t('documents.field.checkedOn')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={error('checkedOn')}
              />
            )}
          />
        </div>
        <FormActions submitLabel={t('versions.approve')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
      </Form>
    </FormProvider>
  );
};

const commentSchema = z.object({ comment: requiredText('Le motif', 2000) });

/** A move that needs a reason: return to draft, abandon, withdraw. */
export const VersionCommentForm = ({
  help,
  submitLabel,
  onSubmit,
  onCancel,
}: Omit<DialogFormProps<{ comment: string }>, 'version'> & { help?: string; submitLabel: string }) => {
  const { t } = useTranslation();
  const form = useServerForm(commentSchema, { defaultValues: { comment: '' }, onSubmit });
  return (
    <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
      <FormAlert message={form.formError} />
      {help && <p className="form__help">{help}</p>}
      <Controller
        control={form.control}
        name="comment"
        render={({ field }) => (
          <TextAreaField
            label={t('documents.field.comment')}
            isRequired
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={form.formState.errors.comment?.message}
            maxLength={2000}
          />
        )}
      />
      <FormActions submitLabel={submitLabel} isSubmitting={form.formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
