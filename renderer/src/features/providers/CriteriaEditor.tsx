import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { criterionFieldsSchema } from '../../../../shared/schemas/providers';
import { useServerForm } from '../../api/useServerForm';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormTextField } from '../../ui/FormFields';
import { Notice, useNotice } from '../../ui/Notice';
import { QueryFallback } from '../../ui/list/QueryView';
import { useProviderCriteria, useProviderMutation } from './hooks';

/** The structure's own evaluation criteria (a default set to start from): add one, retire or reuse one. */
export const CriteriaEditor = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation();
  const criteria = useProviderCriteria();
  const add = useProviderMutation('providers.addCriterion');
  const change = useProviderMutation('providers.updateCriterion');
  const [notice, showNotice] = useNotice();
  const [error, setError] = useState<string | null>(null);
  const { control, formState, formError, submit, reset } = useServerForm(criterionFieldsSchema, {
    defaultValues: { label: '', active: true },
    onSubmit: async (fields) => {
      const created = await add.mutateAsync(fields);
      reset({ label: '', active: true });
      showNotice(t('providers.criterionAdded', { label: created.label }));
    },
  });
  return (
    <>
      <p className="form__help">{t('providers.criteriaHelp')}</p>
      <Notice message={notice} />
      <FormAlert message={error} />
      {!criteria.isSuccess ? (
        <QueryFallback query={criteria} />
      ) : (
        <ul className="link-list" aria-label={t('providers.criteria')}>
          {criteria.data.map((criterion) => (
            <li key={criterion.id} className="link-list__item">
              <span className={criterion.active ? undefined : 'row--inactive'}>{criterion.label}</span>
              <Button
                variant="quiet"
                className="link-list__action"
                onPress={() => {
                  setError(null);
                  change
                    .mutateAsync({ id: criterion.id, fields: { label: criterion.label, active: !criterion.active } })
                    .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
                }}
              >
                {criterion.active ? t('providers.retire') : t('providers.restore')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
        <FormAlert message={formError} />
        <FormTextField control={control} name="label" label={t('providers.newCriterion')} maxLength={120} isRequired />
        <FormActions submitLabel={t('providers.addCriterion')} isSubmitting={formState.isSubmitting} onCancel={onClose} />
      </Form>
    </>
  );
};
