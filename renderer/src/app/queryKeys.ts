import type { DocumentListQuery } from '../../../shared/schemas/documents';
import type { HistoryEntity } from '../../../shared/schemas/history';

/** Every TanStack Query key in one place, so mutations invalidate exactly what they change. */
export const queryKeys = {
  appInfo: ['app', 'info'] as const,
  organisation: ['organisation'] as const,
  people: ['people'] as const,
  processes: ['processes'] as const,
  documents: ['documents'] as const,
  documentList: (query: DocumentListQuery) => ['documents', 'list', query] as const,
  document: (id: number) => ['documents', 'one', id] as const,
  history: (entity: HistoryEntity, entityId: number) => ['history', entity, entityId] as const,
};
