import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { documentStatuses } from '../../../../shared/domain/documents';
import type { DocumentListQuery } from '../../../../shared/schemas/documents';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { FilterBar, FilterCheckbox, FilterSearch, FilterSelect } from '../../ui/list/FilterBar';
import { ListResults } from '../../ui/list/ListResults';
import { flagParam, idParam, oneOf, useUrlFilters } from '../../ui/list/useUrlFilters';
import { usePeopleOptions } from '../people/hooks';
import { useProcessOptions } from '../processes/hooks';
import { DocumentsTable } from './DocumentsTable';
import { useDocumentList } from '../common/lookups';
import { statusOptions } from './labels';

/** The register's filters and search, as the address holds them. */
const readFilters = (params: URLSearchParams): DocumentListQuery => ({
  status: oneOf(documentStatuses, params.get('statut')),
  processId: idParam(params.get('processus')),
  ownerId: idParam(params.get('responsable')),
  overdueOnly: flagParam(params.get('retard')),
  search: params.get('q') || undefined,
});

/** The documents register: filters, search, and every document with its next review. */
export const DocumentsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const filters = useUrlFilters(readFilters);
  const list = useDocumentList(filters.query);
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
      </FilterBar>
      <ListResults
        query={list}
        isFiltered={filters.isFiltered}
        onClearFilters={filters.clear}
        texts={{
          count: (count) => t('documents.count', { count }),
          emptyTitle: t('documents.emptyTitle'),
          emptyText: t('documents.emptyText'),
          emptyAction: (
            <Button variant="primary" onPress={() => void navigate('/documents/nouveau')}>
              {t('documents.emptyAction')}
            </Button>
          ),
          noMatch: t('documents.noMatch'),
        }}
      >
        {(documents) => <DocumentsTable documents={documents} />}
      </ListResults>
    </>
  );
};
