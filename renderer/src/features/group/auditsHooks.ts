import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CrossAuditCancelInput,
  CrossAuditDoneInput,
  CrossAuditPlanInput,
  SamplingRecordInput,
} from '../../../../shared/schemas/group-audits';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

// The cycle reads the certification register's audits, changed on other screens: read afresh on each visit.
export const useGroupSampling = () =>
  useQuery({ queryKey: queryKeys.groupSampling, queryFn: () => call('group.sampling', {}), staleTime: 0 });
export const useCrossAudits = () => useQuery({ queryKey: queryKeys.crossAudits, queryFn: () => call('group.crossAudits', {}) });

/** A sampling shows on the group page and on its audit's timeline. */
export const useRecordSampling = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SamplingRecordInput) => call('group.recordSampling', input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.groupSampling }),
        queryClient.invalidateQueries({ queryKey: ['history'] }),
      ]),
  });
};

const useInvalidateCrossAudits = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.crossAudits }),
      queryClient.invalidateQueries({ queryKey: ['history'] }),
    ]);
};

export const usePlanCrossAudit = () => {
  const invalidate = useInvalidateCrossAudits();
  return useMutation({ mutationFn: (input: CrossAuditPlanInput) => call('group.planCrossAudit', input), onSuccess: invalidate });
};

export const useCompleteCrossAudit = () => {
  const invalidate = useInvalidateCrossAudits();
  return useMutation({ mutationFn: (input: CrossAuditDoneInput) => call('group.completeCrossAudit', input), onSuccess: invalidate });
};

export const useCancelCrossAudit = () => {
  const invalidate = useInvalidateCrossAudits();
  return useMutation({ mutationFn: (input: CrossAuditCancelInput) => call('group.cancelCrossAudit', input), onSuccess: invalidate });
};
