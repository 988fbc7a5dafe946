import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { applicabilityFieldsSchema, type ApplicabilityFields, type RequirementDetail } from '../../../../shared/schemas/referentials';
import { applyServerErrors } from '../../api/forms';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { ApplicabilityBadge } from './ApplicabilityBadge';
import { useSetApplicability } from './hooks';

/**
 * Applicability of a requirement. Declaring it non applicable needs a justification: the shared
 * schema refuses an empty one here, and the backend (and the file's CHECK) again.
 */
export const ApplicabilityForm = ({ requirement, onSaved }: { requirement: RequirementDetail; onSaved: () => void }) => {
  const { t } = useTranslation();
  const setApplicability = useSetApplicability();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState, reset } = useForm<
    ApplicabilityFields,
    unknown,
    z.output<typeof applicabilityFieldsSchema>
  >({
    resolver: zodResolver(applicabilityFieldsSchema),
    defaultValues: { applicable: false, justification: requirement.nonApplicableJustification },
    mode: 'onSubmit',
  });
  const save = async (fields: ApplicabilityFields) => {
    setFormError(null);
    try {
      const saved = await setApplicability.mutateAsync({ id: requirement.id, fields });
      reset({ applicable: false, justification: saved.nonApplicableJustification });
      onSaved();
    } catch (error) {
      setFormError(applyServerErrors(error, setError, 'fields.'));
    }
  };
  const declare = handleSubmit(
    (fields) => save(fields),
    () => setFormError(t('common.formErrors')),
  );

  return (
    <Form className="form" onSubmit={(event) => void declare(event)} validationBehavior="aria" aria-label={t('referentials.applicability')}>
      <p>
        <ApplicabilityBadge applicable={requirement.applicable} showApplicable />{' '}
        {requirement.applicable ? t('referentials.isApplicable') : t('referentials.isNonApplicable')}
      </p>
      <p className="form__help">{t('referentials.cascadeHelp')}</p>
      <FormAlert message={formError} />
      <Controller
        control={control}
        name="justification"
        render={({ field }) => (
          <TextAreaField
            label={t('referentials.field.justification')}
            value={field.value ?? ''}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={formState.errors.justification?.message}
            description={t('referentials.justificationHelp')}
            rows={3}
            maxLength={2000}
          />
        )}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isDisabled={formState.isSubmitting}>
          {requirement.applicable ? t('referentials.declareNonApplicable') : t('common.save')}
        </Button>
        {!requirement.applicable && (
          <Button isDisabled={formState.isSubmitting} onPress={() => void save({ applicable: true, justification: null })}>
            {t('referentials.declareApplicable')}
          </Button>
        )}
      </div>
    </Form>
  );
};
