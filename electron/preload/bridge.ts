import { ipcChannel, type SeveBridge } from '../../shared/api/bridge';
import { methodNames } from '../../shared/api/contract';

/** Sends one message on one channel and resolves with the main process's answer. */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * `window.seve`: one function per contract method, each forwarding its input on that method's
 * channel. The list comes from the contract, so a new method needs no change here.
 */
export const buildBridge = (invoke: Invoke): SeveBridge => {
  const entries = methodNames.map((method) => [method, (input: unknown) => invoke(ipcChannel(method), input)] as const);
  // fromEntries cannot carry the per-method types; the main process's results are Results by construction.
  return Object.freeze(Object.fromEntries(entries)) as unknown as SeveBridge;
};
