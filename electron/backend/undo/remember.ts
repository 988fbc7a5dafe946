import type { MethodName } from '../../../shared/api/contract';
import type { Services } from '../services';
import { CANNOT_UNDO, outsideRecords, undoRules } from './rules';

const ruleOf = (method: MethodName) => undoRules[method];

/** Whether a write changes the quality system's records (and so becomes the change Ctrl+Z undoes). */
export const changesRecords = (method: MethodName): boolean => !outsideRecords.includes(method.split('.')[0] ?? '');

/** Reads what the change will overwrite, for the methods that can be undone. */
export const readBefore = (services: Services, method: MethodName, input: unknown): unknown => ruleOf(method)?.before(services, input);

/** Remembers a committed change as the session's last one, with its undo or the reason it has none. */
export const rememberChange = (services: Services, method: MethodName, input: unknown, output: unknown, before: unknown): void => {
  const rule = ruleOf(method);
  if (rule === undefined) {
    services.undo.remember({ description: 'La dernière modification', inverse: null, refusal: CANNOT_UNDO });
    return;
  }
  const { description, inverse } = rule.undo(input, output, before);
  services.undo.remember(
    'refusal' in inverse ? { description, inverse: null, refusal: inverse.refusal } : { description, inverse, refusal: null },
  );
};
