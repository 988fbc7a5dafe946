import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import type { JsonMethodName } from '../../../../shared/api/transport';
import type { SurveyListQuery } from '../../../../shared/schemas/surveys';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useSurveyList = (query: SurveyListQuery) =>
  useQuery({ queryKey: queryKeys.surveyList(query), queryFn: () => call('surveys.list', query), placeholderData: (previous) => previous });
export const useSurvey = (id: number) => useQuery({ queryKey: queryKeys.survey(id), queryFn: () => call('surveys.get', { id }) });

type SurveyMethod = Extract<JsonMethodName, `surveys.${string}`>;

/** Everything a survey's change touches: its results, the satisfaction indicator it feeds, the plan, "À faire". */
export const useSurveysRefresh = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [queryKeys.surveys, ['indicators'], queryKeys.actions, ['agenda'], ['history'], queryKeys.referentials].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
};

export const useSurveyMutation = <M extends SurveyMethod>(method: M) => {
  const refresh = useSurveysRefresh();
  return useMutation({ mutationFn: (input: MethodInput<M>) => call(method, input), onSuccess: refresh });
};
