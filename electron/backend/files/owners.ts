import type Database from 'better-sqlite3';
import type { VersionStatus } from '../../../shared/domain/versions';
import type { AttachmentOwner, AttachmentOwnerEntity } from '../../../shared/schemas/files';
import { ServiceError } from '../errors';
import { actionOwner, effectivenessCheckOwner } from '../nonconformities/file-owners';
import type { OwnerKind, OwnerRecord } from './owner-kind';
import { watchItemOwner } from '../watch/file-owners';

type VersionRow = { document_id: number; indice: string; status: VersionStatus };

const frozenVersionReason = (indice: string, status: VersionStatus): string | null => {
  if (status === 'brouillon') return null;
  if (status === 'soumis') {
    return `La version ${indice} est soumise à approbation : ses fichiers sont figés. Renvoyez-la en brouillon pour ajouter ou retirer un fichier.`;
  }
  if (status === 'en_vigueur') {
    return `La version ${indice} est en vigueur : ses fichiers sont figés. Ouvrez une nouvelle version (brouillon) pour changer de fichier.`;
  }
  return `La version ${indice} est obsolète : ses fichiers sont figés et restent consultables.`;
};

/** A document version takes files only while it is a draft; its history is its document's. */
const documentVersionOwner = (db: Database.Database): OwnerKind => {
  const select = db.prepare<[number], VersionRow>('SELECT document_id, indice, status FROM document_versions WHERE id = ?');
  return {
    find: (id) => {
      const row = select.get(id);
      return (
        row && {
          frozenReason: frozenVersionReason(row.indice, row.status),
          history: { entity: 'document', entityId: row.document_id, fields: { indice: row.indice } },
        }
      );
    },
    missing: () =>
      new ServiceError('not_found', 'Cette version du document est introuvable : elle a peut-être été supprimée. Rechargez la page.'),
  };
};

type AuditRow = { reference: string; status: string };

/** An audit takes its report and evidence until it is closed or cancelled; its history is its own. */
const auditOwner = (db: Database.Database): OwnerKind => {
  const select = db.prepare<[number], AuditRow>('SELECT reference, status FROM audits WHERE id = ?');
  return {
    find: (id) => {
      const row = select.get(id);
      return (
        row && {
          frozenReason:
            row.status === 'clos' || row.status === 'annule'
              ? `L’audit ${row.reference} est ${row.status === 'clos' ? 'clos' : 'annulé'} : ses fichiers sont figés et restent consultables.`
              : null,
          history: { entity: 'audit', entityId: id, fields: { audit: row.reference } },
        }
      );
    },
    missing: () => new ServiceError('not_found', 'Cet audit est introuvable : il a peut-être été supprimé. Rechargez la page.'),
  };
};

/**
 * The rules of each owner kind. A new kind (action, audit, finding…) adds its entry here; the
 * typechecker refuses a kind of `attachmentOwnerEntities` without one.
 */
const ownerKinds: Record<AttachmentOwnerEntity, (db: Database.Database) => OwnerKind> = {
  document_version: documentVersionOwner,
  audit: auditOwner,
  action: actionOwner,
  effectiveness_check: effectivenessCheckOwner,
  watch_item: watchItemOwner,
};

export const createOwnersRepository = (db: Database.Database) => {
  const kinds = Object.fromEntries(Object.entries(ownerKinds).map(([entity, make]) => [entity, make(db)])) as Record<
    AttachmentOwnerEntity,
    OwnerKind
  >;
  return {
    /** The owner's record; throws `not_found` (French) when it does not exist. */
    mustFind: (owner: AttachmentOwner): OwnerRecord => {
      const kind = kinds[owner.entity];
      const record = kind.find(owner.id);
      if (!record) throw kind.missing();
      return record;
    },
  };
};
