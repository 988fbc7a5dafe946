import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { issueNatures } from '../../../../shared/domain/issues';
import { partyRelevances } from '../../../../shared/domain/parties';
import type { PartyListQuery } from '../../../../shared/schemas/parties';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { FilterBar, FilterCheckbox, FilterSearch, FilterSelect } from '../../ui/list/FilterBar';
import { ListResults } from '../../ui/list/ListResults';
import { flagParam, idParam, oneOf, useUrlFilters } from '../../ui/list/useUrlFilters';
import { useProcessOptions } from '../processes/hooks';
import { PartyForm, emptyPartyFields } from './PartyForm';
import '../common/loop.css';
import { ContextTabs } from '../common/ContextTabs';
import { CsvButton } from '../common/CsvButton';
import { useContextMutation } from '../common/contextMutation';
import { LifeBadges } from '../common/RegisterLife';
import { usePartyList } from '../common/contextLookups';

const readFilters = (params: URLSearchParams): PartyListQuery => ({
  nature: oneOf(issueNatures, params.get('nature')),
  relevance: oneOf(partyRelevances, params.get('pertinence')),
  processId: idParam(params.get('processus')),
  search: params.get('recherche') ?? undefined,
  includeRetired: flagParam(params.get('retirees')),
  reviewLateOnly: flagParam(params.get('retard')),
});

/** The interested parties register: who expects what, how much it weighs, what answers it, when to review it. */
export const PartiesPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const navigate = useNavigate();
  const filters = useUrlFilters(readFilters);
  const list = usePartyList(filters.query);
  const processes = useProcessOptions();
  const create = useContextMutation('parties.create');
  const [creating, setCreating] = useState(false);
  const [notice, showNotice] = useNotice();
  return (
    <>
      <PageHeader
        title={t('parties.title')}
        subtitle={t('parties.subtitle')}
        actions={
          <>
            <CsvButton method="parties.exportCsv" query={filters.query} onNotice={showNotice} />
            <Button variant="primary" onPress={() => setCreating(true)}>
              {t('parties.new')}
            </Button>
          </>
        }
      />
      <ContextTabs />
      <Notice message={notice} />
      <FilterBar label={t('parties.filters')}>
        <FilterSelect
          filters={filters}
          param="nature"
          label={t('issues.field.nature')}
          options={issueNatures.map((id) => ({ id, label: t(`issues.nature.${id}`) }))}
        />
        <FilterSelect
          filters={filters}
          param="pertinence"
          label={t('parties.field.relevance')}
          options={partyRelevances.map((id) => ({ id, label: t(`parties.relevance.${id}`) }))}
        />
        <FilterSelect filters={filters} param="processus" label={t('parties.field.processes')} options={processes} />
        <FilterSearch filters={filters} param="recherche" label={t('issues.search')} />
        <FilterCheckbox filters={filters} param="retard" label={t('issues.reviewLateOnly')} />
        <FilterCheckbox filters={filters} param="retirees" label={t('parties.includeRetired')} />
      </FilterBar>
      <ListResults
        query={list}
        isFiltered={filters.isFiltered}
        onClearFilters={filters.clear}
        texts={{
          count: (count) => t('parties.count', { count }),
          emptyTitle: t('parties.emptyTitle'),
          emptyText: t('parties.emptyText'),
          noMatch: t('parties.noMatch'),
        }}
      >
        {(parties) => (
          <div className="table-scroller table-scroller--fit" role="region" aria-label={t('parties.list')} tabIndex={0}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('parties.field.name')}</th>
                  <th scope="col">{t('parties.field.relevance')}</th>
                  <th scope="col">{t('parties.field.needs')}</th>
                  <th scope="col">{t('parties.field.answers')}</th>
                  <th scope="col">{t('parties.field.reviewDue')}</th>
                </tr>
              </thead>
              <tbody>
                {parties.map((party) => (
                  <tr key={party.id}>
                    <td>
                      <Link to={`/parties-interessees/${party.id}`}>{party.name}</Link>
                      <span className="cell-detail">{t(`issues.nature.${party.nature}`)}</span> <LifeBadges record={party} />
                    </td>
                    <td>{t(`parties.relevance.${party.relevance}`)}</td>
                    <td className="col-subject">{party.needs}</td>
                    <td>
                      {[...party.processes, ...party.documents, ...party.indicators].map((answer) => answer.name).join(', ') ||
                        t('common.none')}
                    </td>
                    <td>{formatCalendarDate(party.reviewDue, dateLocale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ListResults>
      <Modal title={t('parties.newTitle')} isOpen={creating} onOpenChange={setCreating}>
        <PartyForm
          withTemplates
          defaultValues={emptyPartyFields()}
          submitLabel={t('common.create')}
          onSubmit={async (fields) => {
            const created = await create.mutateAsync(fields);
            setCreating(false);
            await navigate(`/parties-interessees/${created.id}`, { state: { notice: t('parties.created', { name: created.name }) } });
          }}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </>
  );
};
