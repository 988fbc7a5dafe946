import { useQuery } from '@tanstack/react-query';
import type { NonconformityListQuery } from '../../../../shared/schemas/nonconformities';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useNonconformityList = (query: NonconformityListQuery) =>
  useQuery({
    queryKey: queryKeys.nonconformityList(query),
    queryFn: () => call('nonconformities.list', query),
    placeholderData: (previous) => previous,
  });

export const useNonconformity = (id: number) =>
  useQuery({ queryKey: queryKeys.nonconformity(id), queryFn: () => call('nonconformities.get', { id }) });
