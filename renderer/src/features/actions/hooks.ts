import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useAction = (id: number) => useQuery({ queryKey: queryKeys.action(id), queryFn: () => call('actions.get', { id }) });

/** Audits and their findings, to pick the finding a standalone action answers (a piste de progrès, a point sensible…). */
export const useAuditOptions = () => useQuery({ queryKey: queryKeys.auditList({}), queryFn: () => call('audits.list', {}) });

export const useFindingOptions = (auditId: number | null) =>
  useQuery({
    queryKey: queryKeys.findings(auditId ?? 0),
    queryFn: () => call('audits.findings', { auditId: auditId ?? 0 }),
    enabled: auditId !== null,
  });
