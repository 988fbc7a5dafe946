import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { watchDomains, watchItemStates } from '../../../../shared/domain/watch';
import type { WatchItemListQuery } from '../../../../shared/schemas/watch';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { FilterBar, FilterSearch, FilterSelect } from '../../ui/list/FilterBar';
import { ListResults } from '../../ui/list/ListResults';
import { idParam, oneOf, useUrlFilters } from '../../ui/list/useUrlFilters';
import { useWatchItems, useWatchSources } from './hooks';
import { SourcesSection } from './SourcesSection';
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
  const { dateLocale } = useLocale();
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
          {(rows) => (
            <div className="table-scroller table-scroller--fit" role="region" aria-label={t('watch.itemsList')} tabIndex={0}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('watch.field.reference')}</th>
                    <th scope="col">{t('watch.field.noticedOn')}</th>
                    <th scope="col">{t('watch.field.title')}</th>
                    <th scope="col">{t('watch.field.source')}</th>
                    <th scope="col">{t('watch.field.impact')}</th>
                    <th scope="col">{t('watch.field.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((item) => (
                    <tr key={item.id}>
                      <td className="nowrap">
                        <Link to={`/veille/informations/${item.id}`} className="reference">
                          {item.reference}
                        </Link>
                      </td>
                      <td>{formatCalendarDate(item.noticedOn, dateLocale)}</td>
                      <td className="col-subject">
                        {item.title}
                        <span className="cell-detail">{t(`watch.domain.${item.domain}`)}</span>
                      </td>
                      <td>{item.sourceName ?? t('watch.noSource')}</td>
                      <td>{item.impact ? t(`watch.impact.${item.impact}`) : t('common.none')}</td>
                      <td>
                        <span className={`badge badge--watch-${item.state}`}>{t(`watch.state.${item.state}`)}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
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
