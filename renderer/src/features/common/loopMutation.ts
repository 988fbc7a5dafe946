import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import type { JsonMethodName } from '../../../../shared/api/transport';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

/** Writes of the improvement loop: the nonconformity register, actions, réclamations and fiches d'amélioration. */
type LoopMethod = Extract<JsonMethodName, `${'nonconformities' | 'actions' | 'complaints' | 'suggestions'}.${string}`>;

/**
 * A write anywhere in the loop. A nonconformity, its actions, the réclamation or fiche it came
 * from, the audit finding it lifts and every timeline read each other, so all of them refresh.
 */
export const useLoopMutation = <M extends LoopMethod>(method: M) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input),
    onSuccess: () =>
      Promise.all(
        [
          queryKeys.nonconformities,
          queryKeys.actions,
          queryKeys.complaints,
          queryKeys.suggestions,
          queryKeys.audits,
          ['history'],
          ['files'],
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });
};
