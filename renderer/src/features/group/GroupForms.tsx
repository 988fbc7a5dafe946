import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { groupMemberAddSchema, groupUpdateSchema, type Group } from '../../../../shared/schemas/group';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormNumberField, FormTextField } from '../../ui/FormFields';
import { useAddMember, useUpdateGroup } from './hooks';

/** The group's name and how many members the certification body samples at each audit. */
export const GroupSettingsForm = ({ group, onSaved }: { group: Group; onSaved: () => void }) => {
  const { t } = useTranslation();
  const update = useUpdateGroup();
  const form = useServerForm(groupUpdateSchema, {
    defaultValues: { name: group.name ?? '', sampledPerAudit: group.sampledPerAudit },
    onSubmit: async (values) => {
      await update.mutateAsync(values);
      onSaved();
    },
  });
  return (
    <Form className="form form--inline" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
      <FormAlert message={form.formError} />
      <FormTextField control={form.control} name="name" label={t('group.field.name')} maxLength={160} />
      <FormNumberField
        control={form.control}
        name="sampledPerAudit"
        label={t('group.field.sampledPerAudit')}
        description={t('group.field.sampledHelp')}
        minValue={1}
        maxValue={50}
      />
      <FormActions submitLabel={t('common.save')} isSubmitting={form.formState.isSubmitting} />
    </Form>
  );
};

/** Declares a member by its name and the fingerprint it read out over the phone. */
export const AddMemberForm = ({ onAdded }: { onAdded: (name: string) => void }) => {
  const { t } = useTranslation();
  const add = useAddMember();
  const form = useServerForm(groupMemberAddSchema, {
    defaultValues: { name: '', fingerprint: '', joinedOn: todayOnThisComputer() },
    onSubmit: async (values) => {
      await add.mutateAsync(values);
      form.reset({ name: '', fingerprint: '', joinedOn: todayOnThisComputer() });
      onAdded(values.name);
    },
  });
  return (
    <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria" aria-label={t('group.addMember')}>
      <FormAlert message={form.formError} />
      <FormTextField control={form.control} name="name" label={t('group.field.memberName')} maxLength={160} />
      <FormTextField
        control={form.control}
        name="fingerprint"
        label={t('group.field.fingerprint')}
        description={t('group.field.fingerprintHelp')}
        maxLength={200}
      />
      <FormDateField control={form.control} name="joinedOn" label={t('group.field.joinedOn')} />
      <FormActions submitLabel={t('group.addMember')} isSubmitting={form.formState.isSubmitting} />
    </Form>
  );
};
