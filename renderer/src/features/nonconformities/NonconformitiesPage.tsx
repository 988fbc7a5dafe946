import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nonconformitySources, nonconformityStatuses } from '../../../../shared/domain/nonconformities';
import type { NonconformityListQuery } from '../../../../shared/schemas/nonconformities';
import { PageHeader } from '../../ui/PageHeader';
import { FilterBar, FilterSelect } from '../../ui/list/FilterBar';
import { ListResults } from '../../ui/list/ListResults';
import { oneOf, useUrlFilters } from '../../ui/list/useUrlFilters';
import { ncOptions } from '../common/loopOptions';
import { NonconformitiesTable } from './NonconformitiesTable';
import '../common/loop.css';
import { useNonconformityList } from '../common/lookups';

/** The register's filters, as the address holds them. */
const readFilters = (params: URLSearchParams): NonconformityListQuery => ({
  status: oneOf(nonconformityStatuses, params.get('statut')),
  source: oneOf(nonconformitySources, params.get('origine')),
});

/** The register of nonconformities: where each one comes from, how serious it is, and where it stands in the loop. */
export const NonconformitiesPage = () => {
  const { t } = useTranslation();
  const filters = useUrlFilters(readFilters);
  const list = useNonconformityList(filters.query);
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
      </FilterBar>
      <ListResults
        query={list}
        isFiltered={filters.isFiltered}
        onClearFilters={filters.clear}
        texts={{
          count: (count) => t('nonconformities.count', { count }),
          emptyTitle: t('nonconformities.emptyTitle'),
          emptyText: t('nonconformities.emptyText'),
          noMatch: t('nonconformities.noMatch'),
        }}
      >
        {(nonconformities) => <NonconformitiesTable nonconformities={nonconformities} />}
      </ListResults>
    </>
  );
};
