import type Database from 'better-sqlite3';
import { ServiceError } from '../errors';
import type { OwnerKind } from '../files/owner-kind';

/** A watch item keeps the text or notice it came with (a decree, an article): files come and go, on its own timeline. */
export const watchItemOwner = (db: Database.Database): OwnerKind => {
  const select = db.prepare<[number], string>('SELECT reference FROM watch_items WHERE id = ?').pluck();
  return {
    find: (id) => {
      const reference = select.get(id);
      return reference === undefined
        ? undefined
        : { frozenReason: null, history: { entity: 'watch_item', entityId: id, fields: { watchItem: reference } } };
    },
    missing: () => new ServiceError('not_found', 'Cette information de veille est introuvable. Rechargez la page.'),
  };
};
