import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { z } from 'zod';
import { requiredText } from '../../../../shared/schemas/common';
import { versionApprovalFieldsSchema, versionDraftFieldsSchema, type DocumentVersion } from '../../../../shared/schemas/versions';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormTextAreaField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';

type DialogFormProps<T> = { version: DocumentVersion; onSubmit: (values: T) => Promise<unknown>; onCancel: () => void };

/** The draft's summary, who wrote and checked it, and its planned effective date. */
export const VersionDraftForm = ({ version, onSubmit, onCancel }: DialogFormProps<z.output<typeof versionDraftFieldsSchema>>) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(versionDraftFieldsSchema, {
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
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormTextAreaField control={control} name="changeSummary" label={t('documents.field.changeSummary')} maxLength={2000} />
      <div className="form__row">
        <FormPersonField control={control} name="writtenById" label={t('documents.field.writtenBy')} />
        <FormDateField control={control} name="writtenOn" label={t('documents.field.writtenOn')} />
      </div>
      <div className="form__row">
        <FormPersonField control={control} name="checkedById" label={t('documents.field.checkedBy')} />
        <FormDateField control={control} name="checkedOn" label={t('documents.field.checkedOn')} />
      </div>
      <FormDateField control={control} name="effectiveDate" label={t('documents.field.effectiveDate')} />
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/**
 * Approval: who, when, from when it applies; the checker can be recorded here too. It says what
 * becomes of the version in force, or, when none is, that this one comes into force.
 */
export const VersionApproveForm = ({
  version,
  inForce,
  onSubmit,
  onCancel,
}: DialogFormProps<z.output<typeof versionApprovalFieldsSchema>> & { inForce: DocumentVersion | null }) => {
  const { t } = useTranslation();
  const today = todayOnThisComputer();
  const { control, formState, formError, submit } = useServerForm(versionApprovalFieldsSchema, {
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
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <p className="form__help">{inForce ? t('versions.approveReplaces', { indice: inForce.indice }) : t('versions.approveFirst')}</p>
      <div className="form__row">
        <FormPersonField control={control} name="approvedById" label={t('documents.field.approvedBy')} isRequired />
        <FormDateField control={control} name="approvedOn" label={t('documents.field.approvedOn')} isRequired />
      </div>
      <FormDateField
        control={control}
        name="effectiveDate"
        label={t('documents.field.effectiveDate')}
        isRequired
        description={t('documents.effectiveDateHelp')}
      />
      <div className="form__row">
        <FormPersonField control={control} name="checkedById" label={t('documents.field.checkedBy')} />
        <FormDateField control={control} name="checkedOn" label={t('documents.field.checkedOn')} />
      </div>
      <FormActions submitLabel={t('versions.approve')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
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
  const { control, formState, formError, submit } = useServerForm(commentSchema, { defaultValues: { comment: '' }, onSubmit });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      {help && <p className="form__help">{help}</p>}
      <FormTextAreaField control={control} name="comment" label={t('documents.field.comment')} isRequired maxLength={2000} />
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
