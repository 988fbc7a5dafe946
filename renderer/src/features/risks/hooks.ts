import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useRisk = (id: number) => useQuery({ queryKey: queryKeys.risk(id), queryFn: () => call('risks.get', { id }) });

export const useRiskScale = () => useQuery({ queryKey: queryKeys.riskScale, queryFn: () => call('risks.scale', {}) });
