import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiCallError } from './client';
import type { ErrorText } from './errorText';

/**
 * Puts the backend's field errors onto the form's fields (stripping a prefix such as `fields.`),
 * and returns the message for the form as a whole.
 */
export const applyServerErrors = <T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  prefix = '',
  text: ErrorText = (message) => message,
): string => {
  if (!(error instanceof ApiCallError)) return text(error instanceof Error ? error.message : String(error));
  for (const [path, message] of Object.entries(error.fields)) {
    if (path.startsWith(prefix) && path.length > prefix.length) {
      setError(path.slice(prefix.length) as Path<T>, { type: 'server', message: text(message, error.fieldDetails[path]) });
    }
  }
  return text(error.message, error.detail);
};
