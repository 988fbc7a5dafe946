import type { MethodName } from '../../../shared/api/contract';

/** The call that puts back what a change did: a method of the contract, so its own rules and history apply. */
export type Inverse = { method: MethodName; input: unknown; description: string };

/** The last change of a file's session and how to undo it (or why it cannot be). */
export type Remembered = { description: string; inverse: Inverse | null; refusal: string | null };

/**
 * The session's last change, kept in memory for the open file only: the history on disk is never
 * rewritten, an undo is a new change. Switching files starts a new memory (services are per file).
 */
export const createUndoMemory = () => {
  let last: Remembered | null = null;
  return {
    remember: (change: Remembered) => {
      last = change;
    },
    last: (): Remembered | null => last,
    forget: () => {
      last = null;
    },
  };
};

export type UndoMemory = ReturnType<typeof createUndoMemory>;
