import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

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
