import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FILE_TOO_LARGE_MESSAGE, MAX_FILE_BYTES } from '../../shared/domain/files';
import type { Attachment, AttachmentContent } from '../../shared/schemas/files';
import type { HistoryEntry } from '../../shared/schemas/history';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';
import { fileTableCounts, seedVersion, setVersionStatus, type SeededVersion } from '../helpers/fileOwners';

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('files stored in the data file', () => {
  let backend: TestBackend;
  let version: SeededVersion;
  const owner = () => ({ entity: 'document_version', id: version.versionId });
  const uploadFile = (fileName: string, content: Uint8Array) => backend.api.invoke('files.upload', { owner: owner(), fileName, content });
  const add = (fileName: string, content: Uint8Array) =>
    expectOk<Attachment>(backend.api, 'files.upload', { owner: owner(), fileName, content });
  const list = () => expectOk<Attachment[]>(backend.api, 'files.list', { owner: owner() });

  beforeEach(async () => {
    backend = await openTestBackend();
    version = seedVersion(backend.filePath);
  });
  afterEach(() => backend.close());

  it('keeps one copy of a content attached twice, under two names', async () => {
    const bytes = crypto.randomBytes(4096);
    const first = await add('Procédure achats.pdf', bytes);
    const second = await add('Procédure achats.pdf', bytes);
    expect(first).toMatchObject({ fileName: 'Procédure achats.pdf', mediaType: 'application/pdf', size: 4096, sha256: sha256(bytes) });
    expect(second.fileName).toBe('Procédure achats (2).pdf');
    expect(second.sha256).toBe(first.sha256);
    expect(fileTableCounts(backend.filePath)).toMatchObject({ blobs: 1, attachments: 2 });
    expect((await list()).map((attachment) => attachment.fileName)).toEqual(['Procédure achats (2).pdf', 'Procédure achats.pdf']);
  });

  it('stores and returns a zero-byte file', async () => {
    const empty = await add('vide.txt', new Uint8Array(0));
    expect(empty).toMatchObject({ size: 0, sha256: EMPTY_SHA256, mediaType: 'text/plain' });
    const downloaded = await expectOk<AttachmentContent>(backend.api, 'files.download', { id: empty.id });
    expect(downloaded.content.byteLength).toBe(0);
  });

  it('gives back the bytes exactly as they were sent', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const bytes = Buffer.concat([png, crypto.randomBytes(3 * 1024 * 1024 + 7)]);
    const attachment = await add('scan.png', bytes);
    const downloaded = await expectOk<AttachmentContent>(backend.api, 'files.download', { id: attachment.id });
    expect(sha256(downloaded.content)).toBe(sha256(bytes));
    expect(downloaded).toMatchObject({ fileName: 'scan.png', mediaType: 'image/png', size: bytes.length });
  });

  it('refuses a file of 100 Mo + 1 byte with the French message, and writes nothing', async () => {
    const before = fileTableCounts(backend.filePath);
    const result = await uploadFile('trop-gros.pdf', new Uint8Array(MAX_FILE_BYTES + 1));
    expect(result).toEqual({ ok: false, error: { code: 'payload_too_large', message: FILE_TOO_LARGE_MESSAGE } });
    expect(result.ok ? '' : result.error.message).toMatch(/100 Mo/);
    expect(fileTableCounts(backend.filePath)).toEqual(before);
  });

  it('cleans hostile names before storing them', async () => {
    const cases: [string, string][] = [
      ['../../etc/passwd', 'passwd'],
      ['..\\..\\boot.ini', 'boot.ini'],
      ['rap\u0000port.pdf', 'rapport.pdf'],
      ['photo\u202Egnp.txt', 'photognp.txt'],
      ['CON.txt', '_CON.txt'],
      ['', 'fichier'],
    ];
    for (const [raw, stored] of cases) expect((await add(raw, Buffer.from(raw || 'vide'))).fileName).toBe(stored);
    const long = await add(`${'é'.repeat(300)}.docx`, Buffer.from('long'));
    expect(Buffer.byteLength(long.fileName)).toBeLessThanOrEqual(255);
    expect(long.fileName.endsWith('.docx')).toBe(true);
    const longAgain = await add(`${'é'.repeat(300)}.docx`, Buffer.from('long encore'));
    expect(Buffer.byteLength(longAgain.fileName)).toBeLessThanOrEqual(255);
    expect(longAgain.fileName.endsWith(' (2).docx')).toBe(true);
  });

  it('numbers duplicate names, case-insensitively, instead of refusing them', async () => {
    expect((await add('Rapport.pdf', Buffer.from('a'))).fileName).toBe('Rapport.pdf');
    expect((await add('rapport.PDF', Buffer.from('b'))).fileName).toBe('rapport (2).PDF');
    expect((await add('Rapport.pdf', Buffer.from('c'))).fileName).toBe('Rapport (3).pdf');
  });

  it('refuses programs and scripts, including one disguised by a right-to-left override', async () => {
    for (const name of ['setup.exe', 'lancer.bat', 'macro.js', 'outil.ps1', 'facture\u202Efdp.exe', 'rapport.pdf.exe', 'rapport.exe. .']) {
      const result = await uploadFile(name, Buffer.from('MZ'));
      expect(result, name).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', fields: { fileName: expect.stringMatching(/scripts/) } },
      });
    }
    expect(fileTableCounts(backend.filePath)).toMatchObject({ blobs: 0, attachments: 0 });
  });

  it('records additions and removals in the document’s history, with name, size, fingerprint and version', async () => {
    const attachment = await add('trame.odt', Buffer.from('contenu'));
    await expectOk(backend.api, 'files.remove', { id: attachment.id });
    const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'document', entityId: version.documentId });
    const fields = { fileName: 'trame.odt', size: 7, sha256: attachment.sha256, indice: '1' };
    expect(history[0]).toMatchObject({ action: 'file_remove', actor: 'Testeur', entity: 'document', entityId: version.documentId });
    expect(history[0]?.changes).toEqual(Object.entries(fields).map(([field, value]) => ({ field, before: value, after: null })));
    expect(history[1]).toMatchObject({ action: 'file_add' });
    expect(history[1]?.changes).toEqual(Object.entries(fields).map(([field, value]) => ({ field, before: null, after: value })));
  });

  it('hides a removed file but keeps its row and content; its name is free again', async () => {
    const attachment = await add('trame.odt', Buffer.from('v1'));
    const removed = await expectOk<Attachment>(backend.api, 'files.remove', { id: attachment.id });
    expect(removed.id).toBe(attachment.id);
    expect(await list()).toEqual([]);
    expect(await backend.api.invoke('files.download', { id: attachment.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await backend.api.invoke('files.remove', { id: attachment.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await add('trame.odt', Buffer.from('v2'))).fileName).toBe('trame.odt');
    const db = new Database(backend.filePath, { readonly: true });
    const row = db.prepare('SELECT removed_at, removed_by FROM attachments WHERE id = ?').get(attachment.id);
    expect(row).toEqual({ removed_at: '2026-11-26T10:00:00.000Z', removed_by: 'Testeur' });
    expect(db.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(2);
    db.close();
  });

  it.each(['soumis', 'en_vigueur', 'obsolete'] as const)('freezes the files of a version %s', async (status) => {
    const attachment = await add('procedure.pdf', Buffer.from('%PDF-1.7'));
    setVersionStatus(backend.filePath, version.versionId, status);
    const before = fileTableCounts(backend.filePath);
    const upload = await uploadFile('autre.pdf', Buffer.from('%PDF'));
    expect(upload).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/figés/) } });
    const remove = await backend.api.invoke('files.remove', { id: attachment.id });
    expect(remove).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/figés/) } });
    expect(fileTableCounts(backend.filePath)).toEqual(before);
    expect(await list()).toHaveLength(1);
    expect(await backend.api.invoke('files.download', { id: attachment.id })).toMatchObject({ ok: true });
  });

  it('refuses an owner that does not exist, or of an unknown kind', async () => {
    const missing = await backend.api.invoke('files.upload', {
      owner: { entity: 'document_version', id: 999 },
      fileName: 'a.pdf',
      content: Buffer.from('a'),
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/version/) } });
    expect(await backend.api.invoke('files.list', { owner: { entity: 'document_version', id: 999 } })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const unknownKind = await backend.api.invoke('files.list', { owner: { entity: 'sorcellerie', id: 1 } });
    expect(unknownKind).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses inputs without bytes or with a huge name', async () => {
    for (const input of [
      { owner: owner(), fileName: 'a.pdf' },
      { owner: owner(), fileName: 'a.pdf', content: 'pas des octets' },
      { owner: owner(), fileName: 'a.pdf', content: [1, 2, 3] },
      { owner: owner(), fileName: 'x'.repeat(2000), content: Buffer.from('a') },
    ]) {
      expect(await backend.api.invoke('files.upload', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(fileTableCounts(backend.filePath)).toMatchObject({ blobs: 0, attachments: 0 });
  });

  it('answers files.open with "unsupported" where no desktop host provides it', async () => {
    const attachment = await add('procedure.pdf', Buffer.from('%PDF'));
    const result = await backend.api.invoke('files.open', { id: attachment.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported', message: expect.stringMatching(/Télécharger/) } });
  });
});
