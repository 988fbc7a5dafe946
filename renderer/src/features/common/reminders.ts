import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

// Desktop reminders of what is due: a setting of this computer, shown on the Structure screen and used by À faire.

export const useReminders = () => useQuery({ queryKey: queryKeys.reminders, queryFn: () => call('agenda.reminders', {}) });

export const useSetReminders = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => call('agenda.setReminders', { enabled }),
    onSuccess: (reminders) => queryClient.setQueryData(queryKeys.reminders, reminders),
  });
};
