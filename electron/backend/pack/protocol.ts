import type { ErrorCode } from '../../../shared/api/result';
import type { PdfRequest } from './plan';

/** What the main thread gives the pack worker. */
export type WorkerInput = {
  dbPath: string;
  nativeBinding?: string;
  request: PdfRequest;
  target: string;
  /** Random part of the temporary file's name (the main thread removes that file should the worker die). */
  token: string;
  /** The name printed as who produced the PDF (`pdfProducer`). */
  producer: string;
  generatedAt: string;
  packId: string;
  /** Int32 flag set to 1 by the main thread to cancel; read between pages, with no message round trip. */
  cancel: SharedArrayBuffer;
};

/** What the worker reports. */
export type WorkerMessage =
  | { type: 'progress'; step: string; fraction: number }
  | { type: 'done'; pages: number; bytes: number; embedded: number; missing: number }
  | { type: 'failed'; code: ErrorCode; message: string }
  | { type: 'cancelled' };
