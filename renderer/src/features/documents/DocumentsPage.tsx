import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { documentStatuses } from '../../../../shared/domain/documents';
import type { DocumentListQuery } from '../../../../shared/schemas/documents';
import type { PageScope } from '../../../../shared/schemas/paging';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { FilterBar, FilterCheckbox, FilterSearch, FilterSelect } from '../../ui/list/FilterBar';
import { PagedResults } from '../../ui/list/PagedResults';
import { usePagedList } from '../../ui/list/usePagedList';
import { queryKeys } from '../../app/queryKeys';
import { flagParam, idParam, oneOf, useUrlFilters } from '../../ui/list/useUrlFilters';
import { usePeopleOptions } from '../people/hooks';
import { useProcessOptions } from '../processes/hooks';
import { DocumentsTable } from './DocumentsTable';
import { statusOptions } from './labels';

/** The filter that shows obsolete documents too. */
const ALL_PARAM = 'obsoletes';

/** The register's filters and search, as the address holds them; the page shows current documents unless « obsolètes » is ticked. */
const readFilters = (params: URLSearchParams): DocumentListQuery & { scope?: PageScope } => {
  const status = oneOf(documentStatuses, params.get('statut'));
  return {
    status,
    processId: idParam(params.get('processus')),
    ownerId: idParam(params.get('responsable')),
    overdueOnly: flagParam(params.get('retard')),
    search: params.get('q') || undefined,
    // A status asked for is shown whatever the scope: « Obsolète » would otherwise find nothing.
    scope: flagParam(params.get(ALL_PARAM)) || status ? 'all' : undefined,
  };
};

/** The documents register: filters, search, and every document with its next review. */
export const DocumentsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const filters = useUrlFilters(readFilters);
  const list = usePagedList('documents.page', queryKeys.documentPage(filters.query), filters.query);
  const people = usePeopleOptions();
  const processes = useProcessOptions();

  return (
    <>
      <PageHeader
        title={t('documents.title')}
        subtitle={t('documents.subtitle')}
        actions={
          <>
            <Link className="button button--secondary" to="/documents/importer">
              {t('imports.open')}
            </Link>
            <Link className="button button--primary" to="/documents/nouveau">
              {t('documents.new')}
            </Link>
          </>
        }
      />
      <FilterBar label={t('documents.filters')}>
        <FilterSearch filters={filters} param="q" label={t('documents.search')} placeholder={t('documents.searchPlaceholder')} />
        <FilterSelect filters={filters} param="statut" label={t('documents.field.status')} options={statusOptions(t)} />
        <FilterSelect filters={filters} param="processus" label={t('documents.field.process')} options={processes} />
        <FilterSelect filters={filters} param="responsable" label={t('documents.field.owner')} options={people} />
        <FilterCheckbox filters={filters} param="retard" label={t('documents.overdueOnly')} />
        <FilterCheckbox filters={filters} param={ALL_PARAM} label={t('documents.showAll')} />
      </FilterBar>
      <PagedResults
        list={list}
        isFiltered={filters.isFiltered}
        showsAll={filters.query.scope === 'all'}
        onShowAll={() => filters.set(ALL_PARAM, '1')}
        onClearFilters={filters.clear}
        texts={{
          count: (totals) => t('documents.countOpen', { count: totals.openTotal, all: t('documents.count', { count: totals.allTotal }) }),
          emptyTitle: t('documents.emptyTitle'),
          emptyText: t('documents.emptyText'),
          emptyAction: (
            <Button variant="primary" onPress={() => void navigate('/documents/nouveau')}>
              {t('documents.emptyAction')}
            </Button>
          ),
          noneOpen: t('documents.noneOpen'),
          showAll: t('documents.showAll'),
          noMatch: t('documents.noMatch'),
        }}
      >
        {(documents, nearEnd) => <DocumentsTable documents={documents} rowCount={list.totals?.total} onNearEnd={nearEnd} />}
      </PagedResults>
    </>
  );
};
