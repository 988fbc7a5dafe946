import { useQuery } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { AgendaQuery } from '../../../../shared/schemas/agenda';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

// Every mutation elsewhere may move a due date; a short freshness keeps "À faire" true without wiring each one.
export const useAgenda = (query: AgendaQuery) =>
  useQuery({
    queryKey: queryKeys.agenda(query),
    queryFn: () => call('agenda.list', query),
    staleTime: 5_000,
    placeholderData: (previous) => previous,
  });

const ME_KEY = 'seve.me';
const listeners = new Set<() => void>();

/** "Qui suis-je ?": the person this computer's user chose, for "Mes tâches". Kept in this computer's storage. */
export const useMe = (): [number | null, (id: number | null) => void] => {
  const me = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => localStorage.getItem(ME_KEY),
  );
  const setMe = useCallback((id: number | null) => {
    if (id === null) localStorage.removeItem(ME_KEY);
    else localStorage.setItem(ME_KEY, String(id));
    for (const listener of listeners) listener();
  }, []);
  const id = Number(me);
  return [Number.isInteger(id) && id > 0 ? id : null, setMe];
};
