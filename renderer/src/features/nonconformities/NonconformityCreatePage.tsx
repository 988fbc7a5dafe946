import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { manualNonconformitySources } from '../../../../shared/domain/nonconformities';
import { todayOnThisComputer } from '../../app/today';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { useLoopMutation } from '../common/loopMutation';
import { ncOptions } from '../common/loopOptions';
import { NonconformityForm } from './NonconformityForm';

type ManualSource = (typeof manualNonconformitySources)[number];

/** Opens a nonconformity found in daily work, by an indicator, at an external provider, or elsewhere. */
export const NonconformityCreatePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useLoopMutation('nonconformities.create');
  const [source, setSource] = useState<ManualSource>('quotidien');
  return (
    <>
      <p className="breadcrumb">
        <Link to="/non-conformites">← {t('nonconformities.title')}</Link>
      </p>
      <PageHeader title={t('nonconformities.newTitle')} subtitle={t('nonconformities.newHelp')} />
      <NonconformityForm
        defaultValues={{
          detectedOn: todayOnThisComputer(),
          detectedById: null,
          processId: null,
          requirementIds: [],
          description: '',
          severity: 'mineure',
        }}
        submitLabel={t('common.create')}
        onSubmit={async (fields) => {
          const created = await create.mutateAsync({ source, ...fields });
          await navigate(`/non-conformites/${created.id}`, {
            state: { notice: t('nonconformities.created', { reference: created.reference }) },
          });
        }}
        onCancel={() => void navigate('/non-conformites')}
      >
        <SelectField
          label={t('nonconformities.field.source')}
          options={ncOptions(t).manualSources}
          value={source}
          onChange={(value) => setSource(manualNonconformitySources.find((candidate) => candidate === value) ?? 'quotidien')}
          isRequired
        />
      </NonconformityForm>
    </>
  );
};
