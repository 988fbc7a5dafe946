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

export const useReminders = () => useQuery({ queryKey: queryKeys.reminders, queryFn: () => call('agenda.reminders', {}) });

export const useSetReminders = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => call('agenda.setReminders', { enabled }),
    onSuccess: (reminders) => queryClient.setQueryData(queryKeys.reminders, reminders),
  });
};
