import { messageDetailOf, type MessageDetail } from './messages';
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
  /** The message's meaning apart from its words (`shared/api/messages.ts`), for an interface in another language. */
  detail?: MessageDetail;
  /** The same for each field's message that a family of the catalogue recognises. */
  fieldDetails?: Record<string, MessageDetail>;
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A refusal, with the key and parameters of its message and of its fields' messages where the catalogue knows them. */
export const fail = (code: ErrorCode, message: string, fields?: FieldErrors): { ok: false; error: ApiError } => {
  const error: ApiError = { code, message };
  const detail = messageDetailOf(message);
  if (detail) error.detail = detail;
  if (fields) {
    error.fields = fields;
    const details = Object.entries(fields).flatMap(([path, text]) => {
      const known = messageDetailOf(text);
      return known ? [[path, known] as const] : [];
    });
    if (details.length > 0) error.fieldDetails = Object.fromEntries(details);
  }
  return { ok: false, error };
};
