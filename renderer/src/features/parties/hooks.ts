import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useParty = (id: number) => useQuery({ queryKey: queryKeys.party(id), queryFn: () => call('parties.get', { id }) });
