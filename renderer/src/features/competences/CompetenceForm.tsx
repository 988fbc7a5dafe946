import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { competenceKinds } from '../../../../shared/domain/competences';
import { competenceCreateSchema } from '../../../../shared/schemas/competences';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormSelectField, FormTextField } from '../../ui/FormFields';
import { useCompetenceMutation } from './hooks';

/** Adds a competence to the catalogue: a know-how, an habilitation that lapses, or a diploma. */
export const CompetenceForm = ({ onDone, onCancel }: { onDone: (name: string) => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const create = useCompetenceMutation('competences.create');
  const { control, formState, formError, submit } = useServerForm(competenceCreateSchema, {
    defaultValues: { name: '', kind: 'savoir_faire' },
    onSubmit: async (fields) => onDone((await create.mutateAsync(fields)).name),
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormTextField control={control} name="name" label={t('competences.field.name')} isRequired maxLength={120} />
      <FormSelectField
        control={control}
        name="kind"
        label={t('competences.field.kind')}
        options={competenceKinds.map((id) => ({ id, label: t(`competences.kind.${id}`) }))}
        isRequired
      />
      <FormActions submitLabel={t('common.add')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
