import { useTranslation } from 'react-i18next';
import { Checkbox, Form } from 'react-aria-components';
import { useController } from 'react-hook-form';
import { groupRequestAnswerSchema, groupRequestCreateSchema, type GroupRequest } from '../../../../shared/schemas/group-requests';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormTextAreaField, FormTextField } from '../../ui/FormFields';
import { FormPickOneField } from '../../ui/FormPickField';
import { useActionPicks } from '../common/pickSources';
import { useAnswerGroupRequest, useRecordGroupRequest } from './requestsHooks';

const empty = () => ({ code: '', ncReference: '', description: '', receivedOn: todayOnThisComputer() });

/** A request of the group as received: its code and the NC's reference copied from the message. */
export const RecordRequestForm = ({ onSaved }: { onSaved: (message: string) => void }) => {
  const { t } = useTranslation();
  const record = useRecordGroupRequest();
  const form = useServerForm(groupRequestCreateSchema, {
    defaultValues: empty(),
    onSubmit: async (values) => {
      const request = await record.mutateAsync(values);
      form.reset(empty());
      onSaved(t('groupRequests.recorded', { code: request.code }));
    },
  });
  return (
    <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria" aria-label={t('groupRequests.record')}>
      <FormAlert message={form.formError} />
      <FormTextField
        control={form.control}
        name="code"
        label={t('groupRequests.field.code')}
        description={t('groupRequests.field.codeHelp')}
        maxLength={20}
      />
      <FormTextField control={form.control} name="ncReference" label={t('groupRequests.field.ncReference')} maxLength={40} />
      <FormTextAreaField control={form.control} name="description" label={t('groupRequests.field.description')} maxLength={2000} />
      <FormDateField control={form.control} name="receivedOn" label={t('groupRequests.field.receivedOn')} />
      <FormActions submitLabel={t('groupRequests.record')} isSubmitting={form.formState.isSubmitting} />
    </Form>
  );
};

/** The member's answer: concerned with one of its own actions, or not, on a date (today by default). */
export const AnswerRequestForm = ({ request, onSaved }: { request: GroupRequest; onSaved: (message: string) => void }) => {
  const { t } = useTranslation();
  const actions = useActionPicks();
  const answer = useAnswerGroupRequest();
  const form = useServerForm(groupRequestAnswerSchema, {
    defaultValues: {
      id: request.id,
      concerned: request.answer?.concerned ?? false,
      actionId: request.answer?.action?.id ?? null,
      answeredOn: request.answer?.answeredOn ?? todayOnThisComputer(),
    },
    onSubmit: async (values) => {
      await answer.mutateAsync({ ...values, actionId: values.concerned ? values.actionId : null });
      onSaved(t('groupRequests.answered', { code: request.code }));
    },
  });
  const concerned = useController({ control: form.control, name: 'concerned' });
  return (
    <Form
      className="form form--inline"
      onSubmit={(event) => void form.submit(event)}
      validationBehavior="aria"
      aria-label={t('groupRequests.answerOf', { code: request.code })}
    >
      <FormAlert message={form.formError} />
      <Checkbox className="checkbox" isSelected={concerned.field.value as boolean} onChange={concerned.field.onChange}>
        <span className="checkbox__box" aria-hidden="true" />
        {t('groupRequests.field.concerned')}
      </Checkbox>
      {(concerned.field.value as boolean) && (
        <FormPickOneField
          control={form.control}
          name="actionId"
          label={t('groupRequests.field.action')}
          description={t('groupRequests.field.actionHelp')}
          source={actions}
        />
      )}
      <FormDateField control={form.control} name="answeredOn" label={t('groupRequests.field.answeredOn')} />
      <FormActions submitLabel={t('groupRequests.answer')} isSubmitting={form.formState.isSubmitting} />
    </Form>
  );
};
