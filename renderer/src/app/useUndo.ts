import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { call } from '../api/client';
import { useNotice } from '../ui/Notice';

/**
 * Ctrl+Z and « Annuler »: asks the backend to undo the session's last change (a new change, with
 * its own history entry) and says what it did, or why it could not, in the shell's confirmation.
 * `generation` counts the undos done: a confirmation shown before the last one no longer offers it.
 */
export const useUndo = () => {
  const queryClient = useQueryClient();
  const [message, show] = useNotice();
  const [generation, setGeneration] = useState(0);
  const mutation = useMutation({
    mutationFn: () => call('undo.apply', {}),
    // An undo may touch any register: every screen reads again.
    onSuccess: async (result) => {
      show(`${result.description}.`);
      setGeneration((done) => done + 1);
      await queryClient.invalidateQueries();
    },
    onError: (error) => show(error.message),
  });
  const { mutate, isPending } = mutation;
  const undo = useCallback(() => {
    if (!isPending) mutate();
  }, [mutate, isPending]);
  return { undo, message, generation };
};
