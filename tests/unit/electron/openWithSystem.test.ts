import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApi, type Api } from '../../../electron/backend/api';
import Database from 'better-sqlite3';
import type { MarkOfTheWeb } from '../../../electron/main/markOfTheWeb';
import { openWithSystemHandler, tempCopyPath, writeTempCopy } from '../../../electron/main/openWithSystem';
import type { Attachment } from '../../../shared/schemas/files';
import { expectOk, makeTempDir, openTestBackend, type TestBackend } from '../../helpers/backend';
import { seedVersion } from '../../helpers/fileOwners';

// shell.openPath is Electron's; a recording stand-in takes its place. The files, the temp folder and
// the api behind the handler are real.
const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
const SHA = 'a'.repeat(64);

describe('tempCopyPath', () => {
  it('puts the copy in <temp>/<sha256>/<clean name>', () => {
    expect(tempCopyPath('/tmp/Sève', SHA, 'Procédure.pdf')).toBe(path.resolve('/tmp/Sève', SHA, 'Procédure.pdf'));
  });

  it('keeps hostile names inside the folder', () => {
    for (const name of ['../../.bashrc', '..\\..\\evil.pdf', '/etc/passwd', '..', '']) {
      const target = tempCopyPath('/tmp/Sève', SHA, name);
      expect(target && path.dirname(target)).toBe(path.resolve('/tmp/Sève', SHA));
    }
  });

  it('refuses a fingerprint that is not one', () => {
    for (const sha of ['../x', 'A'.repeat(64), 'a'.repeat(63), `${'a'.repeat(64)}/..`])
      expect(tempCopyPath('/tmp/Sève', sha, 'a.pdf')).toBeNull();
  });
});

describe('writeTempCopy', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('writes a read-only copy, reuses an identical one and replaces a tampered one', async () => {
    const bytes = Buffer.from('%PDF-1.7 procédure');
    const sha = sha256(bytes);
    const root = path.join(dir, 'Sève');
    const target = tempCopyPath(root, sha, 'procedure.pdf') ?? '';
    await writeTempCopy(root, target, sha, bytes);
    expect(fs.readFileSync(target)).toEqual(bytes);
    if (process.platform !== 'win32') {
      expect(fs.statSync(target).mode & 0o777).toBe(0o400);
      expect(fs.statSync(root).mode & 0o777).toBe(0o700);
    }
    const firstInode = fs.statSync(target).ino;
    await writeTempCopy(root, target, sha, bytes);
    expect(fs.statSync(target).ino).toBe(firstInode);

    fs.chmodSync(target, 0o600);
    fs.writeFileSync(target, 'modifié par une autre application');
    await writeTempCopy(root, target, sha, bytes);
    expect(fs.readFileSync(target)).toEqual(bytes);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['procedure.pdf']);
  });

  it('marks the copy (Mark-of-the-Web) while it is still writable, and rewrites an unmarked copy', async () => {
    const bytes = Buffer.from('%PDF-1.7 procédure');
    const sha = sha256(bytes);
    const root = path.join(dir, 'Sève');
    const target = tempCopyPath(root, sha, 'procedure.pdf') ?? '';
    const marked = new Set<string>();
    const modes: number[] = [];
    const mark: MarkOfTheWeb = {
      mark: async (filePath) => {
        modes.push(fs.statSync(filePath).mode & 0o777);
        marked.add(path.basename(filePath));
      },
      isMarked: async (filePath) => marked.has(`copie:${path.basename(filePath)}`),
    };
    await writeTempCopy(root, target, sha, bytes, mark);
    expect(marked.size).toBe(1);
    if (process.platform !== 'win32') expect(modes).toEqual([0o600]);
    // Not reported as marked (a copy an older Sève left): written again, and marked again.
    await writeTempCopy(root, target, sha, bytes, mark);
    expect(marked.size).toBe(2);
    // A marking that fails leaves no copy and no partial file behind.
    const failing: MarkOfTheWeb = { mark: async () => Promise.reject(new Error('flux refusé')), isMarked: async () => false };
    await expect(writeTempCopy(root, target, sha, bytes, failing)).rejects.toThrow(/flux refusé/);
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('refuses a temp folder that is a planted link', async () => {
    const elsewhere = path.join(dir, 'ailleurs');
    fs.mkdirSync(elsewhere);
    const root = path.join(dir, 'Sève');
    fs.symlinkSync(elsewhere, root);
    await expect(writeTempCopy(root, tempCopyPath(root, SHA, 'a.pdf') ?? '', SHA, Buffer.from('a'))).rejects.toThrow(/suspect/);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });
});

describe('files.open on the desktop host', () => {
  let backend: TestBackend;
  let temp: { dir: string; cleanup: () => void };
  let api: Api;
  let opened: string[];
  let openResult: string;
  const add = (fileName: string, content: Buffer, versionId: number) =>
    expectOk<Attachment>(backend.api, 'files.upload', { owner: { entity: 'document_version', id: versionId }, fileName, content });

  beforeEach(async () => {
    backend = await openTestBackend();
    temp = makeTempDir();
    opened = [];
    openResult = '';
    const tempRoot = path.join(temp.dir, 'Sève');
    api = createApi(backend.session, () => undefined, {
      'files.open': openWithSystemHandler({ tempRoot, openPath: async (filePath) => (opened.push(filePath), openResult) }),
    });
  });
  afterEach(() => {
    backend.close();
    temp.cleanup();
    vi.restoreAllMocks();
  });

  it('opens a read-only copy of a recognised file with the system', async () => {
    const { versionId } = seedVersion(backend.filePath);
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(1000)]);
    const attachment = await add('Procédure achats.pdf', bytes, versionId);
    expect(await api.invoke('files.open', { id: attachment.id })).toEqual({ ok: true, value: null });
    expect(opened).toEqual([path.join(temp.dir, 'Sève', sha256(bytes), 'Procédure achats.pdf')]);
    expect(sha256(fs.readFileSync(opened[0] ?? ''))).toBe(sha256(bytes));
  });

  it('never hands an unrecognised kind of file to the system', async () => {
    const { versionId } = seedVersion(backend.filePath);
    const attachment = await add('archive.zip', Buffer.from('PK\x03\x04'), versionId);
    expect(await api.invoke('files.open', { id: attachment.id })).toMatchObject({
      ok: false,
      error: { code: 'unsupported', message: expect.stringMatching(/Téléchargez-le/) },
    });
    expect(opened).toEqual([]);
  });

  /** An attachment row written with another SQLite tool: any name, any stored type, any bytes. */
  const craft = (fileName: string, mediaType: string, content: Buffer, versionId: number): number => {
    const db = new Database(backend.filePath);
    try {
      const sha = sha256(content);
      db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, created_at, data) VALUES (?, ?, ?, ?)').run(
        sha,
        content.byteLength,
        '2026-11-20T09:00:00.000Z',
        content,
      );
      return Number(
        db
          .prepare(
            `INSERT INTO attachments (owner_entity, owner_id, blob_sha256, file_name, media_type, size, added_at, added_by)
             VALUES ('document_version', ?, ?, ?, ?, ?, '2026-11-20T09:00:00.000Z', 'Intrus')`,
          )
          .run(versionId, sha, fileName, mediaType, content.byteLength).lastInsertRowid,
      );
    } finally {
      db.close();
    }
  };

  it('decides from the cleaned name, not the stored type: a program named like a PDF is download-only', async () => {
    const { versionId } = seedVersion(backend.filePath);
    const program = Buffer.from('MZ\x90\x00 programme');
    const id = craft('Procédure accueil.pdf ……….exe', 'application/pdf', program, versionId);
    const refused = await api.invoke('files.open', { id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unsupported', message: expect.stringMatching(/Téléchargez-le/) } });
    expect(opened).toEqual([]);
    const [listed] = await expectOk<Attachment[]>(api, 'files.list', { owner: { entity: 'document_version', id: versionId } });
    expect(listed).toMatchObject({ fileName: 'Procédure accueil.pdf ……….exe', mediaType: 'application/octet-stream' });
    // Downloads get the same check: the type is what name and bytes agree on.
    expect(await expectOk(api, 'files.download', { id })).toMatchObject({ mediaType: 'application/octet-stream' });

    // Hidden by a right-to-left override, the name is cleaned before it is judged.
    const disguised = craft('facture\u202Efdp.exe', 'application/pdf', program, versionId);
    expect(await api.invoke('files.open', { id: disguised })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(opened).toEqual([]);
  });

  it('refuses a file whose bytes are not of the kind its name announces', async () => {
    const { versionId } = seedVersion(backend.filePath);
    const id = craft('rapport.pdf', 'application/pdf', Buffer.from('MZ\x90\x00 programme'), versionId);
    expect(await api.invoke('files.open', { id })).toMatchObject({
      ok: false,
      error: { code: 'unsupported', message: expect.stringMatching(/ne correspond pas à son extension/) },
    });
    expect(opened).toEqual([]);
    expect(await expectOk(api, 'files.download', { id })).toMatchObject({ fileName: 'rapport.pdf', mediaType: 'application/octet-stream' });
  });

  it('says in French when the system could not open the file', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { versionId } = seedVersion(backend.filePath);
    const attachment = await add('schema.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]), versionId);
    openResult = 'Aucune application associée';
    expect(await api.invoke('files.open', { id: attachment.id })).toMatchObject({
      ok: false,
      error: { code: 'io_error', message: expect.stringMatching(/Aucune application associée/) },
    });
    expect(await api.invoke('files.open', { id: 424242 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
