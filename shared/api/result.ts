/** The closed list of error codes that may cross the API boundary. */
export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'no_file_open',
  'file_locked',
  'file_read_only',
  'file_not_found',
  'not_a_seve_file',
  'db_too_new',
  'io_error',
  'disk_full',
  'unauthorized',
  'forbidden',
  'unknown_method',
  'payload_too_large',
  'unsupported',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** Field path (dot-separated) → French message for the user. */
export type FieldErrors = Record<string, string>;

export type ApiError = {
  code: ErrorCode;
  /** French, specific, says what to do. */
  message: string;
  fields?: FieldErrors;
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string, fields?: FieldErrors): { ok: false; error: ApiError } =>
  fields ? { ok: false, error: { code, message, fields } } : { ok: false, error: { code, message } };
