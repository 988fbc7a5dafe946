import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { riskKinds, riskLevels, riskOrigins, treatmentStates, type RiskOrigin } from '../../../../shared/domain/risks';
import type { RiskListQuery } from '../../../../shared/schemas/risks';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { FilterBar, FilterCheckbox, FilterSearch, FilterSelect } from '../../ui/list/FilterBar';
import { ListResults } from '../../ui/list/ListResults';
import { QueryFallback } from '../../ui/list/QueryView';
import { flagParam, idParam, oneOf, useUrlFilters } from '../../ui/list/useUrlFilters';
import { usePeopleOptions } from '../people/hooks';
import { useProcessOptions } from '../processes/hooks';
import { useRiskScale } from './hooks';
import { ScaleForm } from './RiskDialogs';
import { RiskForm, emptyRiskInput } from './RiskForm';
import { RiskMap } from './RiskMap';
import { RisksTable } from './RisksTable';
import '../common/loop.css';
import { ContextTabs } from '../common/ContextTabs';
import { CsvButton } from '../common/CsvButton';
import { useContextMutation } from '../common/contextMutation';
import { useRiskList } from '../common/contextLookups';

const readFilters = (params: URLSearchParams): RiskListQuery => ({
  kind: oneOf(riskKinds, params.get('type')),
  level: oneOf(riskLevels, params.get('niveau')),
  treatmentState: oneOf(treatmentStates, params.get('avancement')),
  ownerId: idParam(params.get('responsable')),
  processId: idParam(params.get('processus')),
  search: params.get('recherche') ?? undefined,
  includeRetired: flagParam(params.get('retires')),
  reviewLateOnly: flagParam(params.get('retard')),
});

/** The record the user came from ("Identifier un risque" on an issue or a party), carried in the navigation state. */
const newFrom = (state: unknown): { origin: RiskOrigin; originId: number } | null => {
  const from = (state as { newFrom?: { origin?: string; originId?: number } } | null)?.newFrom;
  const origin = riskOrigins.find((candidate) => candidate === from?.origin);
  const originId = idParam(String(from?.originId));
  return origin && originId ? { origin, originId } : null;
};

/** Risks and opportunities: their maps as they stand, the register filtered, the scale, and a new one. */
export const RisksPage = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const filters = useUrlFilters(readFilters);
  const list = useRiskList(filters.query);
  const scale = useRiskScale();
  const people = usePeopleOptions();
  const processes = useProcessOptions();
  const create = useContextMutation('risks.create');
  const [from] = useState(() => newFrom(location.state));
  const [dialog, setDialog] = useState<'create' | 'scale' | null>(from === null ? null : 'create');
  const [notice, showNotice] = useNotice();
  const close = () => {
    setDialog(null);
    if (location.state) void navigate({ search: location.search }, { replace: true, state: null });
  };
  if (!scale.isSuccess) return <QueryFallback query={scale} />;
  const options = <T extends string>(values: readonly T[], prefix: 'kind' | 'level' | 'treatmentState') =>
    values.map((id) => ({ id, label: t(`risks.${prefix}.${id}` as 'risks.kind.risque') }));

  return (
    <>
      <PageHeader
        title={t('risks.title')}
        subtitle={t('risks.subtitle')}
        actions={
          <>
            <CsvButton method="risks.exportCsv" query={filters.query} onNotice={showNotice} />
            <Button onPress={() => setDialog('scale')}>{t('risks.scale.open')}</Button>
            <Button variant="primary" onPress={() => setDialog('create')}>
              {t('risks.new')}
            </Button>
          </>
        }
      />
      <ContextTabs />
      <Notice message={notice} />
      <FilterBar label={t('risks.filters')}>
        <FilterSelect filters={filters} param="type" label={t('risks.field.kind')} options={options(riskKinds, 'kind')} />
        <FilterSelect filters={filters} param="niveau" label={t('risks.field.level')} options={options(riskLevels, 'level')} />
        <FilterSelect
          filters={filters}
          param="avancement"
          label={t('risks.field.treatmentState')}
          options={options(treatmentStates, 'treatmentState')}
        />
        <FilterSelect filters={filters} param="responsable" label={t('risks.field.owner')} options={people} />
        <FilterSelect filters={filters} param="processus" label={t('risks.field.process')} options={processes} />
        <FilterSearch filters={filters} param="recherche" label={t('issues.search')} />
        <FilterCheckbox filters={filters} param="retard" label={t('risks.lateOnly')} />
        <FilterCheckbox filters={filters} param="retires" label={t('risks.includeRetired')} />
      </FilterBar>
      <ListResults
        query={list}
        isFiltered={filters.isFiltered}
        onClearFilters={filters.clear}
        texts={{
          count: (count) => t('risks.count', { count }),
          emptyTitle: t('risks.emptyTitle'),
          emptyText: t('risks.emptyText'),
          noMatch: t('risks.noMatch'),
        }}
      >
        {(risks) => (
          <>
            <RiskMap
              risks={risks.filter((risk) => risk.kind === 'risque')}
              kind="risque"
              scale={scale.data}
              title={t('risks.map.title')}
              id="carte-risques"
            />
            {risks.some((risk) => risk.kind === 'opportunite') && (
              <RiskMap
                risks={risks.filter((risk) => risk.kind === 'opportunite')}
                kind="opportunite"
                scale={scale.data}
                title={t('risks.map.opportunities')}
                id="carte-opportunites"
              />
            )}
            <RisksTable risks={risks} />
          </>
        )}
      </ListResults>
      <Modal
        title={dialog === 'scale' ? t('risks.scale.title') : t('risks.newTitle')}
        isOpen={dialog !== null}
        onOpenChange={(open) => !open && close()}
      >
        {dialog === 'create' && (
          <RiskForm
            defaultValues={emptyRiskInput(from ?? undefined)}
            scale={scale.data}
            withEvaluation
            submitLabel={t('common.create')}
            onSubmit={async (input) => {
              const created = await create.mutateAsync(input);
              setDialog(null);
              await navigate(`/risques/${created.id}`, { state: { notice: t('risks.created', { reference: created.reference }) } });
            }}
            onCancel={close}
          />
        )}
        {dialog === 'scale' && (
          <ScaleForm
            scale={scale.data}
            onDone={() => {
              close();
              showNotice(t('risks.scale.saved'));
            }}
            onCancel={close}
          />
        )}
      </Modal>
    </>
  );
};
