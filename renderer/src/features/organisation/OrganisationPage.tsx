import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { organisationUpdateSchema, type OrganisationUpdate } from '../../../../shared/schemas/app';
import { applyServerErrors } from '../../api/forms';
import { languages, setLanguage, type Language } from '../../i18n';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { ErrorState, Loading } from '../../ui/States';
import { TextField } from '../../ui/TextField';
import { useAppInfo, useUpdateOrganisation } from './hooks';

/** The organisation's name, the data file and how to back it up, and the interface language. */
export const OrganisationPage = () => {
  const { t, i18n } = useTranslation();
  const info = useAppInfo();
  const update = useUpdateOrganisation();
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, showNotice] = useNotice();
  const { control, handleSubmit, setError, formState } = useForm<OrganisationUpdate, unknown, z.output<typeof organisationUpdateSchema>>({
    resolver: zodResolver(organisationUpdateSchema),
    values: { name: info.data?.organisationName ?? '' },
  });

  if (info.isPending) return <Loading />;
  if (info.isError) return <ErrorState error={info.error} onRetry={() => void info.refetch()} />;
  const file = info.data.file;

  const submit = handleSubmit(async (fields) => {
    setFormError(null);
    try {
      await update.mutateAsync(fields);
      showNotice(t('organisation.saved'));
    } catch (error) {
      setFormError(applyServerErrors(error, setError));
    }
  });

  return (
    <>
      <PageHeader title={t('organisation.title')} subtitle={t('organisation.subtitle')} />
      <Form className="form form--inline" onSubmit={(event) => void submit(event)} validationBehavior="aria">
        <FormAlert message={formError} />
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
        <div className="form__actions">
          <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
            {t('common.save')}
          </Button>
        </div>
      </Form>
      <Notice message={notice} />
      <section className="section">
        <h2>{t('organisation.file')}</h2>
        <dl className="details">
          <dt>{t('organisation.file')}</dt>
          <dd>
            <code>{file.path}</code>
          </dd>
          {file.status === 'open' && (
            <>
              <dt>{t('organisation.schema')}</dt>
              <dd>{file.schemaVersion}</dd>
            </>
          )}
          <dt>{t('organisation.appVersion')}</dt>
          <dd>{info.data.appVersion}</dd>
        </dl>
        <p>{t('organisation.fileHelp')}</p>
      </section>
      <section className="section">
        <h2>{t('organisation.language')}</h2>
        <SelectField
          label={t('organisation.language')}
          options={languages.map((language) => ({ id: language, label: language === 'fr' ? 'Français' : 'English' }))}
          value={i18n.language}
          onChange={(value) => value && setLanguage(value as Language)}
        />
      </section>
    </>
  );
};
