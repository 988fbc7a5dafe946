import { useCallback, useEffect, useRef, useState } from 'react';

/** A short confirmation ("Enregistré.") that clears itself after a few seconds. */
export const useNotice = (): [string | null, (message: string) => void] => {
  const [message, setMessage] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const show = useCallback((next: string) => {
    window.clearTimeout(timer.current);
    setMessage(next);
    timer.current = window.setTimeout(() => setMessage(null), 6000);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return [message, show];
};

/** Where the confirmation appears; a live region, so screen readers announce it. */
export const Notice = ({ message }: { message: string | null }) => (
  <p className="notice" role="status">
    {message}
  </p>
);
