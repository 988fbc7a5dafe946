import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PersonFields } from '../../../../shared/schemas/people';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const usePeople = () => useQuery({ queryKey: queryKeys.people, queryFn: () => call('people.list', {}) });

/** The people of the directory as a filter's options (ids as text, for the address). */
export const usePeopleOptions = (): { id: string; label: string }[] =>
  (usePeople().data ?? []).map((person) => ({ id: String(person.id), label: person.name }));

export const useCreatePerson = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fields: PersonFields) => call('people.create', fields),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.people }),
  });
};

/** A rename shows on documents and processes too, so their lists are refreshed. */
export const useUpdatePerson = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonFields & { id: number; active: boolean }) => call('people.update', input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.people }),
        queryClient.invalidateQueries({ queryKey: queryKeys.processes }),
        queryClient.invalidateQueries({ queryKey: queryKeys.documents }),
      ]),
  });
};
