import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import type { IndicatorDetail } from '../../../../shared/schemas/indicators';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useIndicatorTemplates = () =>
  useQuery({ queryKey: queryKeys.indicatorTemplates, queryFn: () => call('indicators.templates', {}), staleTime: Infinity });

export const useIndicator = (id: number) => useQuery({ queryKey: queryKeys.indicator(id), queryFn: () => call('indicators.get', { id }) });

/** After any change to an indicator: its page, the board, objectives that show it, reviews that read it, the agenda. */
const useOnIndicatorSaved = () => {
  const queryClient = useQueryClient();
  return (indicator: IndicatorDetail) => {
    queryClient.setQueryData(queryKeys.indicator(indicator.id), indicator);
    void queryClient.invalidateQueries({ queryKey: ['indicators', 'list'] });
    void queryClient.invalidateQueries({ queryKey: queryKeys.history('indicator', indicator.id) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.objectives });
    void queryClient.invalidateQueries({ queryKey: queryKeys.managementReviews });
    void queryClient.invalidateQueries({ queryKey: ['agenda'] });
  };
};

export const useCreateIndicator = () => {
  const onSaved = useOnIndicatorSaved();
  return useMutation({ mutationFn: (input: MethodInput<'indicators.create'>) => call('indicators.create', input), onSuccess: onSaved });
};

export const useUpdateIndicator = () => {
  const onSaved = useOnIndicatorSaved();
  return useMutation({ mutationFn: (input: MethodInput<'indicators.update'>) => call('indicators.update', input), onSuccess: onSaved });
};

export const useAddMeasurement = () => {
  const onSaved = useOnIndicatorSaved();
  return useMutation({
    mutationFn: (input: MethodInput<'indicators.addMeasurement'>) => call('indicators.addMeasurement', input),
    onSuccess: onSaved,
  });
};

export const useRemoveMeasurement = () => {
  const onSaved = useOnIndicatorSaved();
  return useMutation({ mutationFn: (id: number) => call('indicators.removeMeasurement', { id }), onSuccess: onSaved });
};

export const useObjectives = () => useQuery({ queryKey: queryKeys.objectives, queryFn: () => call('objectives.list', {}) });

export const usePolicy = () => useQuery({ queryKey: queryKeys.qualityPolicy, queryFn: () => call('objectives.policy', {}) });

const POLICY_DOCUMENTS = { type: 'politique', scope: 'all', limit: 1 } as const;

/** How many documents of type « politique » the register holds (none: the card says to create one first); undefined while asked. */
export const usePolicyDocumentCount = (): number | undefined =>
  useQuery({ queryKey: queryKeys.documentPage(POLICY_DOCUMENTS), queryFn: () => call('documents.page', POLICY_DOCUMENTS) }).data?.allTotal;

const useOnObjectiveSaved = () => {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.objectives });
    void queryClient.invalidateQueries({ queryKey: ['indicators'] });
  };
};

export const useCreateObjective = () => {
  const onSaved = useOnObjectiveSaved();
  return useMutation({ mutationFn: (input: MethodInput<'objectives.create'>) => call('objectives.create', input), onSuccess: onSaved });
};

export const useUpdateObjective = () => {
  const onSaved = useOnObjectiveSaved();
  return useMutation({ mutationFn: (input: MethodInput<'objectives.update'>) => call('objectives.update', input), onSuccess: onSaved });
};

export const useSetPolicy = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { documentId: number | null; text?: string | null }) => call('objectives.setPolicy', input),
    onSuccess: (policy) => {
      queryClient.setQueryData(queryKeys.qualityPolicy, policy);
      void queryClient.invalidateQueries({ queryKey: queryKeys.history('organisation', 1) });
    },
  });
};
