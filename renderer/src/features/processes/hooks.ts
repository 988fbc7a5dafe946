import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProcessFields } from '../../../../shared/schemas/processes';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useProcesses = () => useQuery({ queryKey: queryKeys.processes, queryFn: () => call('processes.list', {}) });

/** The processes as records to choose from (`IdSelectField`), empty while they load. */
export const useProcessRecords = (): { id: number; label: string }[] =>
  (useProcesses().data ?? []).map((process) => ({ id: process.id, label: process.name }));

/** The processes as a filter's options (ids as text, for the address). */
export const useProcessOptions = (): { id: string; label: string }[] =>
  useProcessRecords().map((record) => ({ id: String(record.id), label: record.label }));

export const useCreateProcess = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fields: ProcessFields) => call('processes.create', fields),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.processes }),
  });
};

/** A template's process map, as the user edited it: all created, or none. */
export const useCreateProcesses = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (processes: ProcessFields[]) => call('processes.createMany', { processes }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.processes }),
        queryClient.invalidateQueries({ queryKey: queryKeys.firstSteps }),
      ]),
  });
};

/** A renamed process shows on documents too. */
export const useUpdateProcess = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcessFields & { id: number }) => call('processes.update', input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.processes }),
        queryClient.invalidateQueries({ queryKey: queryKeys.documents }),
      ]),
  });
};
