import { useQuery } from '@tanstack/react-query';
import type { RiskListQuery } from '../../../../shared/schemas/risks';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useRiskList = (query: RiskListQuery) =>
  useQuery({ queryKey: queryKeys.riskList(query), queryFn: () => call('risks.list', query), placeholderData: (previous) => previous });

export const useRisk = (id: number) => useQuery({ queryKey: queryKeys.risk(id), queryFn: () => call('risks.get', { id }) });

export const useRiskScale = () => useQuery({ queryKey: queryKeys.riskScale, queryFn: () => call('risks.scale', {}) });
