import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { MethodInput, MethodOutput } from '../../../../shared/api/contract';
import { call } from '../../api/client';

/** The registers answered a page at a time (`shared/schemas/paging.ts`). */
export type PagedMethod = 'actions.page' | 'nonconformities.page' | 'documents.page';
type Cursor<M extends PagedMethod> = NonNullable<MethodOutput<M>['next']>;
type Row<M extends PagedMethod> = MethodOutput<M>['items'][number];
export type PageTotals = { total: number; openTotal: number; allTotal: number };
type Page<M extends PagedMethod> = PageTotals & { items: Row<M>[]; next: Cursor<M> | null };

/** A register read a page at a time, as its screen shows it (`PagedResults`). */
export type PagedList<Item> = {
  /** Where the pages stand: loading, failed (the first page, or the next one), refetching. */
  pages: { isPending: boolean; isError: boolean; isFetchNextPageError: boolean; error: Error | null; refetch: () => Promise<unknown> };
  /** Which filters the rows answer: a new one starts the table again from its top. */
  key: string;
  /** Every row of the pages loaded so far, in the register's order. */
  rows: Item[];
  /** The counts of the first page: later pages answer the same ones unless the register changed meanwhile. */
  totals: PageTotals | null;
  hasMore: boolean;
  loadingMore: boolean;
  /** Asks for the next page; after a failure only when the user asks (`retry`), so scrolling does not hammer a failing backend. */
  loadMore: (retry?: boolean) => void;
};

/**
 * A register read a page at a time (keyset paging): the first page for the filters in `query`,
 * the next ones on demand (`loadMore`: scrolling near the end, or « Charger la suite »). Changing
 * the filters starts again from the first page, showing the previous rows until it is there.
 */
export const usePagedList = <M extends PagedMethod>(
  method: M,
  queryKey: readonly unknown[],
  query: Omit<MethodInput<M>, 'after'>,
): PagedList<Row<M>> => {
  const pages = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => call(method, (pageParam === null ? query : { ...query, after: pageParam }) as MethodInput<M>),
    initialPageParam: null as Cursor<M> | null,
    getNextPageParam: (last) => (last.next ?? undefined) as Cursor<M> | undefined,
    placeholderData: keepPreviousData,
  });
  const loaded: Page<M>[] = pages.data?.pages ?? [];
  const first = loaded[0];
  const loadMore = (retry = false) => {
    // One request at a time: a page asked twice would come back twice.
    if (pages.hasNextPage && !pages.isFetchingNextPage && (retry || !pages.isFetchNextPageError)) void pages.fetchNextPage();
  };
  return {
    pages,
    key: JSON.stringify(queryKey),
    rows: loaded.flatMap((page) => page.items),
    totals: first ? { total: first.total, openTotal: first.openTotal, allTotal: first.allTotal } : null,
    hasMore: pages.hasNextPage,
    loadingMore: pages.isFetchingNextPage,
    loadMore,
  };
};
