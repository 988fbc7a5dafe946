import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useAudit = (id: number) => useQuery({ queryKey: queryKeys.audit(id), queryFn: () => call('audits.get', { id }) });

export const useProgramme = (query: MethodInput<'audits.programme'>) =>
  useQuery({
    queryKey: queryKeys.auditProgramme(query),
    queryFn: () => call('audits.programme', query),
    placeholderData: (previous) => previous,
  });

export const useChecklist = (auditId: number) =>
  useQuery({ queryKey: queryKeys.checklist(auditId), queryFn: () => call('audits.checklist', { auditId }) });

export const useFindings = (auditId: number) =>
  useQuery({ queryKey: queryKeys.findings(auditId), queryFn: () => call('audits.findings', { auditId }) });

export const useGrades = (auditId: number) =>
  useQuery({ queryKey: queryKeys.grades(auditId), queryFn: () => call('audits.grades', { auditId }) });

export const useResponseRule = (auditId: number) =>
  useQuery({ queryKey: queryKeys.responseRule(auditId), queryFn: () => call('audits.responseRule', { auditId }) });

export const useStructureRule = () => useQuery({ queryKey: queryKeys.structureRule, queryFn: () => call('audits.structureRule', {}) });

/** The structure's rule changes the deadlines proposed for every internal audit's findings. */
export const useSetStructureRule = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'audits.setStructureRule'>) => call('audits.setStructureRule', input),
    onSuccess: (rule) => {
      queryClient.setQueryData(queryKeys.structureRule, rule);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['audits', 'responseRule'] }),
        queryClient.invalidateQueries({ queryKey: queryKeys.history('organisation', 1) }),
      ]);
    },
  });
};

/** The first page of the nonconformities a query finds, with their count: a section's glance, not the register. */
export const useNonconformityGlance = (query: MethodInput<'nonconformities.page'>) =>
  useQuery({ queryKey: [...queryKeys.nonconformities, 'glance', query], queryFn: () => call('nonconformities.page', query) });

type AuditMove =
  | 'audits.create'
  | 'audits.update'
  | 'audits.saveReport'
  | 'audits.cancel'
  | 'audits.delete'
  | 'audits.addChecklistItem'
  | 'audits.updateChecklistItem'
  | 'audits.removeChecklistItem'
  | 'audits.copyChecklist'
  | 'audits.moveChecklistItem'
  | 'audits.addFinding'
  | 'audits.updateFinding';

/**
 * Any change to an audit, its checklist or its findings. Audits appear in many places (lists,
 * programme, finding counts, the certification's plan and timeline, the nonconformities a finding
 * opens), so everything audit-shaped is refreshed, plus the audit's history.
 */
export const useAuditMove = <M extends AuditMove & MethodName>(method: M, auditId?: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: queryKeys.audits,
          // A deleted audit's own queries would only refetch into "not found" while the page leaves.
          predicate: (query) => method !== 'audits.delete' || query.queryKey[2] !== auditId,
        }),
        queryClient.invalidateQueries({ queryKey: ['certifications', 'plan'] }),
        queryClient.invalidateQueries({ queryKey: queryKeys.nonconformities }),
        auditId === undefined ? null : queryClient.invalidateQueries({ queryKey: queryKeys.history('audit', auditId) }),
      ]),
  });
};
