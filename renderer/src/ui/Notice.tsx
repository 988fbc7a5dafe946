import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from './Button';
import { useNoticeAction } from './NoticeAction';
import { InNoticeStack } from './NoticeStack';

/** A short confirmation ("Enregistré.") that clears itself after a few seconds. */
export const useNotice = (): [string | null, (message: string) => void] => {
  const [message, setMessage] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const show = useCallback((next: string) => {
    window.clearTimeout(timer.current);
    setMessage(next);
    timer.current = window.setTimeout(() => setMessage(null), 8000);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return [message, show];
};

/**
 * Where the confirmation appears: a live region, so screen readers announce it, shown at the foot
 * of the window while it has something to say, so it is in view wherever the user acted on a long
 * page, in the shell's stack beside any other confirmation shown at the same time. It offers the
 * shell's « Annuler » when there is one; `last` keeps it at the foot of the stack (the undo's own).
 */
export const Notice = ({ message, undoable = true, last = false }: { message: string | null; undoable?: boolean; last?: boolean }) => {
  const action = useNoticeAction();
  // The undos done when this message appeared: once its change is undone, « Annuler » would redo
  // it, so the confirmation stops offering it (the same words shown again at once keep that).
  const [shown, setShown] = useState({ message, generation: action?.generation ?? 0 });
  if (shown.message !== message) setShown({ message, generation: action?.generation ?? 0 });
  return (
    <InNoticeStack>
      <div className={`notice${message ? ' notice--shown' : ''}${last ? ' notice--last' : ''}`}>
        <p className="notice__message" role="status">
          {message}
        </p>
        {message && undoable && action && action.generation === shown.generation && (
          <Button className="notice__action" onPress={action.run}>
            {action.label}
          </Button>
        )}
      </div>
    </InNoticeStack>
  );
};
