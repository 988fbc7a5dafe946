import type Database from 'better-sqlite3';
import type { BlobReader } from './render';

/**
 * Stored files' contents in pieces, on the worker's read-only connection. `length()` of a blob is
 * read from its record header without loading it; each piece comes back alone, so JavaScript never
 * holds a whole file.
 */
export const createBlobReader = (db: Database.Database): BlobReader => {
  const size = db.prepare<[string], number>('SELECT length(data) FROM blobs WHERE sha256 = ?').pluck();
  const piece = db.prepare<[number, number, string], Buffer | null>('SELECT substr(data, ?, ?) FROM blobs WHERE sha256 = ?').pluck();
  // A content read whole skips substr's copy of it (SQLite already holds it whole to cut a piece).
  const whole = db.prepare<[string], Buffer | null>('SELECT data FROM blobs WHERE sha256 = ?').pluck();
  return {
    size: (sha256) => size.get(sha256),
    // SQL counts from 1; an empty piece comes back as NULL.
    read: (sha256, offset, length) =>
      (offset === 0 && length >= (size.get(sha256) ?? 0) ? whole.get(sha256) : piece.get(offset + 1, length, sha256)) ?? Buffer.alloc(0),
  };
};
