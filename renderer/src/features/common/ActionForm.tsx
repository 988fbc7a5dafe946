import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { actionFieldsSchema, type Action, type ActionFields } from '../../../../shared/schemas/actions';
import { todayOnThisComputer } from '../../app/today';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';
import { actionOptions } from './loopOptions';
import { FormProcessField } from '../processes/FormProcessField';

type ActionFormProps = {
  defaultValues: ActionFields;
  onSubmit: (fields: z.output<typeof actionFieldsSchema>) => Promise<unknown>;
  /** False when the action is opened the day of the record it is decided with (a fiche's triage): the caller drops `openedOn`. */
  withOpening?: boolean;
  onCancel: () => void;
  submitLabel: string;
  /** Where the fields sit in the method's input: `fields.` for create and update, `decision.action.` for a triage. */
  serverPrefix: string;
  /** Shown first: where a standalone action comes from. */
  children?: ReactNode;
};

/** What an action is, who owns it, by when, and the notes that prove it was done. */
export const ActionForm = ({
  defaultValues,
  onSubmit,
  onCancel,
  submitLabel,
  serverPrefix,
  withOpening = true,
  children,
}: ActionFormProps) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(actionFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      {children}
      <FormTextAreaField control={control} name="description" label={t('actions.field.description')} isRequired maxLength={2000} />
      <div className="form__row">
        <FormSelectField control={control} name="type" label={t('actions.field.type')} options={actionOptions(t).types} isRequired />
        <FormPersonField control={control} name="ownerId" label={t('actions.field.ownerId')} isRequired />
      </div>
      <div className="form__row">
        {withOpening && (
          <FormDateField
            control={control}
            name="openedOn"
            label={t('actions.field.openedOn')}
            description={t('actions.openedOnHelp')}
            isRequired
          />
        )}
        <FormDateField control={control} name="dueDate" label={t('actions.field.dueDate')} isRequired />
      </div>
      <div className="form__row">
        <FormProcessField control={control} name="processId" label={t('actions.field.processId')} description={t('actions.processHelp')} />
      </div>
      <FormTextAreaField control={control} name="evidenceNotes" label={t('actions.field.evidenceNotes')} maxLength={4000} />
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** A new action's fields: opened today, corrective by default, to do by the date the caller suggests. */
export const emptyActionFields = (dueDate: string | null, type: ActionFields['type'] = 'corrective'): ActionFields => ({
  openedOn: todayOnThisComputer(),
  type,
  description: '',
  ownerId: null,
  processId: null,
  dueDate,
  evidenceNotes: null,
});

/** An action's fields as its edit form starts from them. */
export const actionFieldsOf = (action: Action): ActionFields => ({
  openedOn: action.openedOn,
  type: action.type,
  description: action.description,
  ownerId: action.ownerId,
  processId: action.processId,
  dueDate: action.dueDate,
  evidenceNotes: action.evidenceNotes,
});
