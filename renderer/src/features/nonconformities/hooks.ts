import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useNonconformity = (id: number) =>
  useQuery({ queryKey: queryKeys.nonconformity(id), queryFn: () => call('nonconformities.get', { id }) });
