import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import type { JsonMethodName } from '../../../../shared/api/transport';
import type { TrainingListQuery } from '../../../../shared/schemas/competences';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useCompetenceCatalogue = () =>
  useQuery({ queryKey: queryKeys.competenceCatalogue, queryFn: () => call('competences.list', {}) });
export const useJobFunctions = () => useQuery({ queryKey: queryKeys.jobFunctions, queryFn: () => call('competences.functions', {}) });
export const useJobFunction = (id: number) =>
  useQuery({ queryKey: queryKeys.jobFunction(id), queryFn: () => call('competences.getFunction', { id }) });
export const useTrainingList = (query: TrainingListQuery) =>
  useQuery({
    queryKey: queryKeys.trainingList(query),
    queryFn: () => call('competences.trainings', query),
    placeholderData: (previous) => previous,
  });
export const useTraining = (id: number) =>
  useQuery({ queryKey: queryKeys.training(id), queryFn: () => call('competences.getTraining', { id }) });
export const useCompetenceMatrix = () => useQuery({ queryKey: queryKeys.competenceMatrix, queryFn: () => call('competences.matrix', {}) });

type CompetenceMethod = Extract<JsonMethodName, `competences.${string}`>;

/** A write about competence: functions, trainings and the matrix read each other, and "À faire" shows expiries. */
export const useCompetenceMutation = <M extends CompetenceMethod>(method: M) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input),
    onSuccess: () =>
      Promise.all(
        [queryKeys.competences, ['agenda'], ['history'], queryKeys.referentials].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
};
