import type { FieldChange } from '../../../shared/schemas/history';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { createHistoryRepository } from '../history/repository';
import { createSettingsRepository } from '../organisation/repository';
import { INDICE_SCHEME_KEY } from '../organisation/service';
import { indiceSchemes, type IndiceScheme } from '../../../shared/domain/versions';
import { createPeopleRepository } from '../people/repository';
import { createProcessesRepository } from '../processes/repository';
import { createDocumentsRepository } from './repository';
import { createReadsRepository } from './reads-repository';
import { createReviewsRepository } from './reviews-repository';
import { createVersionsRepository } from './versions-repository';
import { syncDocumentState } from './state';

/** The repositories and helpers every part of document control shares, bound to one file. */
export const createDocumentsContext = (ctx: ServiceContext) => {
  const repos = {
    documents: createDocumentsRepository(ctx.db),
    versions: createVersionsRepository(ctx.db),
    reviews: createReviewsRepository(ctx.db),
    reads: createReadsRepository(ctx.db),
    people: createPeopleRepository(ctx.db),
    processes: createProcessesRepository(ctx.db),
    settings: createSettingsRepository(ctx.db),
    history: createHistoryRepository(ctx.db, ctx.author),
  };
  const mustGetDocument = (id: number) => {
    const document = repos.documents.get(id);
    if (!document) throw notFound('Ce document');
    return document;
  };
  const mustGetVersion = (id: number) => {
    const version = repos.versions.get(id);
    if (!version) throw notFound('Cette version');
    return version;
  };
  return {
    ...ctx,
    repos,
    mustGetDocument,
    mustGetVersion,
    indiceScheme: (): IndiceScheme => indiceSchemes.find((scheme) => scheme === repos.settings.get(INDICE_SCHEME_KEY)) ?? 'numeric',
    /** Appends to the document's timeline; call inside the transaction that makes the change. */
    record: (documentId: number, action: string, changes: FieldChange[], at: string) =>
      repos.history.append({ at, entity: 'document', entityId: documentId, action, changes }),
    /** Recomputes status and review cycle after versions or reviews changed. */
    sync: (documentId: number, at: string) => syncDocumentState(repos, mustGetDocument(documentId), at),
  };
};

export type DocumentsContext = ReturnType<typeof createDocumentsContext>;
