import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { openSeveFile } from '../../../electron/backend/db/connection';
import { ServiceError } from '../../../electron/backend/errors';
import { expectOk, makeTempDir, openTestBackend } from '../../helpers/backend';
import { dataChecksum } from '../../helpers/checksum';
import { sha256 } from '../../helpers/files';

const now = () => new Date('2026-11-26T10:00:00Z');

const refusal = async (filePath: string): Promise<ServiceError> => {
  try {
    (await openSeveFile(filePath, { now })).close();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('the file was opened');
};

/** A Sève file with a few records, in rollback-journal mode so it is one self-contained file. */
const makeSeveFile = async (filePath: string): Promise<void> => {
  const backend = await openTestBackend({ filePath });
  for (let n = 0; n < 30; n += 1) await expectOk(backend.api, 'people.create', { name: `Personne ${n}`, jobTitle: 'x'.repeat(100) });
  backend.session.close();
};

describe('random bytes and damaged Sève files', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = makeTempDir()));
  afterAll(() => cleanup());

  it.each([0, 1, 100, 4096, 65_536])('refuses %i random bytes with a French message and leaves them byte-identical', async (size) => {
    const filePath = path.join(dir, `hasard-${size}.sqlite`);
    fs.writeFileSync(filePath, crypto.randomBytes(size));
    const before = sha256(filePath);
    if (size === 0) {
      // An empty file is a new data file (the user may have created it to choose its place).
      (await openSeveFile(filePath, { now })).close();
      return;
    }
    const error = await refusal(filePath);
    expect(error.code).toBe('not_a_seve_file');
    expect(error.message).toMatch(/n’est pas un fichier Sève|endommagé/);
    expect(sha256(filePath)).toBe(before);
  });

  it('refuses a SQLite header followed by random bytes, and a Sève file with random bytes over its pages', async () => {
    const header = path.join(dir, 'entete.sqlite');
    fs.writeFileSync(header, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), crypto.randomBytes(8192)]));
    const headerBefore = sha256(header);
    expect((await refusal(header)).code).toBe('not_a_seve_file');
    expect(sha256(header)).toBe(headerBefore);

    const damaged = path.join(dir, 'abime.sqlite');
    await makeSeveFile(damaged);
    const bytes = fs.readFileSync(damaged);
    // Pages 3 to 6 get random bytes: the header and the schema page still read fine.
    crypto.randomBytes(4 * 4096).copy(bytes, 2 * 4096);
    fs.writeFileSync(damaged, bytes);
    const before = sha256(damaged);
    const companions = fs
      .readdirSync(dir)
      .filter((name) => name.startsWith('abime.sqlite'))
      .sort();
    const error = await refusal(damaged);
    expect(error.code).toBe('not_a_seve_file');
    expect(error.message).toContain('endommagé');
    expect(sha256(damaged)).toBe(before);
    expect(
      fs
        .readdirSync(dir)
        .filter((name) => name.startsWith('abime.sqlite'))
        .sort(),
    ).toEqual(companions);
  });
});

/** A 3 MB tmpfs, where this machine allows mounting one (root, not in a restricted container). */
const mountSmallDisk = (folder: string): boolean => {
  fs.mkdirSync(folder, { recursive: true });
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', folder], { encoding: 'utf8' });
  return result.status === 0;
};

/** Fills the disk holding `folder` until it refuses one more byte. */
const fillDisk = (folder: string): string => {
  const filler = path.join(folder, 'remplissage.bin');
  const fd = fs.openSync(filler, 'a');
  try {
    for (;;) fs.writeSync(fd, Buffer.alloc(16 * 1024));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
  for (;;) {
    try {
      fs.appendFileSync(filler, Buffer.alloc(512));
    } catch {
      return filler;
    }
  }
};

describe('a data file on a full disk', () => {
  let dir: string;
  let cleanup: () => void;
  let disk: string;
  let mounted = false;
  beforeAll(() => {
    ({ dir, cleanup } = makeTempDir());
    disk = path.join(dir, 'petit-disque');
    mounted = mountSmallDisk(disk);
    if (!mounted) {
      // Said aloud, never skipped: the simulated case below then stands for the real one.
      console.warn('Pas de petit disque tmpfs sur cette machine (mount refusé) : disque plein simulé par SQLITE_FULL (max_page_count).');
    }
  });
  afterAll(() => {
    if (mounted && spawnSync('umount', [disk]).status !== 0) spawnSync('umount', ['-l', disk]);
    cleanup();
  });

  it('refuses a change with a French "disque plein" message, keeps the file as it was, and works again once there is room', async () => {
    const filePath = path.join(mounted ? disk : dir, 'qualite.sqlite');
    await makeSeveFile(filePath);
    // Simulated case: SQLite itself answers SQLITE_FULL once the file would need one more page.
    const onConnection = mounted
      ? undefined
      : (db: Database.Database) => db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);

    if (mounted) {
      // Opening needs a little room (the WAL index, the opening backup): refused, and said so.
      fillDisk(disk);
      const before = sha256(filePath);
      const refused = await openTestBackend({ filePath, preferencesFolder: path.join(dir, 'réglages') });
      expect(refused.session.info().file).toMatchObject({
        status: 'error',
        code: 'disk_full',
        message: expect.stringContaining('est plein'),
      });
      refused.session.close();
      expect(sha256(filePath)).toBe(before);
      fs.rmSync(path.join(disk, 'remplissage.bin'));
    }
    const backend = await openTestBackend({ filePath, preferencesFolder: path.join(dir, 'réglages'), onConnection });
    // The disk fills up while the file is open.
    if (mounted) fillDisk(disk);
    try {
      const before = dataChecksum(filePath);
      const result = await backend.api.invoke('people.create', { name: 'Encore une personne', jobTitle: 'y'.repeat(100) });
      expect(result).toMatchObject({ ok: false, error: { code: 'disk_full' } });
      if (result.ok) throw new Error('written');
      expect(result.error.message).toContain('Le disque est plein');
      expect(result.error.message).toContain('Rien n’a été perdu');
      expect(dataChecksum(filePath)).toBe(before);
    } finally {
      backend.session.close();
    }
    if (mounted) fs.rmSync(path.join(disk, 'remplissage.bin'));
    const again = await openTestBackend({ filePath, preferencesFolder: path.join(dir, 'réglages') });
    try {
      await expectOk(again.api, 'people.create', { name: 'Après avoir libéré de la place', jobTitle: null });
    } finally {
      again.session.close();
    }
  });
});
