import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DEFAULT_EVALUATION_MONTHS, providerKinds } from '../../../../shared/domain/providers';
import type { ProviderListQuery } from '../../../../shared/schemas/providers';
import { todayOnThisComputer } from '../../app/today';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { FilterBar, FilterCheckbox, FilterSelect } from '../../ui/list/FilterBar';
import { ListResults } from '../../ui/list/ListResults';
import { useCsvExport } from '../../ui/list/useCsvExport';
import { flagParam, oneOf, useUrlFilters } from '../../ui/list/useUrlFilters';
import { CriteriaEditor } from './CriteriaEditor';
import { useProviderList } from '../common/lookups';
import { useProviderMutation } from './hooks';
import { ProviderForm } from './ProviderForm';
import { ProvidersTable } from './ProvidersTable';
import './providers.css';

const readFilters = (params: URLSearchParams): ProviderListQuery => ({
  kind: oneOf(providerKinds, params.get('type')),
  activeOnly: flagParam(params.get('actifs')),
  lateOnly: flagParam(params.get('retard')),
});

/** The register of external providers and partners, with their last evaluation and the next one due. */
export const ProvidersPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const filters = useUrlFilters(readFilters);
  const { query } = filters;
  const list = useProviderList(query);
  const create = useProviderMutation('providers.create');
  const [dialog, setDialog] = useState<'new' | 'criteria' | null>(null);
  const [notice, showNotice] = useNotice();

  const { exportCsv, exportError } = useCsvExport({
    method: 'providers.exportCsv',
    input: query,
    showNotice,
    exported: (fileName) => t('providers.exported', { fileName }),
  });

  return (
    <>
      <PageHeader
        title={t('providers.title')}
        subtitle={t('providers.subtitle')}
        actions={
          <>
            <Button onPress={() => setDialog('criteria')}>{t('providers.criteria')}</Button>
            <Button onPress={() => void exportCsv()}>{t('providers.export')}</Button>
            <Button variant="primary" onPress={() => setDialog('new')}>
              {t('providers.new')}
            </Button>
          </>
        }
      />
      <Notice message={notice} />
      <FormAlert message={exportError} />
      <FilterBar label={t('providers.filters')}>
        <FilterSelect
          filters={filters}
          param="type"
          label={t('providers.field.kind')}
          options={providerKinds.map((id) => ({ id, label: t(`providers.kind.${id}`) }))}
        />
        <FilterCheckbox filters={filters} param="actifs" label={t('providers.activeOnly')} />
        <FilterCheckbox filters={filters} param="retard" label={t('providers.lateOnly')} />
      </FilterBar>
      <ListResults
        query={list}
        isFiltered={filters.isFiltered}
        onClearFilters={filters.clear}
        texts={{
          count: (count) => t('providers.count', { count }),
          emptyTitle: t('providers.emptyTitle'),
          emptyText: t('providers.emptyText'),
          noMatch: t('providers.noMatch'),
        }}
      >
        {(providers) => <ProvidersTable providers={providers} />}
      </ListResults>
      <Modal
        title={dialog === 'criteria' ? t('providers.criteriaTitle') : t('providers.newTitle')}
        isOpen={dialog !== null}
        onOpenChange={(open) => !open && setDialog(null)}
      >
        {dialog === 'criteria' && <CriteriaEditor onClose={() => setDialog(null)} />}
        {dialog === 'new' && (
          <ProviderForm
            defaultValues={{
              name: '',
              kind: 'organisme_formation',
              supplies: '',
              processId: null,
              since: todayOnThisComputer(),
              evaluationMonths: DEFAULT_EVALUATION_MONTHS,
              active: true,
            }}
            submitLabel={t('common.create')}
            onSubmit={async (fields) => {
              const created = await create.mutateAsync(fields);
              setDialog(null);
              await navigate(`/prestataires/${created.id}`, { state: { notice: t('providers.created', { name: created.name }) } });
            }}
            onCancel={() => setDialog(null)}
          />
        )}
      </Modal>
    </>
  );
};
