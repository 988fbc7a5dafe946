import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { complaintNonconformityFieldsSchema, type Complaint } from '../../../../shared/schemas/complaints';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';
import { useLoopMutation } from '../common/loopMutation';
import { ncOptions } from '../common/loopOptions';

/** Opens the réclamation's nonconformity in one step, then goes to it. */
export const OpenNonconformityForm = ({ complaint, onCancel }: { complaint: Complaint; onCancel: () => void }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useLoopMutation('complaints.openNonconformity');
  const { control, formState, formError, submit } = useServerForm(complaintNonconformityFieldsSchema, {
    defaultValues: { severity: 'mineure', description: complaint.subject, detectedById: complaint.handledById },
    onSubmit: async (fields) => {
      const nc = await open.mutateAsync({ id: complaint.id, revision: complaint.revision, fields });
      await navigate(`/non-conformites/${nc.id}`, { state: { notice: t('complaints.ncOpened', { reference: nc.reference }) } });
    },
    serverPrefix: 'fields.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <p className="form__help">{t('complaints.openNcHelp')}</p>
      <FormTextAreaField control={control} name="description" label={t('nonconformities.field.description')} isRequired maxLength={4000} />
      <div className="form__row">
        <FormSelectField
          control={control}
          name="severity"
          label={t('nonconformities.field.severity')}
          options={ncOptions(t).severities}
          isRequired
        />
        <FormPersonField control={control} name="detectedById" label={t('nonconformities.field.detectedById')} />
      </div>
      <FormActions submitLabel={t('complaints.openNc')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
