import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { trainingStatuses } from '../../../../shared/domain/competences';
import { trainingFieldsSchema, type TrainingFields } from '../../../../shared/schemas/competences';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormIdSelectField, FormSelectField, FormTextField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';
import { useProviderRecords } from '../common/lookups';
import { useCompetenceCatalogue } from './hooks';

type TrainingFormProps = {
  defaultValues: TrainingFields;
  onSubmit: (fields: z.output<typeof trainingFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
  submitLabel: string;
  serverPrefix?: string;
};

/** A training or qualification of a person of the directory: what, with whom, planned or done, and an habilitation's expiry. */
export const TrainingForm = ({ defaultValues, onSubmit, onCancel, submitLabel, serverPrefix }: TrainingFormProps) => {
  const { t } = useTranslation();
  const catalogue = useCompetenceCatalogue();
  const providers = useProviderRecords();
  const { control, formState, formError, submit } = useServerForm(trainingFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <div className="form__row">
        <FormPersonField control={control} name="personId" label={t('trainings.field.personId')} isRequired />
        <FormTextField control={control} name="title" label={t('trainings.field.title')} isRequired maxLength={200} />
      </div>
      <div className="form__row">
        <FormIdSelectField
          control={control}
          name="competenceId"
          label={t('trainings.field.competenceId')}
          records={(catalogue.data ?? []).map((c) => ({ id: c.id, label: c.name }))}
          noneLabel={t('common.noneOption')}
        />
        <FormIdSelectField
          control={control}
          name="providerId"
          label={t('trainings.field.providerId')}
          records={providers}
          noneLabel={t('common.noneOption')}
        />
      </div>
      <div className="form__row form__row--three">
        <FormSelectField
          control={control}
          name="status"
          label={t('trainings.field.status')}
          options={trainingStatuses.map((id) => ({ id, label: t(`trainings.status.${id}`) }))}
          isRequired
        />
        <FormDateField control={control} name="plannedOn" label={t('trainings.field.plannedOn')} />
        <FormDateField control={control} name="doneOn" label={t('trainings.field.doneOn')} />
      </div>
      <div className="form__row">
        <FormDateField control={control} name="expiresOn" label={t('trainings.field.expiresOn')} description={t('trainings.expiresHelp')} />
        <FormDateField control={control} name="evaluationDue" label={t('trainings.field.evaluationDue')} />
      </div>
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
