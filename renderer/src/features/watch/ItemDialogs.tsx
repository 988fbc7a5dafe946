import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { watchDecisions, watchImpacts } from '../../../../shared/domain/watch';
import { watchDecisionFieldsSchema, watchInformFieldsSchema, type WatchItem } from '../../../../shared/schemas/watch';
import { todayOnThisComputer } from '../../app/today';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormSelectField, FormTextAreaField, FormTextField } from '../../ui/FormFields';
import { FormPickField } from '../../ui/FormPickField';
import { usePeople } from '../people/hooks';
import { OptionalActionFields } from '../common/OptionalActionFields';
import { emptyDraftAction, withOptionalAction } from '../common/optionalAction';
import { useContextMutation } from '../common/contextMutation';

const decideFormSchema = withOptionalAction(watchDecisionFieldsSchema);

/** The impact analysis and the decision, with the first action of the plan when the decision is to act. */
export const DecideForm = ({ item, onDone, onCancel }: { item: WatchItem; onDone: () => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const decide = useContextMutation('watch.decide');
  const hasLiveAction = item.actions.some((action) => action.status !== 'abandonnee');
  const { control, formState, formError, submit, watch } = useServerForm(decideFormSchema, {
    defaultValues: {
      fields: {
        analysis: item.analysis ?? '',
        impact: item.impact ?? 'faible',
        decision: item.decision ?? 'information',
        decisionNote: item.decisionNote ?? '',
        decidedOn: item.decidedOn ?? todayOnThisComputer(),
      },
      withAction: false,
      action: emptyDraftAction('amelioration'),
    },
    onSubmit: async ({ fields, action }) => {
      await decide.mutateAsync({ id: item.id, revision: item.revision, fields, action });
      onDone();
    },
  });
  const decision = watch('fields.decision');
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormTextAreaField control={control} name="fields.analysis" label={t('watch.field.analysis')} isRequired maxLength={4000} />
      <div className="form__row">
        <FormSelectField
          control={control}
          name="fields.impact"
          label={t('watch.field.impact')}
          options={watchImpacts.map((id) => ({ id, label: t(`watch.impact.${id}`) }))}
          isRequired
        />
        <FormSelectField
          control={control}
          name="fields.decision"
          label={t('watch.field.decision')}
          options={watchDecisions.map((id) => ({ id, label: t(`watch.decision.${id}`) }))}
          isRequired
        />
      </div>
      <FormTextAreaField control={control} name="fields.decisionNote" label={t('watch.field.decisionNote')} maxLength={2000} />
      <FormDateField control={control} name="fields.decidedOn" label={t('watch.field.decidedOn')} isRequired />
      {decision === 'action' && !hasLiveAction && (
        <OptionalActionFields control={control} label={t('watch.addActionNow')} help={t('watch.addActionHelp')} />
      )}
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** Who was told of the item, and when: people of the directory, and others named in words. */
export const InformForm = ({ item, onDone, onCancel }: { item: WatchItem; onDone: () => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const inform = useContextMutation('watch.inform');
  const people = usePeople();
  const { control, formState, formError, submit } = useServerForm(watchInformFieldsSchema, {
    defaultValues: {
      informedOn: item.informedOn ?? todayOnThisComputer(),
      personIds: item.informed.map((person) => person.id),
      others: item.informedOthers ?? '',
    },
    onSubmit: async (fields) => {
      await inform.mutateAsync({ id: item.id, revision: item.revision, fields });
      onDone();
    },
    serverPrefix: 'fields.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormPickField
        control={control}
        name="personIds"
        label={t('watch.field.personIds')}
        options={(people.data ?? [])
          .filter((person) => person.active)
          .map((person) => ({ id: person.id, label: person.name, detail: person.jobTitle ?? undefined }))}
      />
      <FormTextField control={control} name="others" label={t('watch.field.others')} maxLength={300} />
      <FormDateField control={control} name="informedOn" label={t('watch.field.informedOn')} isRequired />
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
