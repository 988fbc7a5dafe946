import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApi, type Api } from '../../electron/backend/api';
import type { Timers } from '../../electron/backend/backups/scheduler';
import { createSession, type Session, type SessionConfig } from '../../electron/backend/session';

/** A fresh temporary folder, removed by the caller's `cleanup`. */
export const makeTempDir = (): { dir: string; cleanup: () => void } => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-test-'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
};

export type TestBackend = { api: Api; session: Session; filePath: string; dir: string; errors: unknown[]; close: () => void };

/**
 * A real session on a real SQLite file with a fixed clock: a new file in a temp folder, or
 * `filePath` (the caller then owns its folder).
 */
export const openTestBackend = async (
  options: {
    now?: () => Date;
    filePath?: string;
    preferencesFolder?: string;
    timers?: Timers;
    onConnection?: SessionConfig['onConnection'];
    /** The bundled backup worker (`backupWorkerPath()`); absent, backups copy on the test's thread. */
    backupWorker?: string;
  } = {},
): Promise<TestBackend> => {
  const { dir, cleanup } = options.filePath ? { dir: path.dirname(options.filePath), cleanup: () => undefined } : makeTempDir();
  const filePath = options.filePath ?? path.join(dir, 'test.sqlite');
  const session = createSession({
    host: 'browser',
    appVersion: 'test',
    account: 'Testeur',
    now: options.now ?? (() => new Date('2026-11-26T10:00:00Z')),
    preferencesFolder: options.preferencesFolder ?? null,
    typedPaths: true,
    timers: options.timers,
    onConnection: options.onConnection,
    backupWorker: options.backupWorker,
  });
  await session.open(filePath);
  const errors: unknown[] = [];
  const api = createApi(session, (_message, error) => errors.push(error));
  return {
    api,
    session,
    filePath,
    dir,
    errors,
    close: () => {
      session.close();
      cleanup();
    },
  };
};

/** Calls a method and returns its value, failing the test with the error if it did not succeed. */
export const expectOk = async <T = unknown>(api: Api, method: string, input?: unknown): Promise<T> => {
  const result = await api.invoke(method, input);
  if (!result.ok) throw new Error(`${method} a échoué : ${JSON.stringify(result.error)}`);
  return result.value as T;
};
