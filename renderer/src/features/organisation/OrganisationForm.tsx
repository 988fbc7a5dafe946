import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { indiceLabel, indiceSchemes } from '../../../../shared/domain/versions';
import { organisationUpdateSchema, type Organisation } from '../../../../shared/schemas/app';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useUpdateOrganisation } from './hooks';

/** The structure's name and how its document versions are numbered. */
export const OrganisationForm = ({ organisation, onSaved }: { organisation: Organisation; onSaved: () => void }) => {
  const { t } = useTranslation();
  const update = useUpdateOrganisation();
  const form = useServerForm(organisationUpdateSchema, {
    defaultValues: { name: organisation.name ?? '', indiceScheme: organisation.indiceScheme },
    onSubmit: async (values) => {
      await update.mutateAsync(values);
      onSaved();
    },
  });
  const { control, formState } = form;
  const schemeOptions = indiceSchemes.map((scheme) => ({
    id: scheme,
    label: [1, 2, 3].map((sequence) => indiceLabel(sequence, scheme)).join(', ') + '…',
  }));
  return (
    <Form className="form form--inline" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
      <FormAlert message={form.formError} />
      <Controller
        control={control}
        name="name"
        render={({ field }) => (
          <TextField
            label={t('organisation.name')}
            placeholder={t('organisation.namePlaceholder')}
            value={field.value ?? ''}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={formState.errors.name?.message}
            maxLength={160}
          />
        )}
      />
      <Controller
        control={control}
        name="indiceScheme"
        render={({ field }) => (
          <SelectField
            label={t('documents.field.indiceScheme')}
            options={schemeOptions}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={formState.errors.indiceScheme?.message}
            description={t('organisation.indiceHelp')}
          />
        )}
      />
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} />
    </Form>
  );
};
