import { useTranslation } from 'react-i18next';
import { Checkbox } from 'react-aria-components';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { documentStatuses } from '../../../../shared/domain/documents';
import type { DocumentListQuery } from '../../../../shared/schemas/documents';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { EmptyState, ErrorState, Loading } from '../../ui/States';
import { TextField } from '../../ui/TextField';
import { usePeople } from '../people/hooks';
import { useProcesses } from '../processes/hooks';
import { DocumentsTable } from './DocumentsTable';
import { useDocumentList } from './hooks';
import { statusOptions } from './labels';

const ALL = 'all';
const positiveId = (value: string | null): number | undefined => {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : undefined;
};

/** Filters live in the URL, so going back to the list keeps them. */
const useFilters = () => {
  const [params, setParams] = useSearchParams();
  const status = params.get('statut');
  const query: DocumentListQuery = {
    status: documentStatuses.find((s) => s === status),
    processId: positiveId(params.get('processus')),
    ownerId: positiveId(params.get('responsable')),
    overdueOnly: params.get('retard') === '1' || undefined,
    search: params.get('q') || undefined,
  };
  const set = (key: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === null || value === '' || value === ALL) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const isFiltered = [...params.keys()].length > 0;
  return { query, params, set, isFiltered, clear: () => setParams(new URLSearchParams(), { replace: true }) };
};

/** The documents register: filters, search, and every document with its next review. */
export const DocumentsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { query, params, set, isFiltered, clear } = useFilters();
  const list = useDocumentList(query);
  const people = usePeople();
  const processes = useProcesses();
  const all = { id: ALL, label: t('common.all') };

  const content = () => {
    if (list.isPending) return <Loading />;
    if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
    if (list.data.length === 0 && !isFiltered) {
      return (
        <EmptyState
          title={t('documents.emptyTitle')}
          action={
            <Button variant="primary" onPress={() => void navigate('/documents/nouveau')}>
              {t('documents.emptyAction')}
            </Button>
          }
        >
          {t('documents.emptyText')}
        </EmptyState>
      );
    }
    if (list.data.length === 0) {
      return <EmptyState title={t('documents.noMatch')} action={<Button onPress={clear}>{t('documents.clearFilters')}</Button>} />;
    }
    return (
      <>
        <p className="count" role="status">
          {t('documents.count', { count: list.data.length })}
        </p>
        <DocumentsTable documents={list.data} />
      </>
    );
  };

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
      <section className="filters" aria-label={t('documents.filters')}>
        <TextField
          label={t('documents.search')}
          type="search"
          placeholder={t('documents.searchPlaceholder')}
          value={params.get('q') ?? ''}
          onChange={(value) => set('q', value)}
        />
        <SelectField
          label={t('documents.field.status')}
          options={[all, ...statusOptions(t)]}
          value={query.status ?? ALL}
          onChange={(value) => set('statut', value)}
        />
        <SelectField
          label={t('documents.field.process')}
          options={[all, ...(processes.data ?? []).map((p) => ({ id: String(p.id), label: p.name }))]}
          value={query.processId ? String(query.processId) : ALL}
          onChange={(value) => set('processus', value)}
        />
        <SelectField
          label={t('documents.field.owner')}
          options={[all, ...(people.data ?? []).map((p) => ({ id: String(p.id), label: p.name }))]}
          value={query.ownerId ? String(query.ownerId) : ALL}
          onChange={(value) => set('responsable', value)}
        />
        <Checkbox className="checkbox" isSelected={query.overdueOnly === true} onChange={(checked) => set('retard', checked ? '1' : null)}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('documents.overdueOnly')}
        </Checkbox>
      </section>
      {content()}
    </>
  );
};
