import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import type { JsonMethodName } from '../../../../shared/api/transport';
import type { ProviderListQuery } from '../../../../shared/schemas/providers';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useProviderList = (query: ProviderListQuery) =>
  useQuery({
    queryKey: queryKeys.providerList(query),
    queryFn: () => call('providers.list', query),
    placeholderData: (previous) => previous,
  });
export const useProvider = (id: number) => useQuery({ queryKey: queryKeys.provider(id), queryFn: () => call('providers.get', { id }) });
export const useProviderCriteria = () => useQuery({ queryKey: queryKeys.providerCriteria, queryFn: () => call('providers.criteria', {}) });

/** The providers as a field's records (a training's organisation). */
export const useProviderRecords = () => (useProviderList({}).data ?? []).map((provider) => ({ id: provider.id, label: provider.name }));

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
