import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { actionSources, actionStatuses } from '../../../../shared/domain/actions';
import type { ActionListQuery } from '../../../../shared/schemas/actions';
import type { PageScope } from '../../../../shared/schemas/paging';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { FilterBar, FilterCheckbox, FilterSelect } from '../../ui/list/FilterBar';
import { PagedResults } from '../../ui/list/PagedResults';
import { usePagedList } from '../../ui/list/usePagedList';
import { useCsvExport } from '../../ui/list/useCsvExport';
import { flagParam, idParam, oneOf, useUrlFilters } from '../../ui/list/useUrlFilters';
import { usePeopleOptions } from '../people/hooks';
import { useProcessOptions } from '../processes/hooks';
import { ActionCreateForm, type FindingOrigin } from './ActionCreateForm';
import { ActionPlanTable } from './ActionPlanTable';
import { queryKeys } from '../../app/queryKeys';
import { actionOptions } from '../common/loopOptions';
import '../common/loop.css';

/** The plan's filters, as the address holds them; the page shows open actions unless « terminées » is ticked. */
const readFilters = (params: URLSearchParams): ActionListQuery & { scope?: PageScope } => {
  const status = oneOf(actionStatuses, params.get('statut'));
  return {
    ownerId: idParam(params.get('responsable')),
    processId: idParam(params.get('processus')),
    status,
    source: oneOf(actionSources, params.get('origine')),
    overdueOnly: flagParam(params.get('retard')),
    // A status asked for is shown whatever the scope: « Réalisée » would otherwise find nothing.
    scope: flagParam(params.get(ALL_PARAM)) || status ? 'all' : undefined,
  };
};
/** The filter that shows finished actions too. */
const ALL_PARAM = 'terminees';

/** The finding the audit page sent the user from ("Créer une action"), carried in the navigation state. */
const findingOrigin = (state: unknown): FindingOrigin | null => {
  const from = (state as { fromFinding?: Partial<FindingOrigin> } | null)?.fromFinding;
  const auditId = idParam(String(from?.auditId));
  const findingId = idParam(String(from?.findingId));
  return auditId && findingId ? { auditId, findingId } : null;
};

/** The action plan: every action whatever its source, filtered, exported to CSV for French Excel. */
export const ActionPlanPage = () => {
  const { t } = useTranslation();
  const filters = useUrlFilters(readFilters);
  const { scope, ...query } = filters.query;
  const list = usePagedList('actions.page', queryKeys.actionPage(filters.query), filters.query);
  const people = usePeopleOptions();
  const processes = useProcessOptions();
  const [notice, showNotice] = useNotice();
  const location = useLocation();
  const navigate = useNavigate();
  const [fromFinding] = useState(() => findingOrigin(location.state));
  const [creating, setCreatingState] = useState(fromFinding !== null);
  const setCreating = (open: boolean) => {
    setCreatingState(open);
    // Once the form closes, forget where it came from: going back and forth must not reopen it.
    if (!open && location.state) void navigate({ search: location.search }, { replace: true, state: null });
  };
  const options = actionOptions(t);

  const { exportCsv, exportError } = useCsvExport({
    method: 'actions.exportCsv',
    input: query,
    showNotice,
    exported: (fileName) => t('actions.exported', { fileName }),
  });

  return (
    <>
      <PageHeader
        title={t('actions.title')}
        subtitle={t('actions.subtitle')}
        actions={
          <>
            <Button onPress={() => void exportCsv()}>{t('actions.export')}</Button>
            <Button variant="primary" onPress={() => setCreating(true)}>
              {t('actions.new')}
            </Button>
          </>
        }
      />
      <Notice message={notice} />
      <FormAlert message={exportError} />
      <FilterBar label={t('actions.filters')}>
        <FilterSelect filters={filters} param="responsable" label={t('actions.field.owner')} options={people} />
        <FilterSelect filters={filters} param="processus" label={t('actions.field.process')} options={processes} />
        <FilterSelect filters={filters} param="statut" label={t('actions.field.status')} options={options.statuses} />
        <FilterSelect filters={filters} param="origine" label={t('actions.field.source')} options={options.sources} />
        <FilterCheckbox filters={filters} param="retard" label={t('actions.overdueOnly')} />
        <FilterCheckbox filters={filters} param={ALL_PARAM} label={t('actions.showAll')} />
      </FilterBar>
      <PagedResults
        list={list}
        isFiltered={filters.isFiltered}
        showsAll={scope === 'all'}
        onShowAll={() => filters.set(ALL_PARAM, '1')}
        onClearFilters={filters.clear}
        texts={{
          count: (totals) => t('actions.countOpen', { count: totals.openTotal, all: t('actions.count', { count: totals.allTotal }) }),
          emptyTitle: t('actions.emptyTitle'),
          emptyText: t('actions.emptyText'),
          noneOpen: t('actions.noneOpen'),
          showAll: t('actions.showAll'),
          noMatch: t('actions.noMatch'),
        }}
      >
        {(actions, nearEnd) => <ActionPlanTable actions={actions} rowCount={list.totals?.total} onNearEnd={nearEnd} />}
      </PagedResults>
      <Modal title={t('actions.newTitle')} isOpen={creating} onOpenChange={setCreating}>
        <ActionCreateForm
          fromFinding={fromFinding}
          onCreated={(action) => {
            setCreating(false);
            showNotice(t('actions.created', { reference: action.reference }));
          }}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </>
  );
};
