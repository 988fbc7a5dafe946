import { describe, expect, it, vi } from 'vitest';
import { ipcChannel } from '../../../shared/api/bridge';
import { methodNames } from '../../../shared/api/contract';
import { buildBridge } from '../../../electron/preload/bridge';

describe('buildBridge', () => {
  it('exposes exactly one function per contract method, and nothing else', () => {
    const bridge = buildBridge(async () => undefined);
    expect(Object.keys(bridge).sort()).toEqual([...methodNames].sort());
    for (const method of methodNames) expect(typeof bridge[method]).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each method on its own channel with its input, and returns the answer', async () => {
    const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
    const bridge = buildBridge(invoke);
    for (const method of methodNames) {
      const input = { probe: method };
      const call = bridge[method] as (input: unknown) => Promise<unknown>;
      await expect(call(input)).resolves.toEqual({ ok: true, value: { channel: ipcChannel(method), input } });
    }
    expect(invoke).toHaveBeenCalledTimes(methodNames.length);
    expect(new Set(invoke.mock.calls.map(([channel]) => channel)).size).toBe(methodNames.length);
  });
});
