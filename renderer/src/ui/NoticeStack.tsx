import { createContext, useContext, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** The shell's stack where every confirmation is drawn (null outside the shell: drawn in place). */
const NoticeStackContext = createContext<HTMLElement | null>(null);

/**
 * Several confirmations may show at once (a page's, then the shell's undo; two sections of one page):
 * drawn one under the other at the foot of the window, none covers another. The stack stays readable
 * and clickable while a dialog is open (React Aria keeps its top layer outside the dialog's inert).
 */
export const NoticeStack = ({ children }: { children: ReactNode }) => {
  const [stack, setStack] = useState<HTMLElement | null>(null);
  return (
    <NoticeStackContext.Provider value={stack}>
      {children}
      <div className="notice-stack" ref={setStack} data-react-aria-top-layer="" />
    </NoticeStackContext.Provider>
  );
};

/** Draws `content` in the shell's stack of confirmations, or in place when there is none. */
export const InNoticeStack = ({ children }: { children: ReactNode }) => {
  const stack = useContext(NoticeStackContext);
  return stack ? createPortal(children, stack) : children;
};
