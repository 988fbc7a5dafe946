import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { screenShortcuts } from '../features/search/shortcuts';

/** The screen's state setters (stable, so the listener is added once). */
type Handlers = { setPalette: (open: boolean) => void; setShortcuts: (open: boolean) => void; undo: () => void };

/** Whether a key press belongs to what the user is typing in (a field, a list, an open dialog). */
const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('[role="dialog"]') !== null);

/** The keyboard shortcuts of every screen (listed in the « ? » sheet). */
export const useShortcuts = ({ setPalette, setShortcuts, undo }: Handlers) => {
  const navigate = useNavigate();
  const pendingG = useRef(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setPalette(true);
        return;
      }
      if (isTyping(event.target)) return;
      // In a field, Ctrl+Z undoes typing; elsewhere, the session's last change.
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        undo();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '?') {
        event.preventDefault();
        setShortcuts(true);
        return;
      }
      const wasG = pendingG.current;
      pendingG.current = event.key === 'g';
      const shortcut = wasG ? screenShortcuts.find((candidate) => candidate.keys[1] === event.key) : undefined;
      if (shortcut) {
        event.preventDefault();
        void navigate(shortcut.path);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setPalette, setShortcuts, undo, navigate]);
};
