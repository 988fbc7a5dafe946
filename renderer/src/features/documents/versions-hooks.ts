import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';

export const useVersions = (documentId: number) =>
  useQuery({ queryKey: queryKeys.versions(documentId), queryFn: () => call('documents.versions', { documentId }) });

export const useReviews = (documentId: number) =>
  useQuery({ queryKey: queryKeys.reviews(documentId), queryFn: () => call('documents.reviews', { documentId }) });

export const useReads = (versionId: number) =>
  useQuery({ queryKey: queryKeys.reads(versionId), queryFn: () => call('documents.reads', { versionId }) });

type DocumentMove =
  | 'documents.createVersion'
  | 'documents.updateVersion'
  | 'documents.submitVersion'
  | 'documents.returnVersion'
  | 'documents.approveVersion'
  | 'documents.withdrawVersion'
  | 'documents.recordReview'
  | 'documents.recordReads';

/**
 * A move in a document's control (version step, review, reads): afterwards the document, its
 * versions, reviews, reads, timeline and the register all reflect it.
 */
export const useDocumentMove = <M extends DocumentMove & MethodName>(method: M, documentId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.document(documentId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.versions(documentId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.reviews(documentId) }),
        queryClient.invalidateQueries({ queryKey: ['documents', 'reads'] }),
        queryClient.invalidateQueries({ queryKey: ['documents', 'list'] }),
        queryClient.invalidateQueries({ queryKey: queryKeys.history('document', documentId) }),
      ]),
  });
};
