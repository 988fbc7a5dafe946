import crypto from 'node:crypto';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ipcChannel } from '../../../shared/api/bridge';
import type { MethodName } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import { registerIpcGate } from '../../../electron/main/ipc';
import { openTestBackend, type TestBackend } from '../../helpers/backend';
import { seedVersion } from '../../helpers/fileOwners';

// As in ipc.test.ts, a fake ipcMain and plain objects stand in for Electron. structuredClone does
// what IPC does to arguments and results, so the bytes cross as they would between processes.
type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<Result<unknown>>;
const frame = { url: 'app://seve/index.html', processId: 4, routingId: 1, parent: null, detached: false };
const ourWindow = { id: 7, isDestroyed: () => false, mainFrame: frame } as unknown as WebContents;
const trusted = { sender: { id: 7 }, senderFrame: frame } as unknown as IpcMainInvokeEvent;

describe('files over the IPC gate', () => {
  let backend: TestBackend;
  let handlers: Map<string, Handler>;
  const invoke = async (method: MethodName, input: unknown) =>
    structuredClone(await handlers.get(ipcChannel(method))!(trusted, structuredClone(input)));

  beforeEach(async () => {
    backend = await openTestBackend();
    handlers = new Map();
    const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) };
    registerIpcGate(ipcMain as unknown as Pick<IpcMain, 'handle'>, backend.api, () => ourWindow);
  });
  afterEach(() => backend.close());

  it('carries the bytes as a Uint8Array both ways', async () => {
    const { versionId } = seedVersion(backend.filePath);
    const bytes = new Uint8Array(crypto.randomBytes(64 * 1024));
    const uploaded = await invoke('files.upload', {
      owner: { entity: 'document_version', id: versionId },
      fileName: 'scan.pdf',
      content: bytes,
    });
    expect(uploaded).toMatchObject({ ok: true, value: { fileName: 'scan.pdf', size: bytes.length } });
    const id = (uploaded as { ok: true; value: { id: number } }).value.id;
    const downloaded = (await invoke('files.download', { id })) as { ok: true; value: { content: Uint8Array } };
    expect(downloaded.value.content).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(downloaded.value.content).equals(Buffer.from(bytes))).toBe(true);
  });

  it('answers files.open with "unsupported" when the desktop handler is not given', async () => {
    expect(await invoke('files.open', { id: 1 })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
