import { useQuery } from '@tanstack/react-query';
import type { WatchItemListQuery } from '../../../../shared/schemas/watch';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useWatchSources = (includeInactive: boolean) =>
  useQuery({
    queryKey: queryKeys.watchSources(includeInactive),
    queryFn: () => call('watch.sources', { includeInactive }),
    placeholderData: (previous) => previous,
  });

export const useWatchSource = (id: number) =>
  useQuery({ queryKey: queryKeys.watchSource(id), queryFn: () => call('watch.source', { id }) });

export const useWatchItems = (query: WatchItemListQuery) =>
  useQuery({ queryKey: queryKeys.watchItems(query), queryFn: () => call('watch.list', query), placeholderData: (previous) => previous });

export const useWatchItem = (id: number) => useQuery({ queryKey: queryKeys.watchItem(id), queryFn: () => call('watch.get', { id }) });
