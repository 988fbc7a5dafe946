import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { indiceLabel, indiceSchemes } from '../../../../shared/domain/versions';
import { organisationUpdateSchema, type Organisation } from '../../../../shared/schemas/organisation';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormSelectField, FormTextAreaField, FormTextField } from '../../ui/FormFields';
import { useUpdateOrganisation } from './hooks';

/** The structure's name, how its document versions are numbered, the scope of its quality system and its sites. */
export const OrganisationForm = ({ organisation, onSaved }: { organisation: Organisation; onSaved: () => void }) => {
  const { t } = useTranslation();
  const update = useUpdateOrganisation();
  const form = useServerForm(organisationUpdateSchema, {
    defaultValues: {
      name: organisation.name ?? '',
      indiceScheme: organisation.indiceScheme,
      scopeStatement: organisation.scopeStatement ?? '',
      sites: organisation.sites ?? '',
    },
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
      <FormTextField
        control={control}
        name="name"
        label={t('organisation.name')}
        placeholder={t('organisation.namePlaceholder')}
        maxLength={160}
      />
      <FormSelectField
        control={control}
        name="indiceScheme"
        label={t('documents.field.indiceScheme')}
        options={schemeOptions}
        description={t('organisation.indiceHelp')}
      />
      <FormTextAreaField
        control={control}
        name="scopeStatement"
        label={t('organisation.scopeStatement')}
        description={t('organisation.scopeStatementHelp')}
        maxLength={2000}
      />
      <FormTextAreaField
        control={control}
        name="sites"
        label={t('organisation.sites')}
        description={t('organisation.sitesHelp')}
        maxLength={2000}
      />
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} />
    </Form>
  );
};
