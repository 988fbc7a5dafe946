import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from './Button';
import { useNoticeAction } from './NoticeAction';

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
 * page. It offers the shell's « Annuler » when there is one.
 */
export const Notice = ({ message, undoable = true }: { message: string | null; undoable?: boolean }) => {
  const action = useNoticeAction();
  return (
    <div className={`notice${message ? ' notice--shown' : ''}`}>
      <p className="notice__message" role="status">
        {message}
      </p>
      {message && undoable && action && (
        <Button className="notice__action" onPress={action.run}>
          {action.label}
        </Button>
      )}
    </div>
  );
};
