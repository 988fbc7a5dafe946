import { Checkbox, Form } from 'react-aria-components';
import { FormProvider, useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { actionTypes } from '../../../../shared/domain/actions';
import { decisionKinds } from '../../../../shared/domain/management-review';
import { decisionActionSchema, decisionAddSchema } from '../../../../shared/schemas/management-review';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';
import { useAddDecision, useDecisionToAction } from './hooks';
import { FormProcessField } from '../processes/FormProcessField';

const newAction = () => ({ type: 'amelioration' as const, ownerId: null, dueDate: null, processId: null });

/** Who carries the action out, by when, and what kind it is; `prefix` is where these fields sit in the form. */
const ActionFields = <T extends FieldValues>({
  control,
  prefix,
}: {
  control: Control<T, unknown, FieldValues>;
  prefix: '' | 'action.';
}) => {
  const { t } = useTranslation();
  const name = (field: string) => `${prefix}${field}` as Path<T>;
  return (
    <div className="form__row form__row--three">
      <FormPersonField control={control} name={name('ownerId')} label={t('managementReview.decisions.owner')} isRequired />
      <FormDateField control={control} name={name('dueDate')} label={t('managementReview.decisions.dueDate')} isRequired />
      <FormSelectField
        control={control}
        name={name('type')}
        label={t('managementReview.decisions.actionType')}
        isRequired
        options={actionTypes.map((id) => ({ id, label: t(`managementReview.decisions.actionTypes.${id}`) }))}
      />
      <FormProcessField control={control} name={name('processId')} label={t('managementReview.decisions.process')} />
    </div>
  );
};

const addSchema = decisionAddSchema.omit({ reviewId: true });

/** Records a decision as text, and in the same step the action of the plan that carries it out. */
export const DecisionAddForm = ({ reviewId, onNotice }: { reviewId: number; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const add = useAddDecision();
  const form = useServerForm(addSchema, {
    defaultValues: { kind: 'amelioration', text: '', action: newAction() },
    onSubmit: async (input) => {
      const review = await add.mutateAsync({ ...input, reviewId });
      const created = review.decisions.at(-1)?.action ?? null;
      form.reset({ kind: 'amelioration', text: '', action: newAction() });
      onNotice(
        created === null
          ? t('managementReview.decisions.added')
          : t('managementReview.decisions.addedWithAction', { reference: created.reference }),
      );
    },
  });
  const { control, formState } = form;
  const action = useController({ control, name: 'action' });
  return (
    <FormProvider {...form}>
      <Form
        className="form"
        onSubmit={(event) => void form.submit(event)}
        validationBehavior="aria"
        aria-label={t('managementReview.decisions.add')}
      >
        <FormAlert message={form.formError} />
        <FormSelectField
          control={control}
          name="kind"
          label={t('managementReview.field.kind')}
          isRequired
          options={decisionKinds.map((id) => ({ id, label: t(`managementReview.decisions.kind.${id}`) }))}
        />
        <FormTextAreaField control={control} name="text" label={t('managementReview.field.decision')} isRequired rows={2} />
        <Checkbox
          className="checkbox checkbox--start"
          isSelected={action.field.value !== null}
          onChange={(on) => action.field.onChange(on ? newAction() : null)}
        >
          <span className="checkbox__box" aria-hidden="true" />
          {t('managementReview.decisions.asAction')}
        </Checkbox>
        {action.field.value !== null && <ActionFields control={control as unknown as Control<FieldValues>} prefix="action." />}
        <FormActions submitLabel={t('managementReview.decisions.add')} isSubmitting={formState.isSubmitting} />
      </Form>
    </FormProvider>
  );
};

/** Turns a decision recorded as text into its action. */
export const DecisionToActionForm = ({ decisionId, onDone }: { decisionId: number; onDone: (reference: string) => void }) => {
  const { t } = useTranslation();
  const convert = useDecisionToAction();
  const form = useServerForm(decisionActionSchema, {
    defaultValues: newAction(),
    serverPrefix: 'action.',
    onSubmit: async (action) => {
      const review = await convert.mutateAsync({ decisionId, action });
      onDone(review.decisions.find((decision) => decision.id === decisionId)?.action?.reference ?? '');
    },
  });
  return (
    <FormProvider {...form}>
      <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
        <FormAlert message={form.formError} />
        <ActionFields control={form.control as unknown as Control<FieldValues>} prefix="" />
        <FormActions submitLabel={t('managementReview.decisions.toAction')} isSubmitting={form.formState.isSubmitting} />
      </Form>
    </FormProvider>
  );
};
