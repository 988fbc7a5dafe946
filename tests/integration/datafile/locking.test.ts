import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeveFile } from '../../../electron/backend/db/connection';
import { lockFilePath } from '../../../electron/backend/db/lock';
import { ServiceError } from '../../../electron/backend/errors';
import { expectOk, makeTempDir, openTestBackend } from '../../helpers/backend';
import { bundleChildScript, exited, runChild, type ChildLines } from '../../helpers/child';
import { dataChecksum } from '../../helpers/checksum';
import { sha256 } from '../../helpers/files';

const now = () => new Date('2026-11-26T10:00:00Z');

describe('a file already open in another Sève process (two real processes)', () => {
  let dir: string;
  let cleanup: () => void;
  let filePath: string;
  let other: ChildLines;
  let holder: string;

  beforeAll(async () => {
    ({ dir, cleanup } = makeTempDir());
    filePath = path.join(dir, 'partage.sqlite');
    holder = await bundleChildScript('tests/helpers/children/holder.ts');
    other = runChild(holder, [filePath]);
    await other.waitFor((line) => line === 'ready');
  }, 60_000);

  afterAll(async () => {
    other.child.stdin?.end();
    await exited(other.child);
    cleanup();
  });

  it(
    'refuses to open it for writing, with a French message offering the read-only view, and writes nothing',
    { timeout: 30_000 },
    async () => {
      const before = sha256(filePath);
      const lockBefore = sha256(lockFilePath(filePath));
      const folderBefore = fs.readdirSync(dir).sort();
      const backend = await openTestBackend({ filePath });
      try {
        const info = backend.session.info();
        expect(info.file).toMatchObject({ status: 'error', code: 'file_locked' });
        if (info.file.status !== 'error') throw new Error('opened');
        expect(info.file.message).toContain('déjà ouvert dans une autre fenêtre de Sève');
        expect(info.file.message).toContain('lecture seule');
        const write = await backend.api.invoke('people.create', { name: 'Intrus', jobTitle: null });
        expect(write).toMatchObject({ ok: false, error: { code: 'no_file_open' } });
      } finally {
        backend.session.close();
      }
      expect(sha256(filePath)).toBe(before);
      expect(sha256(lockFilePath(filePath))).toBe(lockBefore);
      expect(fs.readdirSync(dir).sort()).toEqual(folderBefore);
    },
  );

  it('opens it read-only: reads work, every write method is refused, the data is unchanged', { timeout: 30_000 }, async () => {
    const backend = await openTestBackend({ filePath: path.join(dir, 'ailleurs.sqlite') });
    try {
      const before = dataChecksum(filePath);
      const info = await expectOk<{ file: { status: string; readOnly: boolean } }>(backend.api, 'datafile.open', {
        path: filePath,
        readOnly: true,
      });
      expect(info.file).toMatchObject({ status: 'open', readOnly: true });
      const people = await expectOk<{ name: string }[]>(backend.api, 'people.list', {});
      expect(people.map((person) => person.name)).toContain('Écrit par l’autre poste');
      const refused = await backend.api.invoke('people.create', { name: 'Intrus', jobTitle: null });
      expect(refused).toMatchObject({ ok: false, error: { code: 'file_read_only' } });
      if (refused.ok) throw new Error('written');
      expect(refused.error.message).toContain('lecture seule');
      expect(await backend.api.invoke('organisation.update', { name: 'X', indiceScheme: 'numeric' })).toMatchObject({ ok: false });
      expect(await backend.api.invoke('backups.create', {})).toMatchObject({ ok: false, error: { code: 'file_read_only' } });
      // Asking for it writable while the other Sève still holds it: refused, and the read-only view stays.
      expect(await backend.api.invoke('datafile.open', { path: filePath })).toMatchObject({ ok: false, error: { code: 'file_locked' } });
      expect(backend.session.info().file).toMatchObject({ status: 'open', path: filePath, readOnly: true });
      expect(dataChecksum(filePath)).toBe(before);
    } finally {
      backend.close();
    }
  });

  it('the lock goes with the process: once the other Sève is killed, the file opens for writing', async () => {
    const copy = path.join(dir, 'tue.sqlite');
    const killed = runChild(holder, [copy]);
    await killed.waitFor((line) => line === 'ready');
    await expect(openSeveFile(copy, { now })).rejects.toMatchObject({ code: 'file_locked' });
    killed.child.kill('SIGKILL');
    await exited(killed.child);
    const opened = await openSeveFile(copy, { now });
    expect(opened.lock).not.toBeNull();
    await expect(openSeveFile(copy, { now })).rejects.toBeInstanceOf(ServiceError);
    opened.close();
  }, 60_000);
});

describe('the lock file beside the data file', () => {
  let dir: string;
  let cleanup: () => void;
  let filePath: string;
  beforeAll(async () => {
    ({ dir, cleanup } = makeTempDir());
    filePath = path.join(dir, 'qualite.sqlite');
    (await openSeveFile(filePath, { now })).close();
  });
  afterAll(() => cleanup());

  it('replaces a damaged lock file instead of blaming the data file, and still keeps a second writer out', async () => {
    fs.writeFileSync(lockFilePath(filePath), 'ceci n’est pas une base SQLite, mais du texte écrit par erreur'.repeat(20));
    const before = sha256(filePath);
    const opened = await openSeveFile(filePath, { now });
    try {
      expect(opened.readOnly).toBe(false);
      expect(fs.readFileSync(lockFilePath(filePath), 'utf8')).not.toContain('écrit par erreur');
      await expect(openSeveFile(filePath, { now })).rejects.toMatchObject({ code: 'file_locked' });
    } finally {
      opened.close();
    }
    expect(sha256(filePath)).toBe(before);
  });

  it.skipIf(process.platform === 'win32')('never follows a lock file that is a link: the file it points to is left alone', async () => {
    const victim = path.join(dir, 'autre-document.txt');
    fs.writeFileSync(victim, 'Contenu à protéger');
    fs.rmSync(lockFilePath(filePath), { force: true });
    fs.symlinkSync(victim, lockFilePath(filePath));
    const opened = await openSeveFile(filePath, { now });
    opened.close();
    expect(fs.lstatSync(lockFilePath(filePath)).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(victim, 'utf8')).toBe('Contenu à protéger');
  });

  it('names the lock file, not the data file, when it cannot be used', async () => {
    fs.rmSync(lockFilePath(filePath), { force: true });
    fs.mkdirSync(lockFilePath(filePath));
    try {
      const error = await openSeveFile(filePath, { now }).then(
        () => null,
        (refusal: unknown) => refusal,
      );
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).message).toMatch(
        /fichier de verrou « .*qualite\.sqlite-verrou » n’est pas un fichier .* le fichier de données lui-même n’est pas en cause/,
      );
    } finally {
      fs.rmdirSync(lockFilePath(filePath));
    }
  });
});
