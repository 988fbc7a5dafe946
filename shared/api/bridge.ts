import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { Result } from './result';

/** What the Electron preload exposes as `window.seve`: one function per contract method. */
export type SeveBridge = {
  readonly [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

/** IPC channel carrying one contract method. */
export const ipcChannel = (method: MethodName): string => `seve:${method}`;
