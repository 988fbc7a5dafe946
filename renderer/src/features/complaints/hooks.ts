import { useQuery } from '@tanstack/react-query';
import type { ComplaintListQuery } from '../../../../shared/schemas/complaints';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useComplaintList = (query: ComplaintListQuery) =>
  useQuery({
    queryKey: queryKeys.complaintList(query),
    queryFn: () => call('complaints.list', query),
    placeholderData: (previous) => previous,
  });

export const useComplaint = (id: number) => useQuery({ queryKey: queryKeys.complaint(id), queryFn: () => call('complaints.get', { id }) });
