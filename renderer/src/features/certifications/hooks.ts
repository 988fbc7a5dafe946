import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import type { Certification } from '../../../../shared/schemas/audits';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useCertification = (id: number) =>
  useQuery({ queryKey: queryKeys.certification(id), queryFn: () => call('certifications.get', { id }) });

/**
 * A certification changed: its page, the list, its plan (the dates moved), and audits, which show
 * the scheme and whose programme follows the cycle.
 */
const useOnCertificationSaved = () => {
  const queryClient = useQueryClient();
  return (certification: Certification) => {
    queryClient.setQueryData(queryKeys.certification(certification.id), certification);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.certifications }),
      queryClient.invalidateQueries({ queryKey: queryKeys.audits }),
      queryClient.invalidateQueries({ queryKey: queryKeys.history('certification', certification.id) }),
    ]);
  };
};

export const useCreateCertification = () => {
  const onSaved = useOnCertificationSaved();
  return useMutation({
    mutationFn: (input: MethodInput<'certifications.create'>) => call('certifications.create', input),
    onSuccess: onSaved,
  });
};

export const useUpdateCertification = () => {
  const onSaved = useOnCertificationSaved();
  return useMutation({
    mutationFn: (input: MethodInput<'certifications.update'>) => call('certifications.update', input),
    onSuccess: onSaved,
  });
};

/** Planning the proposed audits creates audits: the plan now links them, and every audit list shows them. */
export const useAcceptPlan = (certificationId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (slots: MethodInput<'certifications.acceptPlan'>['slots']) => call('certifications.acceptPlan', { certificationId, slots }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.cyclePlan(certificationId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audits }),
      ]),
  });
};
