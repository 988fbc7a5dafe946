import { useQuery } from '@tanstack/react-query';
import type { HistoryEntity } from '../../../../shared/schemas/history';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useHistory = (entity: HistoryEntity, entityId: number) =>
  useQuery({ queryKey: queryKeys.history(entity, entityId), queryFn: () => call('history.forRecord', { entity, entityId }) });
