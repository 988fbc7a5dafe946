import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgendaQuery } from '../../../../shared/schemas/agenda';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

// Every mutation elsewhere may move a due date; a short freshness keeps "À faire" true without wiring each one.
export const useAgenda = (query: AgendaQuery) =>
  useQuery({
    queryKey: queryKeys.agenda(query),
    queryFn: () => call('agenda.list', query),
    staleTime: 5_000,
    placeholderData: (previous) => previous,
  });

// Steps are ticked by changes made on other screens; a short freshness keeps them true without wiring each one.
export const useFirstSteps = () =>
  useQuery({ queryKey: queryKeys.firstSteps, queryFn: () => call('onboarding.get', {}), staleTime: 2_000 });

export const useHideFirstSteps = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (hidden: boolean) => call('onboarding.setHidden', { hidden }),
    onSuccess: (steps) => queryClient.setQueryData(queryKeys.firstSteps, steps),
  });
};
