import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PersonFields } from '../../../../shared/schemas/people';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

/** Who this computer's user is in the open file (null until they say). */
export const useIdentity = () => useQuery({ queryKey: queryKeys.identity, queryFn: () => call('identity.get', {}) });

/**
 * "C'est moi", or "Je ne suis pas dans l'annuaire" (the person is added, then chosen). The agenda's
 * "Mes tâches" and everything that names the author follow.
 */
export const useChooseIdentity = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (choice: { personId: number } | { newPerson: PersonFields }) => {
      const personId = 'personId' in choice ? choice.personId : (await call('people.create', choice.newPerson)).id;
      return call('identity.choose', { personId });
    },
    onSuccess: (identity) => {
      queryClient.setQueryData(queryKeys.identity, identity);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.people }),
        queryClient.invalidateQueries({ queryKey: ['agenda'] }),
        queryClient.invalidateQueries({ queryKey: queryKeys.firstSteps }),
      ]);
    },
  });
};
