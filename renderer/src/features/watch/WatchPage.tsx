import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { watchDomains, watchItemStates } from '../../../../shared/domain/watch';
import type { WatchItemListQuery } from '../../../../shared/schemas/watch';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { FilterBar, FilterSearch, FilterSelect } from '../../ui/list/FilterBar';
import { ListResults } from '../../ui/list/ListResults';
import { idParam, oneOf, useUrlFilters } from '../../ui/list/useUrlFilters';
import { useWatchItems, useWatchSources } from './hooks';
import { SourcesSection } from './SourcesSection';
import { WatchItemsTable } from './WatchItemsTable';
import { ItemForm, emptyItemFields } from './WatchForms';
import '../common/context.css';
import '../common/loop.css';
import { ContextTabs } from '../common/ContextTabs';
import { CsvButton } from '../common/CsvButton';
import { useContextMutation } from '../common/contextMutation';

const readFilters = (params: URLSearchParams): WatchItemListQuery => ({
  sourceId: idParam(params.get('source')),
  domain: oneOf(watchDomains, params.get('domaine')),
  state: oneOf(watchItemStates, params.get('situation')),
  search: params.get('recherche') ?? undefined,
});

/** The regulatory and sector watch: the sources followed, then the items noticed, filtered, exported to CSV. */
export const WatchPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const filters = useUrlFilters(readFilters);
  const items = useWatchItems(filters.query);
  const sources = useWatchSources(true);
  const create = useContextMutation('watch.create');
  const [creating, setCreating] = useState(false);
  const [notice, showNotice] = useNotice();
  return (
    <>
      <PageHeader
        title={t('watch.title')}
        subtitle={t('watch.subtitle')}
        actions={
          <>
            <CsvButton method="watch.exportCsv" query={filters.query} onNotice={showNotice} />
            <Button variant="primary" onPress={() => setCreating(true)}>
              {t('watch.new')}
            </Button>
          </>
        }
      />
      <ContextTabs />
      <Notice message={notice} />
      <SourcesSection onNotice={showNotice} />
      <section className="section" aria-labelledby="watch-items">
        <h2 id="watch-items">{t('watch.items')}</h2>
        <FilterBar label={t('watch.filters')}>
          <FilterSelect
            filters={filters}
            param="source"
            label={t('watch.field.source')}
            options={(sources.data ?? []).map((source) => ({ id: String(source.id), label: source.name }))}
          />
          <FilterSelect
            filters={filters}
            param="domaine"
            label={t('watch.field.domain')}
            options={watchDomains.map((id) => ({ id, label: t(`watch.domain.${id}`) }))}
          />
          <FilterSelect
            filters={filters}
            param="situation"
            label={t('watch.field.state')}
            options={watchItemStates.map((id) => ({ id, label: t(`watch.state.${id}`) }))}
          />
          <FilterSearch filters={filters} param="recherche" label={t('issues.search')} />
        </FilterBar>
        <ListResults
          query={items}
          isFiltered={filters.isFiltered}
          onClearFilters={filters.clear}
          texts={{
            count: (count) => t('watch.count', { count }),
            emptyTitle: t('watch.emptyTitle'),
            emptyText: t('watch.emptyText'),
            noMatch: t('watch.noMatch'),
          }}
        >
          {(rows) => <WatchItemsTable items={rows} />}
        </ListResults>
      </section>
      <Modal title={t('watch.newTitle')} isOpen={creating} onOpenChange={setCreating}>
        <ItemForm
          defaultValues={emptyItemFields()}
          submitLabel={t('common.create')}
          onSubmit={async (fields) => {
            const created = await create.mutateAsync(fields);
            setCreating(false);
            await navigate(`/veille/informations/${created.id}`, {
              state: { notice: t('watch.created', { reference: created.reference }) },
            });
          }}
          onCancel={() => setCreating(false)}
        />
      </Modal>
    </>
  );
};
