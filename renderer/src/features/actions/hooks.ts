import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useAction = (id: number) => useQuery({ queryKey: queryKeys.action(id), queryFn: () => call('actions.get', { id }) });
