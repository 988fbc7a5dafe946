import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useIssue = (id: number) => useQuery({ queryKey: queryKeys.issue(id), queryFn: () => call('issues.get', { id }) });

export const useContextOverview = () => useQuery({ queryKey: queryKeys.contextOverview, queryFn: () => call('issues.overview', {}) });
