import type Database from 'better-sqlite3';
import { ServiceError } from '../errors';
import type { OwnerKind } from '../files/owner-kind';

type ActionRow = { reference: string; nonconformity_id: number | null; nc_reference: string | null; nc_status: string | null };

/**
 * An action's evidence files: added and removed until its nonconformity closes (a standalone action
 * always takes them); the history is the nonconformity's for its actions, the action's own otherwise.
 */
export const actionOwner = (db: Database.Database): OwnerKind => {
  const select = db.prepare<[number], ActionRow>(
    `SELECT x.reference, x.nonconformity_id, n.reference AS nc_reference, n.status AS nc_status
     FROM actions x LEFT JOIN nonconformities n ON n.id = x.nonconformity_id WHERE x.id = ?`,
  );
  return {
    find: (id) => {
      const row = select.get(id);
      return (
        row && {
          frozenReason:
            row.nc_status === 'close'
              ? `La non-conformité ${row.nc_reference ?? ''} est close : les preuves de l’action ${row.reference} sont figées et restent consultables.`
              : null,
          history:
            row.nonconformity_id === null
              ? { entity: 'action', entityId: id, fields: { action: row.reference } }
              : { entity: 'nonconformity', entityId: row.nonconformity_id, fields: { action: row.reference } },
        }
      );
    },
    missing: () => new ServiceError('not_found', 'Cette action est introuvable : elle a peut-être été supprimée. Rechargez la page.'),
  };
};

type CheckRow = { nonconformity_id: number; planned_on: string; verdict: string | null };

/** The evidence of an effectiveness check is gathered until its verdict, which it supports; then it is frozen. */
export const effectivenessCheckOwner = (db: Database.Database): OwnerKind => {
  const select = db.prepare<[number], CheckRow>('SELECT nonconformity_id, planned_on, verdict FROM effectiveness_checks WHERE id = ?');
  return {
    find: (id) => {
      const row = select.get(id);
      return (
        row && {
          frozenReason:
            row.verdict === null ? null : 'Le verdict de cette vérification est rendu : ses preuves sont figées et restent consultables.',
          history: { entity: 'nonconformity', entityId: row.nonconformity_id, fields: { checkPlannedOn: row.planned_on } },
        }
      );
    },
    missing: () =>
      new ServiceError(
        'not_found',
        'Cette vérification de l’efficacité est introuvable : elle a peut-être été supprimée. Rechargez la page.',
      ),
  };
};
