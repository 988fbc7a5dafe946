import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiCallError, call, downloadBlob } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';
import { saveBlob } from '../../api/save';

// Generation takes seconds: four looks a second keep the bar moving without loading the backend.
const POLL_MS = 250;

const messageOf = (error: unknown): string => (error instanceof ApiCallError ? error.message : String(error));

/**
 * One PDF export from the page's side: where to save it (the desktop's save dialog), start, poll
 * the progress, cancel, then download it (browser mode) or open it (desktop).
 */
export const usePdfJob = (host: 'electron' | 'browser') => {
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const job = useQuery({
    queryKey: queryKeys.packJob(jobId ?? ''),
    queryFn: () => call('pack.progress', { jobId: jobId ?? '' }),
    enabled: jobId !== null,
    refetchInterval: (query) =>
      query.state.data?.state === 'done' || query.state.data?.state === 'failed' || query.state.data?.state === 'cancelled'
        ? false
        : POLL_MS,
  });

  const run = async (action: () => Promise<unknown>): Promise<void> => {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(messageOf(caught));
    }
  };

  return {
    job: jobId === null ? null : (job.data ?? null),
    error,
    busy: starting || job.data?.state === 'running' || (jobId !== null && job.data === undefined),
    /** Asks where to save (desktop), then starts; `start` receives the chosen target's id. */
    start: (suggestedName: string, start: (targetId: string | undefined) => Promise<{ jobId: string }>) =>
      run(async () => {
        setStarting(true);
        try {
          let targetId: string | undefined;
          if (host === 'electron') {
            const chosen = await call('pack.chooseTarget', { suggestedName });
            if (chosen === null) return;
            targetId = chosen.targetId;
          }
          setJobId((await start(targetId)).jobId);
        } finally {
          setStarting(false);
        }
      }),
    cancel: () => run(async () => jobId && (await call('pack.cancel', { jobId })) && (await job.refetch())),
    download: () =>
      run(async () => {
        if (!jobId) return;
        const file = await downloadBlob('pack.download', { jobId });
        saveBlob(file.fileName, file.blob);
      }),
    open: () => run(async () => jobId && (await call('pack.open', { jobId }))),
    reset: () => {
      setJobId(null);
      setError(null);
    },
  };
};

export type PdfJobControls = ReturnType<typeof usePdfJob>;
