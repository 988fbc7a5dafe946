import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrganisationUpdate } from '../../../../shared/schemas/organisation';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useOrganisation = () => useQuery({ queryKey: queryKeys.organisation, queryFn: () => call('organisation.get', {}) });

export const useUpdateOrganisation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationUpdate) => call('organisation.update', input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.appInfo }),
        queryClient.invalidateQueries({ queryKey: queryKeys.organisation }),
      ]),
  });
};
