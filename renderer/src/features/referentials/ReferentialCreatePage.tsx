import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { referentialCreateSchema, type Referential, type ReferentialCreate } from '../../../../shared/schemas/referentials';
import { applyServerErrors } from '../../api/forms';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { ErrorState, Loading } from '../../ui/States';
import { TextField } from '../../ui/TextField';
import { useCreateReferential } from './hooks';
import { useReferentials } from '../common/lookups';

const NONE = 'none';

/** Name, edition and base of a new scheme; most schemes sit on a standard, so the first one is proposed. */
const SchemeForm = ({ standards }: { standards: Referential[] }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateReferential();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState } = useForm<ReferentialCreate, unknown, z.output<typeof referentialCreateSchema>>({
    resolver: zodResolver(referentialCreateSchema),
    defaultValues: { name: '', edition: '', baseId: standards[0]?.id ?? null },
    mode: 'onTouched',
  });
  const submit = handleSubmit(
    async (fields) => {
      setFormError(null);
      try {
        const created = await create.mutateAsync(fields);
        void navigate(`/referentiels/${created.id}`, { state: { notice: t('referentials.created', { name: created.name }) } });
      } catch (error) {
        setFormError(applyServerErrors(error, setError));
      }
    },
    () => setFormError(t('common.formErrors')),
  );
  const baseOptions = [
    { id: NONE, label: t('referentials.noBase') },
    ...standards.map((s) => ({ id: String(s.id), label: `${s.name} (${s.edition})` })),
  ];

  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <Controller
        control={control}
        name="name"
        render={({ field }) => (
          <TextField
            label={t('referentials.field.name')}
            isRequired
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={formState.errors.name?.message}
            maxLength={120}
          />
        )}
      />
      <div className="form__row">
        <Controller
          control={control}
          name="edition"
          render={({ field }) => (
            <TextField
              label={t('referentials.field.edition')}
              isRequired
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={formState.errors.edition?.message}
              description={t('referentials.editionHelp')}
              maxLength={60}
            />
          )}
        />
        <Controller
          control={control}
          name="baseId"
          render={({ field }) => (
            <SelectField
              label={t('referentials.field.baseId')}
              options={baseOptions}
              value={field.value === null ? NONE : String(field.value)}
              onChange={(key) => field.onChange(key === null || key === NONE ? null : Number(key))}
              onBlur={field.onBlur}
              error={formState.errors.baseId?.message}
            />
          )}
        />
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('common.saving') : t('common.create')}
        </Button>
        <Button variant="quiet" onPress={() => void navigate('/referentiels')}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
};

/** "Nouveau référentiel de schéma": a certification scheme's own layer of requirements. */
export const ReferentialCreatePage = () => {
  const { t } = useTranslation();
  const referentials = useReferentials();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/referentiels">← {t('referentials.title')}</Link>
      </p>
      <PageHeader title={t('referentials.newTitle')} subtitle={t('referentials.newHelp')} />
      {referentials.isPending ? (
        <Loading />
      ) : referentials.isError ? (
        <ErrorState error={referentials.error} onRetry={() => void referentials.refetch()} />
      ) : (
        <SchemeForm standards={referentials.data.filter((referential) => referential.kind === 'norme')} />
      )}
    </>
  );
};
