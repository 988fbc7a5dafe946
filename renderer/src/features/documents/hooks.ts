import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentCreate, DocumentFields, QualityDocument } from '../../../../shared/schemas/documents';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useDocument = (id: number) => useQuery({ queryKey: queryKeys.document(id), queryFn: () => call('documents.get', { id }) });

const useOnDocumentSaved = () => {
  const queryClient = useQueryClient();
  return (document: QualityDocument) => {
    queryClient.setQueryData(queryKeys.document(document.id), document);
    void queryClient.invalidateQueries({ queryKey: ['documents', 'list'] });
    void queryClient.invalidateQueries({ queryKey: queryKeys.history('document', document.id) });
    // Requirement pages list the documents that answer them, by title.
    void queryClient.invalidateQueries({ queryKey: queryKeys.referentials });
  };
};

export const useCreateDocument = () => {
  const onSaved = useOnDocumentSaved();
  return useMutation({ mutationFn: (input: DocumentCreate) => call('documents.create', input), onSuccess: onSaved });
};

export const useUpdateDocument = () => {
  const onSaved = useOnDocumentSaved();
  return useMutation({
    mutationFn: (input: { id: number; revision: number; fields: DocumentFields }) => call('documents.update', input),
    onSuccess: onSaved,
  });
};
