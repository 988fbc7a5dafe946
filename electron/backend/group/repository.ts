import type Database from 'better-sqlite3';
import { fingerprintInBlocks } from '../../../shared/domain/group';
import type { GroupMember } from '../../../shared/schemas/group';

type MemberRow = {
  id: number;
  name: string;
  key_fingerprint: string;
  joined_on: string;
  removed_on: string | null;
  latest_sha256: string | null;
  latest_created_on: string | null;
  latest_imported_at: string | null;
  latest_size: number | null;
};

const toMember = (row: MemberRow): GroupMember => ({
  id: row.id,
  name: row.name,
  fingerprint: row.key_fingerprint,
  fingerprintBlocks: fingerprintInBlocks(row.key_fingerprint),
  joinedOn: row.joined_on,
  removedOn: row.removed_on,
  latest:
    row.latest_sha256 && row.latest_created_on && row.latest_imported_at && row.latest_size !== null
      ? { sha256: row.latest_sha256, createdOn: row.latest_created_on, importedAt: row.latest_imported_at, size: row.latest_size }
      : null,
});

// A member's latest snapshot is the one that still holds its bytes.
const MEMBERS = `
  SELECT m.id, m.name, m.key_fingerprint, m.joined_on, m.removed_on,
         s.sha256 AS latest_sha256, s.created_on AS latest_created_on, s.imported_at AS latest_imported_at, s.size AS latest_size
  FROM group_members m
  LEFT JOIN group_snapshots s ON s.member_id = m.id AND s.data IS NOT NULL`;

export type NewSnapshot = {
  memberId: number;
  sha256: string;
  createdOn: string;
  schemaVersion: number;
  manifest: string;
  data: Buffer;
  importedAt: string;
};

/** The group's members and the snapshots they sent (tables `group_members`, `group_snapshots`). */
export const createGroupRepository = (db: Database.Database) => {
  const list = db.prepare<[], MemberRow>(`${MEMBERS} ORDER BY m.removed_on IS NOT NULL, m.name COLLATE NOCASE, m.id`);
  const byId = db.prepare<[number], MemberRow>(`${MEMBERS} WHERE m.id = ?`);
  const byFingerprint = db.prepare<[string], MemberRow>(
    `${MEMBERS} WHERE m.key_fingerprint = ? ORDER BY m.removed_on IS NOT NULL, m.id DESC`,
  );
  const currentByName = db.prepare<[string], { id: number }>(
    'SELECT id FROM group_members WHERE removed_on IS NULL AND name = ? COLLATE NOCASE',
  );
  const insertMember = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO group_members (name, key_fingerprint, joined_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const removeMember = db.prepare<[string, string, number]>('UPDATE group_members SET removed_on = ?, updated_at = ? WHERE id = ?');
  const snapshotBySha = db.prepare<[string], { member_id: number; imported_at: string }>(
    'SELECT member_id, imported_at FROM group_snapshots WHERE sha256 = ?',
  );
  const releaseData = db.prepare<[number]>('UPDATE group_snapshots SET data = NULL WHERE member_id = ? AND data IS NOT NULL');
  const insertSnapshot = db.prepare<[number, string, string, number, string, number, string, Buffer]>(
    `INSERT INTO group_snapshots (member_id, sha256, created_on, schema_version, manifest, size, imported_at, data)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const latestData = db.prepare<[number], Buffer>('SELECT data FROM group_snapshots WHERE member_id = ? AND data IS NOT NULL').pluck();
  return {
    list: (): GroupMember[] => list.all().map(toMember),
    find: (id: number): GroupMember | null => {
      const row = byId.get(id);
      return row ? toMember(row) : null;
    },
    /** The member a key belongs to: the current one first, else the last who held it. */
    findByFingerprint: (fingerprint: string): GroupMember | null => {
      const row = byFingerprint.get(fingerprint);
      return row ? toMember(row) : null;
    },
    currentNamed: (name: string): number | null => currentByName.get(name)?.id ?? null,
    addMember: (member: { name: string; fingerprint: string; joinedOn: string }, at: string): number =>
      Number(insertMember.run(member.name, member.fingerprint, member.joinedOn, at, at).lastInsertRowid),
    removeMember: (id: number, removedOn: string, at: string): void => {
      removeMember.run(removedOn, at, id);
    },
    snapshotImported: (sha256: string): { memberId: number; importedAt: string } | null => {
      const row = snapshotBySha.get(sha256);
      return row ? { memberId: row.member_id, importedAt: row.imported_at } : null;
    },
    /** Keeps a snapshot as its member's latest: the one before keeps its manifest, not its bytes. */
    keepLatest: (snapshot: NewSnapshot): void => {
      releaseData.run(snapshot.memberId);
      insertSnapshot.run(
        snapshot.memberId,
        snapshot.sha256,
        snapshot.createdOn,
        snapshot.schemaVersion,
        snapshot.manifest,
        snapshot.data.length,
        snapshot.importedAt,
        snapshot.data,
      );
    },
    latestData: (memberId: number): Buffer | null => latestData.get(memberId) ?? null,
  };
};
