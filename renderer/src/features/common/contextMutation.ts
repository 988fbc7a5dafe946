import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import type { JsonMethodName } from '../../../../shared/api/transport';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

/** Writes of the context registers: issues, interested parties, risks and opportunities, the watch. */
type ContextMethod = Extract<JsonMethodName, `${'issues' | 'parties' | 'risks' | 'watch' | 'actions'}.${string}`>;

/**
 * A write anywhere in the context registers. Their records name each other, their actions live in
 * the plan, their links in the referentials and their dates in À faire: all of them refresh.
 */
export const useContextMutation = <M extends ContextMethod>(method: M) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input),
    onSuccess: () =>
      Promise.all(
        [queryKeys.context, queryKeys.actions, queryKeys.referentials, ['agenda'], ['history'], ['files']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
};
