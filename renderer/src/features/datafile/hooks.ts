import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DataFileCopy, DataFileCreate, DataFileOpen } from '../../../../shared/schemas/datafile';
import { call } from '../../api/client';
import { useAfterSwitch } from '../../app/fileSwitch';
import { queryKeys } from '../../app/queryKeys';

export const useRecentFiles = () => useQuery({ queryKey: queryKeys.recentFiles, queryFn: () => call('datafile.recent', {}) });

export const useBackups = (enabled: boolean) => useQuery({ queryKey: queryKeys.backups, queryFn: () => call('backups.list', {}), enabled });

/** Opens a file by path (browser mode, or a recent file). */
export const useOpenFile = () => {
  const after = useAfterSwitch();
  return useMutation({ mutationFn: (input: DataFileOpen) => call('datafile.open', input), onSuccess: after });
};

export const useCreateFile = () => {
  const after = useAfterSwitch();
  return useMutation({ mutationFn: (input: DataFileCreate) => call('datafile.create', input), onSuccess: after });
};

/** The desktop app's dialogs: the main process asks, then opens or creates. */
export const useChooseOpen = () => {
  const after = useAfterSwitch();
  return useMutation({ mutationFn: (readOnly: boolean) => call('datafile.chooseOpen', { readOnly }), onSuccess: after });
};

export const useChooseNew = () => {
  const after = useAfterSwitch();
  return useMutation({ mutationFn: () => call('datafile.chooseNew', {}), onSuccess: after });
};

export const useSaveCopy = () => useMutation({ mutationFn: (input: DataFileCopy) => call('datafile.saveCopy', input) });

export const useChooseCopy = () => useMutation({ mutationFn: () => call('datafile.chooseCopy', {}) });

export const useCreateBackup = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('backups.create', {}),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.backups }),
        queryClient.invalidateQueries({ queryKey: queryKeys.appInfo }),
      ]),
  });
};

/** Restoring replaces the whole content: every cached answer is fetched again (kept on screen meanwhile, with the confirmation). */
export const useRestoreBackup = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (id: string) => call('backups.restore', { id }), onSuccess: () => queryClient.invalidateQueries() });
};

export const useSetBackupFolder = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (folder: string | null) => call('backups.setFolder', { folder }),
    onSuccess: (list) => queryClient.setQueryData(queryKeys.backups, list),
  });
};

export const useSetBackupBudget = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (budgetMb: number | null) => call('backups.setBudget', { budgetMb }),
    onSuccess: (list) => queryClient.setQueryData(queryKeys.backups, list),
  });
};

export const useChooseBackupFolder = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('backups.chooseFolder', {}),
    onSuccess: (list) => {
      if (list !== null) queryClient.setQueryData(queryKeys.backups, list);
    },
  });
};
