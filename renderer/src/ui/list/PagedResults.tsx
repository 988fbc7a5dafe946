import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../Button';
import { EmptyState, ErrorState, Loading } from '../States';
import type { PagedList, PageTotals } from './usePagedList';

export type PagedTexts = {
  /** The counts above the list, announced to screen readers (« 12 000 actions, dont 800 ouvertes »). */
  count: (totals: PageTotals) => string;
  /** The register is empty: what goes here, and the first step. */
  emptyTitle: string;
  emptyText?: string;
  emptyAction?: ReactNode;
  /** Nothing in the default scope, though the register holds others (« Aucune action ouverte »). */
  noneOpen: string;
  /** The filter that widens the scope (« Afficher aussi les actions terminées »), offered again when nothing open is left. */
  showAll: string;
  /** Nothing matches the filters. */
  noMatch: string;
};

/**
 * A paged register's body: loading, failure, empty (saying what goes here), nothing open (with the
 * way to show the rest), nothing matching the filters (with "Effacer les filtres"), or the counts
 * and `children(rows, nearEnd)`, then « Charger la suite » while pages remain: the table asks for
 * the next page as the user scrolls near its end, the button is there for the keyboard and for
 * anyone who would rather ask.
 */
export const PagedResults = <Item,>({
  list,
  texts,
  isFiltered,
  showsAll,
  onShowAll,
  onClearFilters,
  children,
}: {
  list: PagedList<Item>;
  texts: PagedTexts;
  isFiltered: boolean;
  showsAll: boolean;
  onShowAll: () => void;
  onClearFilters: () => void;
  children: (rows: Item[], nearEnd: () => void) => ReactNode;
}) => {
  const { t } = useTranslation();
  const { pages, rows, totals } = list;
  if (pages.isPending) return <Loading />;
  if (pages.isError && !pages.isFetchNextPageError) return <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />;
  if (rows.length === 0 || totals === null) {
    if ((totals?.allTotal ?? 0) === 0 && !isFiltered) {
      return (
        <EmptyState title={texts.emptyTitle} action={texts.emptyAction}>
          {texts.emptyText}
        </EmptyState>
      );
    }
    if (!showsAll && (totals?.allTotal ?? 0) > 0) {
      return <EmptyState title={texts.noneOpen} action={<Button onPress={onShowAll}>{texts.showAll}</Button>} />;
    }
    return <EmptyState title={texts.noMatch} action={<Button onPress={onClearFilters}>{t('common.clearFilters')}</Button>} />;
  }
  return (
    <>
      <p className="count" role="status">
        {texts.count(totals)}
      </p>
      <Fragment key={list.key}>{children(rows, () => list.loadMore())}</Fragment>
      {pages.isFetchNextPageError && <ErrorState error={pages.error} onRetry={() => list.loadMore(true)} />}
      {list.hasMore && (
        <div className="list-more">
          <p>{t('common.shown', { shown: rows.length, total: totals.total })}</p>
          <Button onPress={() => list.loadMore(true)} isDisabled={list.loadingMore}>
            {list.loadingMore ? t('common.loading') : t('common.loadMore')}
          </Button>
        </div>
      )}
    </>
  );
};
