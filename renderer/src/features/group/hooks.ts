import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExtensionAnswerInput, GroupMemberAdd, GroupUpdate } from '../../../../shared/schemas/group';
import { call, download, upload } from '../../api/client';
import { saveBytes } from '../../api/save';
import { queryKeys } from '../../app/queryKeys';
import { todayOnThisComputer } from '../../app/today';

export const useMemberKey = () => useQuery({ queryKey: queryKeys.memberKey, queryFn: () => call('group.memberKey', {}) });
export const useGroup = () => useQuery({ queryKey: queryKeys.group, queryFn: () => call('group.get', {}) });
export const useGroupView = () => useQuery({ queryKey: queryKeys.groupView, queryFn: () => call('group.view', {}) });

/** A change to the group shows in its declaration, its view and the structure's timeline. */
const useInvalidateGroup = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.group }),
      queryClient.invalidateQueries({ queryKey: queryKeys.groupView }),
      queryClient.invalidateQueries({ queryKey: queryKeys.groupSampling }),
      queryClient.invalidateQueries({ queryKey: ['history'] }),
    ]);
};

export const useCreateMemberKey = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('group.createMemberKey', { createdOn: todayOnThisComputer() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.memberKey }),
  });
};

/** « Envoyer au groupe »: the snapshot is downloaded (browser mode) or saved where the desktop's dialog says. */
export const useExportSnapshot = () =>
  useMutation({
    mutationFn: async (attachments: boolean) => {
      const file = await download('group.exportSnapshot', { attachments });
      saveBytes(file.fileName, file.mediaType, file.content);
      return file;
    },
  });

export const useUpdateGroup = () => {
  const invalidate = useInvalidateGroup();
  return useMutation({ mutationFn: (input: GroupUpdate) => call('group.update', input), onSuccess: invalidate });
};

export const useAddMember = () => {
  const invalidate = useInvalidateGroup();
  return useMutation({ mutationFn: (input: GroupMemberAdd) => call('group.addMember', input), onSuccess: invalidate });
};

export const useRemoveMember = () => {
  const invalidate = useInvalidateGroup();
  return useMutation({
    mutationFn: (id: number) => call('group.removeMember', { id, removedOn: todayOnThisComputer() }),
    onSuccess: invalidate,
  });
};

export const useImportSnapshot = () => {
  const invalidate = useInvalidateGroup();
  return useMutation({
    mutationFn: async (file: File) => upload('group.importSnapshot', { fileName: file.name }, new Uint8Array(await file.arrayBuffer())),
    onSuccess: invalidate,
  });
};

/** « À étendre aux autres membres » for a member's NC, decided today. */
export const useExtend = () => {
  const invalidate = useInvalidateGroup();
  return useMutation({
    mutationFn: (input: { memberId: number; nonconformityId: number }) =>
      call('group.extend', { ...input, decidedOn: todayOnThisComputer() }),
    onSuccess: invalidate,
  });
};

export const useAnswerExtension = () => {
  const invalidate = useInvalidateGroup();
  return useMutation({ mutationFn: (input: ExtensionAnswerInput) => call('group.answerExtension', input), onSuccess: invalidate });
};
