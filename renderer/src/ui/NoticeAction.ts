import { createContext, useContext } from 'react';

/**
 * What a confirmation offers beside its message: the shell provides « Annuler » (the session's
 * undo), so every confirmation of a change carries it without each screen wiring it.
 */
export type NoticeAction = {
  label: string;
  run: () => void;
  /** How many undos were done: a confirmation offers the undo only of the change it announced. */
  generation: number;
} | null;

export const NoticeActionContext = createContext<NoticeAction>(null);

export const useNoticeAction = (): NoticeAction => useContext(NoticeActionContext);
