import { useQuery } from '@tanstack/react-query';
import type { PartyListQuery } from '../../../../shared/schemas/parties';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const usePartyList = (query: PartyListQuery) =>
  useQuery({ queryKey: queryKeys.partyList(query), queryFn: () => call('parties.list', query), placeholderData: (previous) => previous });

export const useParty = (id: number) => useQuery({ queryKey: queryKeys.party(id), queryFn: () => call('parties.get', { id }) });
