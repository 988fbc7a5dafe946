import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportStart } from '../../../../shared/schemas/import';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

const POLL_MS = 250;

/** Lists a folder: the system's dialog on the desktop (null when cancelled), a typed path in browser mode. */
export const useScanFolder = (desktop: boolean) =>
  useMutation({
    mutationFn: (folder: string | null) => (desktop ? call('imports.chooseFolder', {}) : call('imports.scan', { folder: folder ?? '' })),
  });

export const useStartImport = () => useMutation({ mutationFn: (input: ImportStart) => call('imports.start', input) });

/** The import's progress, polled while it runs; the register and « Premiers pas » are refreshed when it ends. */
export const useImportJob = (jobId: string | null) => {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.importJob(jobId ?? ''),
    queryFn: async () => {
      const job = await call('imports.progress', { jobId: jobId ?? '' });
      if (job.state !== 'running') {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: queryKeys.documents }),
          queryClient.invalidateQueries({ queryKey: queryKeys.firstSteps }),
        ]);
      }
      return job;
    },
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data === undefined || query.state.data.state === 'running' ? POLL_MS : false),
  });
};

export const useCancelImport = () => useMutation({ mutationFn: (jobId: string) => call('imports.cancel', { jobId }) });
