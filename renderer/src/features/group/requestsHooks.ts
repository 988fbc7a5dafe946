import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GroupRequestAnswer, GroupRequestCreate } from '../../../../shared/schemas/group-requests';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

/** The plan's open actions a request can be answered with: its first page (200, by due date), never the whole plan. */
const ANSWERABLE = { limit: 200 } as const;

export const useGroupRequests = () => useQuery({ queryKey: queryKeys.groupRequests, queryFn: () => call('groupRequests.list', {}) });

export const useAnswerableActions = () =>
  useQuery({ queryKey: queryKeys.actionPage(ANSWERABLE), queryFn: () => call('actions.page', ANSWERABLE) });

const useInvalidateRequests = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.groupRequests }),
      queryClient.invalidateQueries({ queryKey: ['history'] }),
    ]);
};

export const useRecordGroupRequest = () => {
  const invalidate = useInvalidateRequests();
  return useMutation({ mutationFn: (input: GroupRequestCreate) => call('groupRequests.record', input), onSuccess: invalidate });
};

export const useAnswerGroupRequest = () => {
  const invalidate = useInvalidateRequests();
  return useMutation({ mutationFn: (input: GroupRequestAnswer) => call('groupRequests.answer', input), onSuccess: invalidate });
};
