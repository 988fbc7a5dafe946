import type Database from 'better-sqlite3';

export const createReadsRepository = (db: Database.Database) => {
  const selectRead = db.prepare<[number], { personId: number; name: string; readOn: string }>(
    `SELECT r.person_id AS personId, p.name, r.read_on AS readOn
     FROM version_reads r JOIN people p ON p.id = r.person_id
     WHERE r.version_id = ? ORDER BY r.read_on, p.name COLLATE NOCASE`,
  );
  const selectNotYet = db.prepare<[number], { personId: number; name: string }>(
    `SELECT p.id AS personId, p.name FROM people p
     WHERE p.active = 1 AND NOT EXISTS (SELECT 1 FROM version_reads r WHERE r.version_id = ? AND r.person_id = p.id)
     ORDER BY p.name COLLATE NOCASE`,
  );
  const insert = db.prepare<[number, number, string, string]>(
    'INSERT INTO version_reads (version_id, person_id, read_on, recorded_at) VALUES (?, ?, ?, ?)',
  );
  return {
    read: (versionId: number) => selectRead.all(versionId),
    /** Active people who have not acknowledged this version yet. */
    notYet: (versionId: number) => selectNotYet.all(versionId),
    insert: (versionId: number, personId: number, readOn: string, at: string): void => {
      insert.run(versionId, personId, readOn, at);
    },
  };
};
