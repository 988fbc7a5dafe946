import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { issueEffects, issueGroupings, issueNatures } from '../../../../shared/domain/issues';
import type { IssueListQuery } from '../../../../shared/schemas/issues';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { Button } from '../../ui/Button';
import { FilterBar, FilterCheckbox, FilterSearch, FilterSelect } from '../../ui/list/FilterBar';
import { ListResults } from '../../ui/list/ListResults';
import { flagParam, oneOf, useUrlFilters } from '../../ui/list/useUrlFilters';
import { ClimateCard } from './ClimateCard';
import { useContextOverview } from './hooks';
import { IssueForm, emptyIssueFields } from './IssueForm';
import { IssuesTable } from './IssuesTable';
import '../common/loop.css';
import { ContextTabs } from '../common/ContextTabs';
import { CsvButton } from '../common/CsvButton';
import { useContextMutation } from '../common/contextMutation';
import { useIssueList } from '../common/contextLookups';

const readFilters = (params: URLSearchParams): IssueListQuery => ({
  nature: oneOf(issueNatures, params.get('nature')),
  effect: oneOf(issueEffects, params.get('effet')),
  search: params.get('recherche') ?? undefined,
  includeRetired: flagParam(params.get('retires')),
  reviewLateOnly: flagParam(params.get('retard')),
});

/** The structure's context: the climate question, then its issues grouped as it chose, filtered, exported to CSV. */
export const IssuesPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const filters = useUrlFilters(readFilters);
  const list = useIssueList(filters.query);
  const overview = useContextOverview();
  const setGrouping = useContextMutation('issues.setGrouping');
  const create = useContextMutation('issues.create');
  const [creating, setCreating] = useState(false);
  const [notice, showNotice] = useNotice();
  const grouping = overview.data?.grouping ?? 'swot';

  return (
    <>
      <PageHeader
        title={t('issues.title')}
        subtitle={t('issues.subtitle')}
        actions={
          <>
            <CsvButton method="issues.exportCsv" query={filters.query} onNotice={showNotice} />
            <Button variant="primary" onPress={() => setCreating(true)}>
              {t('issues.new')}
            </Button>
          </>
        }
      />
      <ContextTabs />
      <Notice message={notice} />
      <ClimateCard onNotice={showNotice} />
      <FilterBar label={t('issues.filters')}>
        <SelectField
          label={t('issues.grouping')}
          description={t('issues.groupingHelp')}
          options={issueGroupings.map((id) => ({ id, label: t(`issues.groupingOption.${id}`) }))}
          value={grouping}
          onChange={(value) => {
            const chosen = issueGroupings.find((candidate) => candidate === value);
            if (chosen && chosen !== grouping)
              void setGrouping.mutateAsync({ grouping: chosen }).then(() => showNotice(t('issues.groupingSaved')));
          }}
        />
        <FilterSelect
          filters={filters}
          param="nature"
          label={t('issues.field.nature')}
          options={issueNatures.map((id) => ({ id, label: t(`issues.nature.${id}`) }))}
        />
        <FilterSelect
          filters={filters}
          param="effet"
          label={t('issues.field.effect')}
          options={issueEffects.map((id) => ({ id, label: t(`issues.effect.${id}`) }))}
        />
        <FilterSearch filters={filters} param="recherche" label={t('issues.search')} />
        <FilterCheckbox filters={filters} param="retard" label={t('issues.reviewLateOnly')} />
        <FilterCheckbox filters={filters} param="retires" label={t('issues.includeRetired')} />
      </FilterBar>
      <ListResults
        query={list}
        isFiltered={filters.isFiltered}
        onClearFilters={filters.clear}
        texts={{
          count: (count) => t('issues.count', { count }),
          emptyTitle: t('issues.emptyTitle'),
          emptyText: t('issues.emptyText'),
          noMatch: t('issues.noMatch'),
        }}
      >
        {(issues) => <IssuesTable issues={issues} grouping={grouping} />}
      </ListResults>
      <Modal title={t('issues.newTitle')} isOpen={creating} onOpenChange={setCreating}>
        <IssueForm
          defaultValues={emptyIssueFields()}
          submitLabel={t('common.create')}
          onSubmit={async (fields) => {
            const created = await create.mutateAsync(fields);
            setCreating(false);
            await navigate(`/contexte/enjeux/${created.id}`, { state: { notice: t('issues.created', { title: created.title }) } });
          }}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </>
  );
};
