import { packFileName, readSheetFileName } from '../../../shared/domain/pack';
import { ServiceError } from '../errors';
import type { Handlers, MethodsOf } from '../handlers';

export const packHandlers: Handlers<MethodsOf<'pack'>> = {
  'pack.start': (input, session) => {
    const services = session.services();
    const { date, referentialId, scope, sections } = input;
    const audit = input.auditId === undefined ? null : services.audits.get(input.auditId);
    if (audit?.status === 'annule') {
      throw new ServiceError('invalid_input', `L’audit ${audit.reference} est annulé : choisissez un autre audit, ou seulement une date.`, {
        auditId: 'Cet audit est annulé.',
      });
    }
    return session.pack.start(
      session.filePath(),
      { kind: 'pack', date, referentialId, scope, sections, auditId: audit?.id ?? null },
      packFileName(services.organisation.get().name, date),
      input.targetId,
    );
  },
  'pack.startReadSheet': (input, session) => {
    const document = session.services().documents.get(input.documentId);
    if (document.inForce === null) {
      throw new ServiceError(
        'conflict',
        `${document.reference} n’a pas de version en vigueur : la feuille d’émargement porte sur la version en vigueur. Faites approuver une version d’abord.`,
      );
    }
    return session.pack.start(
      session.filePath(),
      { kind: 'readSheet', documentId: document.id },
      readSheetFileName(document.reference, document.inForce.indice),
      input.targetId,
    );
  },
  'pack.progress': (input, session) => session.pack.progress(input.jobId),
  'pack.cancel': (input, session) => session.pack.cancel(input.jobId),
  'pack.download': (input, session) => session.pack.download(input.jobId),
};
