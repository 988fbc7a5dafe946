import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { suggestionDecisions, type SuggestionDecision as Decision } from '../../../../shared/domain/suggestions';
import { ncDecisionSchema, rejectDecisionSchema, type Suggestion, type SuggestionDecision } from '../../../../shared/schemas/suggestions';
import { ApiCallError } from '../../api/client';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { DateField } from '../../ui/DateField';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { SelectField } from '../../ui/SelectField';
import { ActionForm, emptyActionFields } from '../common/ActionForm';
import { ncOptions } from '../common/loopOptions';

type DecisionFormProps = { suggestion: Suggestion; onSubmit: (decision: SuggestionDecision) => Promise<unknown>; onCancel: () => void };
type TriageFormProps = Omit<DecisionFormProps, 'onSubmit'> & {
  onSubmit: (triage: { triagedOn: string; decision: SuggestionDecision }) => Promise<unknown>;
};

const NcDecisionForm = ({ suggestion, onSubmit, onCancel }: DecisionFormProps) => {
  const { t } = useTranslation();
  const options = ncOptions(t);
  const { control, formState, formError, submit } = useServerForm(ncDecisionSchema, {
    defaultValues: { to: 'nc', source: 'quotidien', severity: 'mineure', description: suggestion.description },
    onSubmit,
    serverPrefix: 'decision.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <div className="form__row">
        <FormSelectField control={control} name="source" label={t('suggestions.ncSource')} options={options.manualSources} isRequired />
        <FormSelectField
          control={control}
          name="severity"
          label={t('nonconformities.field.severity')}
          options={options.severities}
          isRequired
        />
      </div>
      <FormTextAreaField control={control} name="description" label={t('nonconformities.field.description')} isRequired maxLength={4000} />
      <FormActions submitLabel={t('suggestions.decisions.nc')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

const RejectForm = ({ onSubmit, onCancel }: Omit<DecisionFormProps, 'suggestion'>) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(rejectDecisionSchema, {
    defaultValues: { to: 'non_retenue', reason: '' },
    onSubmit,
    serverPrefix: 'decision.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormTextAreaField control={control} name="reason" label={t('suggestions.reason')} isRequired maxLength={2000} />
      <FormActions submitLabel={t('suggestions.decisions.non_retenue')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/**
 * The triage of a fiche: the day it was decided (an action it opens is opened that day), which way
 * it goes, then what that way needs.
 */
export const TriageForm = ({ onSubmit, ...rest }: TriageFormProps) => {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<Decision>('action');
  const [triagedOn, setTriagedOn] = useState<string | null>(todayOnThisComputer());
  const [dateError, setDateError] = useState<string | undefined>(undefined);
  const props: DecisionFormProps = {
    ...rest,
    onSubmit: async (chosen) => {
      setDateError(undefined);
      if (triagedOn === null) {
        const message = t('suggestions.triagedOnMissing');
        setDateError(message);
        throw new Error(message);
      }
      try {
        return await onSubmit({ triagedOn, decision: chosen });
      } catch (error) {
        if (error instanceof ApiCallError) setDateError(error.fields.triagedOn);
        throw error;
      }
    },
  };
  return (
    <>
      <div className="dialog-choice form__row">
        <DateField
          label={t('suggestions.field.triagedOn')}
          value={triagedOn}
          onChange={setTriagedOn}
          error={dateError}
          description={t('suggestions.triagedOnHelp')}
          isRequired
        />
        <SelectField
          label={t('suggestions.decision')}
          options={suggestionDecisions.map((id) => ({ id, label: t(`suggestions.decisions.${id}`) }))}
          value={decision}
          onChange={(value) => setDecision(suggestionDecisions.find((candidate) => candidate === value) ?? decision)}
          isRequired
        />
      </div>
      {decision === 'nc' && <NcDecisionForm {...props} />}
      {decision === 'non_retenue' && <RejectForm onSubmit={props.onSubmit} onCancel={props.onCancel} />}
      {decision === 'action' && (
        <ActionForm
          defaultValues={{
            ...emptyActionFields(null, props.suggestion.kind === 'probleme' ? 'corrective' : 'amelioration'),
            description: props.suggestion.description,
            processId: props.suggestion.processId,
          }}
          serverPrefix="decision.action."
          submitLabel={t('suggestions.decisions.action')}
          withOpening={false}
          onSubmit={({ openedOn: _opened, ...action }) => props.onSubmit({ to: 'action', action })}
          onCancel={props.onCancel}
        />
      )}
    </>
  );
};
