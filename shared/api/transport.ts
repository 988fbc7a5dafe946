import { contract, type Contract, type MethodName } from './contract';
import type { MethodTransport } from './method';

/** Methods whose input carries bytes in its `content` field. */
export type UploadMethodName = { [M in MethodName]: Contract[M] extends { binary: 'upload' } ? M : never }[MethodName];

/** Methods whose output carries bytes in its `content` field, with `fileName` and `mediaType`. */
export type DownloadMethodName = { [M in MethodName]: Contract[M] extends { binary: 'download' } ? M : never }[MethodName];

/** Methods only the Electron host can answer (they need the desktop: temporary files, the system's applications). */
export type HostOnlyMethodName = { [M in MethodName]: Contract[M] extends { host: 'electron' } ? M : never }[MethodName];

/** Methods the host-agnostic backend implements. */
export type BackendMethodName = Exclude<MethodName, HostOnlyMethodName>;

/** Methods that are JSON both ways, which the renderer's `call()` sends. */
export type JsonMethodName = Exclude<MethodName, UploadMethodName | DownloadMethodName>;

const transportOf = (method: MethodName): MethodTransport => {
  const entry = contract[method];
  return { binary: 'binary' in entry ? entry.binary : undefined, host: 'host' in entry ? entry.host : undefined };
};

/** 'upload', 'download', or undefined for a JSON method. */
export const binaryTransportOf = (method: MethodName): MethodTransport['binary'] => transportOf(method).binary;

export const isHostOnlyMethod = (method: MethodName): method is HostOnlyMethodName => transportOf(method).host !== undefined;
