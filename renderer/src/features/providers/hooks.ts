import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import type { JsonMethodName } from '../../../../shared/api/transport';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useProvider = (id: number) => useQuery({ queryKey: queryKeys.provider(id), queryFn: () => call('providers.get', { id }) });
export const useProviderCriteria = () => useQuery({ queryKey: queryKeys.providerCriteria, queryFn: () => call('providers.criteria', {}) });

type ProviderMethod = Extract<JsonMethodName, `providers.${string}`>;

/** A write about providers: an evaluation moves "À faire", its action or nonconformity joins the plan and the register. */
export const useProviderMutation = <M extends ProviderMethod>(method: M) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input),
    onSuccess: () =>
      Promise.all(
        [queryKeys.providers, queryKeys.actions, queryKeys.nonconformities, ['agenda'], ['history'], queryKeys.referentials].map(
          (queryKey) => queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
};
