import { useQuery } from '@tanstack/react-query';
import type { SuggestionListQuery } from '../../../../shared/schemas/suggestions';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useSuggestionList = (query: SuggestionListQuery) =>
  useQuery({
    queryKey: queryKeys.suggestionList(query),
    queryFn: () => call('suggestions.list', query),
    placeholderData: (previous) => previous,
  });

export const useSuggestion = (id: number) =>
  useQuery({ queryKey: queryKeys.suggestion(id), queryFn: () => call('suggestions.get', { id }) });
