import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import type { ManagementReview } from '../../../../shared/schemas/management-review';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useReviews = () => useQuery({ queryKey: queryKeys.managementReviews, queryFn: () => call('managementReview.list', {}) });

export const useReview = (id: number) =>
  useQuery({ queryKey: queryKeys.managementReview(id), queryFn: () => call('managementReview.get', { id }) });

export const useReviewInputs = (id: number) =>
  useQuery({ queryKey: queryKeys.reviewInputs(id), queryFn: () => call('managementReview.inputs', { id }) });

/** After a change: the review, its inputs (the period may have moved), the list, and the action plan and agenda its decisions feed. */
const useOnReviewSaved = () => {
  const queryClient = useQueryClient();
  return (review: ManagementReview) => {
    queryClient.setQueryData(queryKeys.managementReview(review.id), review);
    void queryClient.invalidateQueries({ queryKey: queryKeys.managementReviews });
    void queryClient.invalidateQueries({ queryKey: queryKeys.history('management_review', review.id) });
    void queryClient.invalidateQueries({ queryKey: ['actions'] });
    void queryClient.invalidateQueries({ queryKey: ['agenda'] });
  };
};

const useReviewMutation = <
  M extends
    | 'managementReview.create'
    | 'managementReview.update'
    | 'managementReview.addDecision'
    | 'managementReview.decisionToAction'
    | 'managementReview.removeDecision'
    | 'managementReview.hold',
>(
  method: M,
) => {
  const onSaved = useOnReviewSaved();
  return useMutation({ mutationFn: (input: MethodInput<M>) => call(method, input) as Promise<ManagementReview>, onSuccess: onSaved });
};

export const useCreateReview = () => useReviewMutation('managementReview.create');
export const useUpdateReview = () => useReviewMutation('managementReview.update');
export const useAddDecision = () => useReviewMutation('managementReview.addDecision');
export const useDecisionToAction = () => useReviewMutation('managementReview.decisionToAction');
export const useRemoveDecision = () => useReviewMutation('managementReview.removeDecision');
export const useHoldReview = () => useReviewMutation('managementReview.hold');
