import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nonconformitySources, nonconformityStatuses } from '../../../../shared/domain/nonconformities';
import type { NonconformityListQuery } from '../../../../shared/schemas/nonconformities';
import type { PageScope } from '../../../../shared/schemas/paging';
import { PageHeader } from '../../ui/PageHeader';
import { queryKeys } from '../../app/queryKeys';
import { FilterBar, FilterCheckbox, FilterSelect } from '../../ui/list/FilterBar';
import { PagedResults } from '../../ui/list/PagedResults';
import { usePagedList } from '../../ui/list/usePagedList';
import { flagParam, oneOf, useUrlFilters } from '../../ui/list/useUrlFilters';
import { ncOptions } from '../common/loopOptions';
import { NonconformitiesTable } from './NonconformitiesTable';
import '../common/loop.css';

/** The filter that shows closed NCs too. */
const ALL_PARAM = 'closes';

/** The register's filters, as the address holds them; the page shows open NCs unless « closes » is ticked. */
const readFilters = (params: URLSearchParams): NonconformityListQuery & { scope?: PageScope } => {
  const status = oneOf(nonconformityStatuses, params.get('statut'));
  return {
    status,
    source: oneOf(nonconformitySources, params.get('origine')),
    // A status asked for is shown whatever the scope: « Close » would otherwise find nothing.
    scope: flagParam(params.get(ALL_PARAM)) || status ? 'all' : undefined,
  };
};

/** The register of nonconformities: where each one comes from, how serious it is, and where it stands in the loop. */
export const NonconformitiesPage = () => {
  const { t } = useTranslation();
  const filters = useUrlFilters(readFilters);
  const list = usePagedList('nonconformities.page', queryKeys.nonconformityPage(filters.query), filters.query);
  const options = ncOptions(t);
  return (
    <>
      <PageHeader
        title={t('nonconformities.title')}
        subtitle={t('nonconformities.subtitle')}
        actions={
          <Link className="button button--primary" to="/non-conformites/nouvelle">
            {t('nonconformities.new')}
          </Link>
        }
      />
      <FilterBar label={t('nonconformities.filters')}>
        <FilterSelect filters={filters} param="statut" label={t('nonconformities.field.status')} options={options.statuses} />
        <FilterSelect filters={filters} param="origine" label={t('nonconformities.field.source')} options={options.sources} />
        <FilterCheckbox filters={filters} param={ALL_PARAM} label={t('nonconformities.showAll')} />
      </FilterBar>
      <PagedResults
        list={list}
        isFiltered={filters.isFiltered}
        showsAll={filters.query.scope === 'all'}
        onShowAll={() => filters.set(ALL_PARAM, '1')}
        onClearFilters={filters.clear}
        texts={{
          count: (totals) =>
            t('nonconformities.countOpen', { count: totals.openTotal, all: t('nonconformities.count', { count: totals.allTotal }) }),
          emptyTitle: t('nonconformities.emptyTitle'),
          emptyText: t('nonconformities.emptyText'),
          noneOpen: t('nonconformities.noneOpen'),
          showAll: t('nonconformities.showAll'),
          noMatch: t('nonconformities.noMatch'),
        }}
      >
        {(nonconformities, nearEnd) => (
          <NonconformitiesTable nonconformities={nonconformities} rowCount={list.totals?.total} onNearEnd={nearEnd} />
        )}
      </PagedResults>
    </>
  );
};
