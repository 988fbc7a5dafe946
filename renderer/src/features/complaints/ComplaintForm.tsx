import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { complainantKinds, complaintChannels } from '../../../../shared/domain/complaints';
import { complaintFieldsSchema, type ComplaintFields } from '../../../../shared/schemas/complaints';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormSelectField, FormTextAreaField, FormTextField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';
import { FormProcessField } from '../processes/FormProcessField';
import { ComplaintAnalysisFields } from './ComplaintAnalysisFields';

type ComplaintFormProps = {
  defaultValues: ComplaintFields;
  onSubmit: (fields: z.output<typeof complaintFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
  submitLabel: string;
  serverPrefix?: string;
};

/** A réclamation: from whom, when and how it came, what about, by when to answer, the answer, and its analysis. */
export const ComplaintForm = ({ defaultValues, onSubmit, onCancel, submitLabel, serverPrefix }: ComplaintFormProps) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(complaintFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <div className="form__row">
        <FormSelectField
          control={control}
          name="complainantKind"
          label={t('complaints.field.complainantKind')}
          options={complainantKinds.map((id) => ({ id, label: t(`complaints.complainantKind.${id}`) }))}
          isRequired
        />
        <FormTextField
          control={control}
          name="complainant"
          label={t('complaints.field.complainant')}
          description={t('complaints.complainantHelp')}
          maxLength={120}
        />
      </div>
      <div className="form__row">
        <FormDateField control={control} name="receivedOn" label={t('complaints.field.receivedOn')} isRequired />
        <FormSelectField
          control={control}
          name="channel"
          label={t('complaints.field.channel')}
          options={complaintChannels.map((id) => ({ id, label: t(`complaints.channel.${id}`) }))}
          isRequired
        />
      </div>
      <FormTextAreaField control={control} name="subject" label={t('complaints.field.subject')} isRequired maxLength={2000} />
      <div className="form__row">
        <FormProcessField control={control} name="processId" label={t('complaints.field.processId')} />
        <FormPersonField control={control} name="handledById" label={t('complaints.field.handledById')} />
      </div>
      <div className="form__row">
        <FormDateField control={control} name="responseDue" label={t('complaints.field.responseDue')} isRequired />
        <FormDateField control={control} name="respondedOn" label={t('complaints.field.respondedOn')} />
      </div>
      <FormTextAreaField control={control} name="response" label={t('complaints.field.response')} maxLength={4000} />
      <ComplaintAnalysisFields control={control} />
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
