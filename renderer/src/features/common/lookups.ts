import { useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api/contract';
import type { ProviderListQuery } from '../../../../shared/schemas/providers';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

// Lists of records that several screens read or choose from: their own registers, and the pickers
// of the others (a certification's audits, a finding's requirement, the policy among documents).

export const useReferentials = () => useQuery({ queryKey: queryKeys.referentials, queryFn: () => call('referentials.list', {}) });

export const useReferential = (id: number) =>
  useQuery({ queryKey: queryKeys.referential(id), queryFn: () => call('referentials.get', { id }) });

export const useRequirementOptions = () =>
  useQuery({ queryKey: queryKeys.requirementOptions, queryFn: () => call('referentials.requirementOptions', {}) });

export const useCertifications = () => useQuery({ queryKey: queryKeys.certifications, queryFn: () => call('certifications.list', {}) });

export const useAuditList = (query: MethodInput<'audits.list'>) =>
  useQuery({ queryKey: queryKeys.auditList(query), queryFn: () => call('audits.list', query), placeholderData: (previous) => previous });

export const useCyclePlan = (id: number, enabled: boolean) =>
  useQuery({ queryKey: queryKeys.cyclePlan(id), queryFn: () => call('certifications.plan', { id }), enabled });

export const useIndicatorList = (includeInactive: boolean) =>
  useQuery({
    queryKey: queryKeys.indicatorList(includeInactive),
    queryFn: () => call('indicators.list', { includeInactive }),
    placeholderData: (previous) => previous,
  });

/** An audit's findings, to pick the finding a standalone action or a risk answers (its audit is searched: `useAuditPicks`). */
export const useFindingOptions = (auditId: number | null) =>
  useQuery({
    queryKey: queryKeys.findings(auditId ?? 0),
    queryFn: () => call('audits.findings', { auditId: auditId ?? 0 }),
    enabled: auditId !== null,
  });

export const useProviderList = (query: ProviderListQuery) =>
  useQuery({
    queryKey: queryKeys.providerList(query),
    queryFn: () => call('providers.list', query),
    placeholderData: (previous) => previous,
  });

/** The providers as a field's records (a training's organisation). */
export const useProviderRecords = () => (useProviderList({}).data ?? []).map((provider) => ({ id: provider.id, label: provider.name }));
