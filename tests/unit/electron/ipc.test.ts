import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel } from '../../../shared/api/bridge';
import { methodNames } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import { isTrustedIpcEvent, registerIpcGate } from '../../../electron/main/ipc';
import { openTestBackend, type TestBackend } from '../../helpers/backend';

// Electron's runtime cannot run under Node: a fake ipcMain records the handlers, and plain objects
// stand in for WebContents and WebFrameMain. The api behind the gate is the real one, on a real file.
type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<Result<unknown>>;

const frame = (overrides: Partial<{ url: string; processId: number; routingId: number; parent: unknown; detached: boolean }> = {}) => ({
  url: 'app://seve/index.html',
  processId: 4,
  routingId: 1,
  parent: null,
  detached: false,
  ...overrides,
});

const ourWindow = { id: 7, isDestroyed: () => false, mainFrame: frame() };
const asContents = (value: unknown) => value as WebContents;
const event = (senderFrame: unknown, senderId = 7) => ({ sender: { id: senderId }, senderFrame }) as unknown as IpcMainInvokeEvent;

describe('isTrustedIpcEvent', () => {
  it('accepts the top frame of our window showing our page', () => {
    expect(isTrustedIpcEvent(event(frame()), asContents(ourWindow))).toBe(true);
    expect(isTrustedIpcEvent(event(frame({ url: 'app://seve/index.html#/audits' })), asContents(ourWindow))).toBe(true);
  });

  it.each([
    ['a subframe', event(frame({ parent: frame() }))],
    ['a frame of another process', event(frame({ processId: 5 }))],
    ['another frame of the same process', event(frame({ routingId: 9 }))],
    ['another web contents', event(frame(), 8)],
    ['a remote page', event(frame({ url: 'https://example.org/' }))],
    ['a file:// page', event(frame({ url: 'file:///tmp/index.html' }))],
    ['a destroyed frame', event(null)],
    ['a detached frame', event(frame({ detached: true }))],
  ])('refuses %s', (_label, candidate) => {
    expect(isTrustedIpcEvent(candidate, asContents(ourWindow))).toBe(false);
  });

  it('refuses everything when the window is gone', () => {
    expect(isTrustedIpcEvent(event(frame()), null)).toBe(false);
    expect(isTrustedIpcEvent(event(frame()), asContents({ ...ourWindow, isDestroyed: () => true }))).toBe(false);
  });
});

describe('registerIpcGate', () => {
  let backend: TestBackend;
  let handlers: Map<string, Handler>;
  let window: unknown;

  beforeEach(async () => {
    backend = await openTestBackend();
    handlers = new Map();
    window = ourWindow;
    const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) };
    registerIpcGate(ipcMain as unknown as Pick<IpcMain, 'handle'>, backend.api, () => asContents(window));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    backend.close();
    vi.restoreAllMocks();
  });

  it('handles exactly one channel per contract method', () => {
    expect([...handlers.keys()].sort()).toEqual(methodNames.map(ipcChannel).sort());
  });

  it('passes trusted calls to the api, which parses them against the contract', async () => {
    const info = await handlers.get(ipcChannel('app.info'))!(event(frame()), undefined);
    expect(info).toMatchObject({ ok: true, value: { host: 'browser', file: { status: 'open' } } });

    const created = await handlers.get(ipcChannel('people.create'))!(event(frame()), { name: 'Amélie Durand', jobTitle: 'Qualité' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Amélie Durand' } });

    const invalid = await handlers.get(ipcChannel('people.create'))!(event(frame()), { name: 42, extra: true });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses untrusted senders with a French forbidden error and writes nothing', async () => {
    const create = handlers.get(ipcChannel('people.create'))!;
    for (const untrusted of [
      event(frame({ url: 'https://example.org/' })),
      event(frame({ parent: frame() })),
      event(null),
      event(frame(), 99),
    ]) {
      const result = await create(untrusted, { name: 'Intrus' });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      if (!result.ok) expect(result.error.message).toMatch(/Appel refusé/);
    }
    window = null;
    expect(await create(event(frame()), { name: 'Intrus' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(backend.session.services().people.list()).toEqual([]);
  });

  it('answers with an internal error, never a rejected promise, if the api itself throws', async () => {
    const throwing = new Map<string, Handler>();
    const ipcMain = { handle: (channel: string, handler: Handler) => throwing.set(channel, handler) };
    const api = { invoke: () => Promise.reject(new Error('disque arraché')) };
    registerIpcGate(ipcMain as unknown as Pick<IpcMain, 'handle'>, api, () => asContents(ourWindow));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(throwing.get(ipcChannel('app.info'))!(event(frame()), undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('answers a message from a disposed frame (whose properties throw) and any malformed input, then still serves', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    // Electron throws "Render frame was disposed" when a disposed WebFrameMain is read.
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      get parent(): unknown {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    const create = handlers.get(ipcChannel('people.create'))!;
    await expect(create(event(disposed), { name: 'Intrus' })).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(errors).toHaveBeenCalled();
    const strange: unknown[] = [undefined, null, 'x', 42, [], { name: '\uD800' }, { name: 'a'.repeat(200_000) }, Object.create(null)];
    for (const input of strange) {
      const answer = await create(event(frame()), input);
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error.code).toBe('invalid_input');
    }
    expect(await create(event(frame()), { name: 'Amélie Durand', jobTitle: null })).toMatchObject({ ok: true });
  });
});
