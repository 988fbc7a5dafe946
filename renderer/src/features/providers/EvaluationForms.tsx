import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { scoreSteps } from '../../../../shared/domain/providers';
import {
  evaluationNcFieldsSchema,
  providerEvaluateSchema,
  type Criterion,
  type ProviderDetail,
} from '../../../../shared/schemas/providers';
import { QueryFallback } from '../../ui/list/QueryView';
import { todayOnThisComputer } from '../../app/today';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormIdSelectField, FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { ActionForm } from '../common/ActionForm';
import { ncOptions } from '../common/loopOptions';
import { FormPersonField } from '../people/FormPersonField';
import { useProviderCriteria, useProviderMutation } from './hooks';

type EvaluateProps = { provider: ProviderDetail; onDone: (result: string) => void; onCancel: () => void };

/** A periodic evaluation: a score from 1 to 4 on each criterion in use, who and when, a comment. */
export const EvaluateForm = (props: EvaluateProps) => {
  const criteria = useProviderCriteria();
  if (!criteria.isSuccess) return <QueryFallback query={criteria} />;
  return <ScoresForm {...props} criteria={criteria.data.filter((criterion) => criterion.active)} />;
};

const ScoresForm = ({ provider, onDone, onCancel, criteria }: EvaluateProps & { criteria: Criterion[] }) => {
  const { t } = useTranslation();
  const evaluate = useProviderMutation('providers.evaluate');
  const { control, formState, formError, submit } = useServerForm(providerEvaluateSchema, {
    defaultValues: {
      providerId: provider.id,
      evaluatedOn: todayOnThisComputer(),
      evaluatedById: null,
      scores: criteria.map((criterion) => ({ criterionId: criterion.id, score: null })),
      comment: '',
    },
    onSubmit: async (input) => {
      const evaluated = await evaluate.mutateAsync(input);
      const result = evaluated.evaluations[0]?.result;
      onDone(result ? t(`providers.result.${result}`) : '');
    },
  });
  const steps = scoreSteps.map((step) => ({ id: step, label: t(`providers.scoreStep.${step}`) }));
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <div className="form__row">
        <FormDateField control={control} name="evaluatedOn" label={t('providers.field.evaluatedOn')} isRequired />
        <FormPersonField control={control} name="evaluatedById" label={t('providers.field.evaluatedById')} isRequired />
      </div>
      {criteria.map((criterion, index) => (
        <FormIdSelectField
          key={criterion.id}
          control={control}
          name={`scores.${index}.score`}
          label={criterion.label}
          records={steps}
          isRequired
        />
      ))}
      <FormTextAreaField control={control} name="comment" label={t('providers.field.comment')} maxLength={4000} />
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** The action an evaluation leads to, written as any action of the plan. */
export const EvaluationActionForm = ({
  evaluationId,
  processId,
  onDone,
  onCancel,
}: {
  evaluationId: number;
  processId: number | null;
  onDone: (reference: string) => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const add = useProviderMutation('providers.addAction');
  return (
    <ActionForm
      defaultValues={{
        openedOn: todayOnThisComputer(),
        type: 'corrective',
        description: '',
        ownerId: null,
        processId,
        dueDate: null,
        evidenceNotes: '',
      }}
      serverPrefix="fields."
      submitLabel={t('common.create')}
      onSubmit={async (fields) => onDone((await add.mutateAsync({ evaluationId, fields })).reference)}
      onCancel={onCancel}
    />
  );
};

/** Opens the nonconformity of an evaluation, then goes to it. */
export const EvaluationNcForm = ({
  evaluationId,
  comment,
  onCancel,
}: {
  evaluationId: number;
  comment: string | null;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = useProviderMutation('providers.openNonconformity');
  const { control, formState, formError, submit } = useServerForm(evaluationNcFieldsSchema, {
    defaultValues: { severity: 'mineure', description: comment ?? '', detectedById: null },
    onSubmit: async (fields) => {
      const nc = await open.mutateAsync({ evaluationId, fields });
      await navigate(`/non-conformites/${nc.id}`, { state: { notice: t('providers.ncOpened', { reference: nc.reference }) } });
    },
    serverPrefix: 'fields.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
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
      <FormActions submitLabel={t('providers.openNc')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
