import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GroupRequestAnswer, GroupRequestCreate } from '../../../../shared/schemas/group-requests';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useGroupRequests = () => useQuery({ queryKey: queryKeys.groupRequests, queryFn: () => call('groupRequests.list', {}) });

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
