import type { z } from 'zod';
import type { actionCreateSchema, actionFieldsWithoutOpeningSchema } from '../../../shared/schemas/actions';
import { ServiceError } from '../errors';
import type { ActionsService } from './service';

type Origin = z.output<typeof actionCreateSchema>['origin'];

/**
 * The first action of the plan a decision brings (a risk's treatment, a watch item's decision),
 * opened on the decision's day, inside its transaction. Its refusals land where the decision's form
 * shows them: the action's fields under `action.`, its opening day on the decision's date.
 */
export const openDecidedAction = (
  actions: ActionsService,
  origin: Origin,
  action: z.output<typeof actionFieldsWithoutOpeningSchema>,
  decidedOn: string,
): void => {
  try {
    actions.create({ origin, fields: { ...action, openedOn: decidedOn } });
  } catch (error) {
    if (!(error instanceof ServiceError) || error.fields === undefined) throw error;
    const renamed = Object.fromEntries(
      Object.entries(error.fields).map(([path, message]) => [
        path.replace(/^fields\.openedOn$/, 'fields.decidedOn').replace(/^fields\./, 'action.'),
        message,
      ]),
    );
    throw new ServiceError(error.code, error.message, renamed);
  }
};
