import type { z } from 'zod';

/**
 * How a method travels when it is not plain JSON both ways. `binary: 'upload'`: the input's
 * `content` field holds the bytes; `binary: 'download'`: the output's `content` field does (IPC
 * carries them as a Uint8Array, HTTP as the raw body). `host: 'electron'`: only the desktop app
 * can answer it (other hosts answer `unsupported`).
 */
export type MethodTransport = { binary?: 'upload' | 'download'; host?: 'electron' };

/**
 * The field of a binary method's input or output that holds the bytes. It lives here, not beside
 * the contract, so the renderer's client can name it without loading every method's schemas.
 */
export const BINARY_FIELD = 'content';

/** One contract entry: what a method takes, what it returns, whether it writes to the file, and how it travels. */
export const method = <I extends z.ZodType, O extends z.ZodType, const T extends MethodTransport = Record<never, never>>(
  input: I,
  output: O,
  writes: boolean,
  transport?: T,
) => ({ input, output, writes, ...(transport as T) });
